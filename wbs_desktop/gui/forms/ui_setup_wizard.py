# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.setMinimumSize(QSize(620, 480))
        SetupWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.startPage = QWizardPage()
        self.startPage.setObjectName(u"startPage")
        self.startLayout = QVBoxLayout(self.startPage)
        self.startLayout.setObjectName(u"startLayout")
        self.languageForm = QFormLayout()
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(self.startPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.startPage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.startLayout.addLayout(self.languageForm)

        self.localRadio = QRadioButton(self.startPage)
        self.localRadio.setObjectName(u"localRadio")
        self.localRadio.setChecked(True)

        self.startLayout.addWidget(self.localRadio)

        self.localHint = QLabel(self.startPage)
        self.localHint.setObjectName(u"localHint")
        self.localHint.setWordWrap(True)
        self.localHint.setIndent(24)
        self.localHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.startLayout.addWidget(self.localHint)

        self.sharedRadio = QRadioButton(self.startPage)
        self.sharedRadio.setObjectName(u"sharedRadio")

        self.startLayout.addWidget(self.sharedRadio)

        self.sharedHint = QLabel(self.startPage)
        self.sharedHint.setObjectName(u"sharedHint")
        self.sharedHint.setWordWrap(True)
        self.sharedHint.setIndent(24)
        self.sharedHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.startLayout.addWidget(self.sharedHint)

        self.startSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startSpacer)

        SetupWizard.addPage(self.startPage)
        self.localPage = QWizardPage()
        self.localPage.setObjectName(u"localPage")
        self.localLayout = QVBoxLayout(self.localPage)
        self.localLayout.setObjectName(u"localLayout")
        self.localPathLabel = QLabel(self.localPage)
        self.localPathLabel.setObjectName(u"localPathLabel")

        self.localLayout.addWidget(self.localPathLabel)

        self.localPathRow = QHBoxLayout()
        self.localPathRow.setObjectName(u"localPathRow")
        self.localPathEdit = QLineEdit(self.localPage)
        self.localPathEdit.setObjectName(u"localPathEdit")

        self.localPathRow.addWidget(self.localPathEdit)

        self.browseButton = QPushButton(self.localPage)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.localPathRow.addWidget(self.browseButton)


        self.localLayout.addLayout(self.localPathRow)

        self.localExistingHint = QLabel(self.localPage)
        self.localExistingHint.setObjectName(u"localExistingHint")
        self.localExistingHint.setWordWrap(True)

        self.localLayout.addWidget(self.localExistingHint)

        self.localError = QLabel(self.localPage)
        self.localError.setObjectName(u"localError")
        self.localError.setText(u"")
        self.localError.setWordWrap(True)
        self.localError.setStyleSheet(u"color: #b3261e;")
        self.localError.setVisible(False)

        self.localLayout.addWidget(self.localError)

        self.localSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.localLayout.addItem(self.localSpacer)

        SetupWizard.addPage(self.localPage)
        self.serverPage = QWizardPage()
        self.serverPage.setObjectName(u"serverPage")
        self.serverLayout = QVBoxLayout(self.serverPage)
        self.serverLayout.setObjectName(u"serverLayout")
        self.serverForm = QFormLayout()
        self.serverForm.setObjectName(u"serverForm")
        self.hostLabel = QLabel(self.serverPage)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.serverPage)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setPlaceholderText(u"192.168.1.10")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.serverPage)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.serverPage)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(self.serverPage)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.serverPage)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(self.serverPage)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.serverPage)
        self.userEdit.setObjectName(u"userEdit")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.serverPasswordLabel = QLabel(self.serverPage)
        self.serverPasswordLabel.setObjectName(u"serverPasswordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serverPasswordLabel)

        self.serverPasswordEdit = QLineEdit(self.serverPage)
        self.serverPasswordEdit.setObjectName(u"serverPasswordEdit")
        self.serverPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serverPasswordEdit)


        self.serverLayout.addLayout(self.serverForm)

        self.keyringLabel = QLabel(self.serverPage)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setText(u"")
        self.keyringLabel.setWordWrap(True)

        self.serverLayout.addWidget(self.keyringLabel)

        self.serverError = QLabel(self.serverPage)
        self.serverError.setObjectName(u"serverError")
        self.serverError.setText(u"")
        self.serverError.setWordWrap(True)
        self.serverError.setStyleSheet(u"color: #b3261e;")
        self.serverError.setVisible(False)

        self.serverLayout.addWidget(self.serverError)

        self.serverSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.serverLayout.addItem(self.serverSpacer)

        SetupWizard.addPage(self.serverPage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QVBoxLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminForm = QFormLayout()
        self.adminForm.setObjectName(u"adminForm")
        self.officeNameLabel = QLabel(self.adminPage)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(self.adminPage)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.adminUserLabel = QLabel(self.adminPage)
        self.adminUserLabel.setObjectName(u"adminUserLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminUserLabel)

        self.adminUserEdit = QLineEdit(self.adminPage)
        self.adminUserEdit.setObjectName(u"adminUserEdit")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminUserEdit)

        self.adminNameLabel = QLabel(self.adminPage)
        self.adminNameLabel.setObjectName(u"adminNameLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminNameLabel)

        self.adminNameEdit = QLineEdit(self.adminPage)
        self.adminNameEdit.setObjectName(u"adminNameEdit")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminNameEdit)

        self.adminPasswordLabel = QLabel(self.adminPage)
        self.adminPasswordLabel.setObjectName(u"adminPasswordLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminPasswordLabel)

        self.adminPasswordEdit = QLineEdit(self.adminPage)
        self.adminPasswordEdit.setObjectName(u"adminPasswordEdit")
        self.adminPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminPasswordEdit)

        self.adminRepeatLabel = QLabel(self.adminPage)
        self.adminRepeatLabel.setObjectName(u"adminRepeatLabel")

        self.adminForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.adminRepeatLabel)

        self.adminRepeatEdit = QLineEdit(self.adminPage)
        self.adminRepeatEdit.setObjectName(u"adminRepeatEdit")
        self.adminRepeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.adminRepeatEdit)


        self.adminLayout.addLayout(self.adminForm)

        self.passwordHint = QLabel(self.adminPage)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.adminLayout.addWidget(self.passwordHint)

        self.adminError = QLabel(self.adminPage)
        self.adminError.setObjectName(u"adminError")
        self.adminError.setText(u"")
        self.adminError.setWordWrap(True)
        self.adminError.setStyleSheet(u"color: #b3261e;")
        self.adminError.setVisible(False)

        self.adminLayout.addWidget(self.adminError)

        self.adminSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.adminLayout.addItem(self.adminSpacer)

        SetupWizard.addPage(self.adminPage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryExplanation = QLabel(self.recoveryPage)
        self.recoveryExplanation.setObjectName(u"recoveryExplanation")
        self.recoveryExplanation.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryExplanation)

        self.recoveryKeyText = QPlainTextEdit(self.recoveryPage)
        self.recoveryKeyText.setObjectName(u"recoveryKeyText")
        self.recoveryKeyText.setReadOnly(True)
        self.recoveryKeyText.setMaximumSize(QSize(16777215, 90))

        self.recoveryLayout.addWidget(self.recoveryKeyText)

        self.fingerprintLabel = QLabel(self.recoveryPage)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setText(u"")
        self.fingerprintLabel.setWordWrap(True)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recoveryLayout.addWidget(self.fingerprintLabel)

        self.recoveryButtons = QHBoxLayout()
        self.recoveryButtons.setObjectName(u"recoveryButtons")
        self.printButton = QPushButton(self.recoveryPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.recoveryButtons.addWidget(self.printButton)

        self.saveButton = QPushButton(self.recoveryPage)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.recoveryButtons.addWidget(self.saveButton)

        self.recoverySpacerH = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoverySpacerH)


        self.recoveryLayout.addLayout(self.recoveryButtons)

        self.keptCheck = QCheckBox(self.recoveryPage)
        self.keptCheck.setObjectName(u"keptCheck")

        self.recoveryLayout.addWidget(self.keptCheck)

        self.recoverySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        SetupWizard.addPage(self.recoveryPage)
#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.localPathLabel.setBuddy(self.localPathEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.serverPasswordLabel.setBuddy(self.serverPasswordEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.adminUserLabel.setBuddy(self.adminUserEdit)
        self.adminNameLabel.setBuddy(self.adminNameEdit)
        self.adminPasswordLabel.setBuddy(self.adminPasswordEdit)
        self.adminRepeatLabel.setBuddy(self.adminRepeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up WBS Desktop", None))
        self.startPage.setTitle(QCoreApplication.translate("SetupWizard", u"Welcome to WBS Desktop", None))
        self.startPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"This computer has no case database yet. Choose where the office's cases are kept.", None))
        self.languageLabel.setText(QCoreApplication.translate("SetupWizard", u"&Language", None))
        self.localRadio.setText(QCoreApplication.translate("SetupWizard", u"A &file on this computer (one workstation)", None))
        self.localHint.setText(QCoreApplication.translate("SetupWizard", u"Nothing to install. The file is encrypted and kept in your user folder.", None))
        self.sharedRadio.setText(QCoreApplication.translate("SetupWizard", u"A &shared PostgreSQL server (several workstations)", None))
        self.sharedHint.setText(QCoreApplication.translate("SetupWizard", u"Ask your administrator for the server address, the database and the user name.", None))
        self.localPage.setTitle(QCoreApplication.translate("SetupWizard", u"Database file", None))
        self.localPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"The cases are stored in this file. Keep a backup of it.", None))
        self.localPathLabel.setText(QCoreApplication.translate("SetupWizard", u"&File", None))
        self.browseButton.setText(QCoreApplication.translate("SetupWizard", u"&Browse\u2026", None))
        self.localExistingHint.setText(QCoreApplication.translate("SetupWizard", u"If the file already holds an office database, it is opened instead of created.", None))
        self.serverPage.setTitle(QCoreApplication.translate("SetupWizard", u"Shared server", None))
        self.serverPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Where the office's PostgreSQL server is.", None))
        self.hostLabel.setText(QCoreApplication.translate("SetupWizard", u"&Server", None))
        self.portLabel.setText(QCoreApplication.translate("SetupWizard", u"P&ort", None))
        self.databaseLabel.setText(QCoreApplication.translate("SetupWizard", u"&Database", None))
        self.userLabel.setText(QCoreApplication.translate("SetupWizard", u"&User", None))
        self.serverPasswordLabel.setText(QCoreApplication.translate("SetupWizard", u"&Password", None))
        self.adminPage.setTitle(QCoreApplication.translate("SetupWizard", u"First administrator", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Create the office database and its first administrator account.", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SetupWizard", u"&Office", None))
        self.officeNameEdit.setText(QCoreApplication.translate("SetupWizard", u"Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur", None))
        self.adminUserLabel.setText(QCoreApplication.translate("SetupWizard", u"&User name", None))
        self.adminNameLabel.setText(QCoreApplication.translate("SetupWizard", u"&Full name", None))
        self.adminPasswordLabel.setText(QCoreApplication.translate("SetupWizard", u"&Password", None))
        self.adminRepeatLabel.setText(QCoreApplication.translate("SetupWizard", u"&Repeat password", None))
        self.passwordHint.setText(QCoreApplication.translate("SetupWizard", u"At least 10 characters. Nobody can recover a forgotten password; only the recovery key shown next can restore access.", None))
        self.recoveryPage.setTitle(QCoreApplication.translate("SetupWizard", u"Recovery key", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Shown only once. Print it or save it, and keep it locked away.", None))
        self.recoveryExplanation.setText(QCoreApplication.translate("SetupWizard", u"With this key the office can create a new administrator if every administrator password is lost. Anyone holding it can read every case: keep it in a safe, not on this computer.", None))
        self.printButton.setText(QCoreApplication.translate("SetupWizard", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("SetupWizard", u"&Save to file\u2026", None))
        self.keptCheck.setText(QCoreApplication.translate("SetupWizard", u"I have printed or saved the recovery key and will keep it safe", None))
    # retranslateUi

