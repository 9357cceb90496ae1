# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(LoginDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(LoginDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(LoginDialog)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.subtitleLabel)

        self.databaseLabel = QLabel(LoginDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setText(u"")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.databaseLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.languageLabel = QLabel(LoginDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(LoginDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.recoveryButton = QPushButton(LoginDialog)
        self.recoveryButton.setObjectName(u"recoveryButton")
        self.recoveryButton.setFlat(True)
        self.recoveryButton.setAutoDefault(False)
        self.recoveryButton.setStyleSheet(u"text-align: left; text-decoration: underline; padding: 0;")

        self.mainLayout.addWidget(self.recoveryButton)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.otherDatabaseButton = QPushButton(LoginDialog)
        self.otherDatabaseButton.setObjectName(u"otherDatabaseButton")

        self.buttonLayout.addWidget(self.otherDatabaseButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(LoginDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.quitButton)

        self.loginButton = QPushButton(LoginDialog)
        self.loginButton.setObjectName(u"loginButton")

        self.buttonLayout.addWidget(self.loginButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.loginButton)
        QWidget.setTabOrder(self.loginButton, self.quitButton)
        QWidget.setTabOrder(self.quitButton, self.otherDatabaseButton)
        QWidget.setTabOrder(self.otherDatabaseButton, self.languageCombo)

        self.retranslateUi(LoginDialog)

        self.loginButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in \u2014 WBS Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginDialog", u"Whistleblowing System", None))
        self.subtitleLabel.setText(QCoreApplication.translate("LoginDialog", u"Inspection office, BKD Provinsi NTT", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"&User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&Password", None))
        self.languageLabel.setText(QCoreApplication.translate("LoginDialog", u"&Language", None))
        self.recoveryButton.setText(QCoreApplication.translate("LoginDialog", u"All administrator passwords lost?", None))
        self.otherDatabaseButton.setText(QCoreApplication.translate("LoginDialog", u"Other data&base\u2026", None))
        self.quitButton.setText(QCoreApplication.translate("LoginDialog", u"&Quit", None))
        self.loginButton.setText(QCoreApplication.translate("LoginDialog", u"&Log in", None))
    # retranslateUi

