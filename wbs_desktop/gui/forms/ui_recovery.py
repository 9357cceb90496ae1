# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(RecoveryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(RecoveryDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.keyLabel = QLabel(RecoveryDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyEdit = QLineEdit(RecoveryDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.keyEdit.setPlaceholderText(u"WBSR-XXXX-XXXX-\u2026")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keyEdit)

        self.usernameLabel = QLabel(RecoveryDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(RecoveryDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameLabel = QLabel(RecoveryDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(RecoveryDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.passwordLabel = QLabel(RecoveryDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(RecoveryDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(RecoveryDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(RecoveryDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(RecoveryDialog)
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

        self.cancelButton = QPushButton(RecoveryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.recoverButton = QPushButton(RecoveryDialog)
        self.recoverButton.setObjectName(u"recoverButton")

        self.buttonLayout.addWidget(self.recoverButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.keyLabel.setBuddy(self.keyEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.keyEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(RecoveryDialog)

        self.recoverButton.setDefault(True)


        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"All administrator passwords lost", None))
        self.explanationLabel.setText(QCoreApplication.translate("RecoveryDialog", u"With the recovery key printed when this office was set up, you can make a new administrator. They are given every case again and can then reset the other users' passwords. Using the key is recorded in the audit log.", None))
        self.keyLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Recovery key", None))
        self.usernameLabel.setText(QCoreApplication.translate("RecoveryDialog", u"New administrator's &user name", None))
        self.fullNameLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Full name", None))
        self.passwordLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Password", None))
        self.repeatLabel.setText(QCoreApplication.translate("RecoveryDialog", u"R&epeat the password", None))
        self.cancelButton.setText(QCoreApplication.translate("RecoveryDialog", u"Cancel", None))
        self.recoverButton.setText(QCoreApplication.translate("RecoveryDialog", u"&Make the administrator", None))
    # retranslateUi

