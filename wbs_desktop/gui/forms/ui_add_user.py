# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_user.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AddUserDialog(object):
    def setupUi(self, AddUserDialog):
        if not AddUserDialog.objectName():
            AddUserDialog.setObjectName(u"AddUserDialog")
        AddUserDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(AddUserDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(AddUserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(AddUserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameLabel = QLabel(AddUserDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(AddUserDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.roleLabel = QLabel(AddUserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AddUserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.nipLabel = QLabel(AddUserDialog)
        self.nipLabel.setObjectName(u"nipLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipEdit = QLineEdit(AddUserDialog)
        self.nipEdit.setObjectName(u"nipEdit")
        self.nipEdit.setMaxLength(24)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nipEdit)

        self.positionLabel = QLabel(AddUserDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(AddUserDialog)
        self.positionEdit.setObjectName(u"positionEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.passwordLabel = QLabel(AddUserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AddUserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(AddUserDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(AddUserDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(AddUserDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.addButton = QPushButton(AddUserDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.nipLabel.setBuddy(self.nipEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddUserDialog)

        self.addButton.setDefault(True)


        QMetaObject.connectSlotsByName(AddUserDialog)
    # setupUi

    def retranslateUi(self, AddUserDialog):
        AddUserDialog.setWindowTitle(QCoreApplication.translate("AddUserDialog", u"Add a user", None))
        self.usernameLabel.setText(QCoreApplication.translate("AddUserDialog", u"&User name", None))
        self.fullNameLabel.setText(QCoreApplication.translate("AddUserDialog", u"&Full name", None))
        self.roleLabel.setText(QCoreApplication.translate("AddUserDialog", u"&Role", None))
        self.nipLabel.setText(QCoreApplication.translate("AddUserDialog", u"&NIP", None))
        self.positionLabel.setText(QCoreApplication.translate("AddUserDialog", u"P&osition", None))
        self.passwordLabel.setText(QCoreApplication.translate("AddUserDialog", u"First &password", None))
        self.hintLabel.setText(QCoreApplication.translate("AddUserDialog", u"The user must change this password at first login.", None))
        self.cancelButton.setText(QCoreApplication.translate("AddUserDialog", u"Cancel", None))
        self.addButton.setText(QCoreApplication.translate("AddUserDialog", u"&Add", None))
    # retranslateUi

