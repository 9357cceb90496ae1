# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(RestoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(RestoreDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.archiveBox = QGroupBox(RestoreDialog)
        self.archiveBox.setObjectName(u"archiveBox")
        self.archiveLayout = QVBoxLayout(self.archiveBox)
        self.archiveLayout.setObjectName(u"archiveLayout")
        self.archiveRow = QHBoxLayout()
        self.archiveRow.setObjectName(u"archiveRow")
        self.archiveEdit = QLineEdit(self.archiveBox)
        self.archiveEdit.setObjectName(u"archiveEdit")
        self.archiveEdit.setReadOnly(True)

        self.archiveRow.addWidget(self.archiveEdit)

        self.archiveButton = QPushButton(self.archiveBox)
        self.archiveButton.setObjectName(u"archiveButton")
        self.archiveButton.setAutoDefault(False)

        self.archiveRow.addWidget(self.archiveButton)


        self.archiveLayout.addLayout(self.archiveRow)

        self.infoLabel = QLabel(self.archiveBox)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setWordWrap(False)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.infoLabel.setTextFormat(Qt.TextFormat.RichText)

        self.archiveLayout.addWidget(self.infoLabel)


        self.mainLayout.addWidget(self.archiveBox)

        self.targetBox = QGroupBox(RestoreDialog)
        self.targetBox.setObjectName(u"targetBox")
        self.targetLayout = QGridLayout(self.targetBox)
        self.targetLayout.setObjectName(u"targetLayout")
        self.localRadio = QRadioButton(self.targetBox)
        self.localRadio.setObjectName(u"localRadio")
        self.localRadio.setChecked(True)

        self.targetLayout.addWidget(self.localRadio, 0, 0, 1, 1)

        self.fileEdit = QLineEdit(self.targetBox)
        self.fileEdit.setObjectName(u"fileEdit")

        self.targetLayout.addWidget(self.fileEdit, 0, 1, 1, 1)

        self.fileButton = QPushButton(self.targetBox)
        self.fileButton.setObjectName(u"fileButton")
        self.fileButton.setAutoDefault(False)

        self.targetLayout.addWidget(self.fileButton, 0, 2, 1, 1)

        self.serverRadio = QRadioButton(self.targetBox)
        self.serverRadio.setObjectName(u"serverRadio")

        self.targetLayout.addWidget(self.serverRadio, 1, 0, 1, 1)

        self.urlEdit = QLineEdit(self.targetBox)
        self.urlEdit.setObjectName(u"urlEdit")
        self.urlEdit.setPlaceholderText(u"postgresql://user@server:5432/database")

        self.targetLayout.addWidget(self.urlEdit, 1, 1, 1, 2)

        self.dbPasswordLabel = QLabel(self.targetBox)
        self.dbPasswordLabel.setObjectName(u"dbPasswordLabel")

        self.targetLayout.addWidget(self.dbPasswordLabel, 2, 0, 1, 1)

        self.dbPasswordEdit = QLineEdit(self.targetBox)
        self.dbPasswordEdit.setObjectName(u"dbPasswordEdit")
        self.dbPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.targetLayout.addWidget(self.dbPasswordEdit, 2, 1, 1, 2)


        self.mainLayout.addWidget(self.targetBox)

        self.keyBox = QGroupBox(RestoreDialog)
        self.keyBox.setObjectName(u"keyBox")
        self.keyLayout = QGridLayout(self.keyBox)
        self.keyLayout.setObjectName(u"keyLayout")
        self.adminRadio = QRadioButton(self.keyBox)
        self.adminRadio.setObjectName(u"adminRadio")
        self.adminRadio.setChecked(True)

        self.keyLayout.addWidget(self.adminRadio, 0, 0, 1, 1)

        self.usernameEdit = QLineEdit(self.keyBox)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.keyLayout.addWidget(self.usernameEdit, 0, 1, 1, 1)

        self.passwordEdit = QLineEdit(self.keyBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.keyLayout.addWidget(self.passwordEdit, 0, 2, 1, 1)

        self.recoveryRadio = QRadioButton(self.keyBox)
        self.recoveryRadio.setObjectName(u"recoveryRadio")

        self.keyLayout.addWidget(self.recoveryRadio, 1, 0, 1, 1)

        self.recoveryEdit = QLineEdit(self.keyBox)
        self.recoveryEdit.setObjectName(u"recoveryEdit")

        self.keyLayout.addWidget(self.recoveryEdit, 1, 1, 1, 2)


        self.mainLayout.addWidget(self.keyBox)

        self.errorLabel = QLabel(RestoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(RestoreDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.restoreButton = QPushButton(RestoreDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.dbPasswordLabel.setBuddy(self.dbPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.archiveButton, self.localRadio)
        QWidget.setTabOrder(self.localRadio, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.fileButton)
        QWidget.setTabOrder(self.fileButton, self.serverRadio)
        QWidget.setTabOrder(self.serverRadio, self.urlEdit)
        QWidget.setTabOrder(self.urlEdit, self.dbPasswordEdit)
        QWidget.setTabOrder(self.dbPasswordEdit, self.adminRadio)
        QWidget.setTabOrder(self.adminRadio, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.recoveryRadio)
        QWidget.setTabOrder(self.recoveryRadio, self.recoveryEdit)
        QWidget.setTabOrder(self.recoveryEdit, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.cancelButton)

        self.retranslateUi(RestoreDialog)

        self.restoreButton.setDefault(True)


        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore a backup", None))
        self.explanationLabel.setText(QCoreApplication.translate("RestoreDialog", u"A backup is restored into an EMPTY database: a new local file, or an empty database on a PostgreSQL server. The database that is open now is not changed.", None))
        self.archiveBox.setTitle(QCoreApplication.translate("RestoreDialog", u"Backup file", None))
        self.archiveEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"Choose the backup file\u2026", None))
        self.archiveButton.setText(QCoreApplication.translate("RestoreDialog", u"&Choose\u2026", None))
        self.targetBox.setTitle(QCoreApplication.translate("RestoreDialog", u"Restore into", None))
        self.localRadio.setText(QCoreApplication.translate("RestoreDialog", u"A new &local file", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"a new file, e.g. wbs-restored.sqlite3", None))
        self.fileButton.setText(QCoreApplication.translate("RestoreDialog", u"Choo&se\u2026", None))
        self.serverRadio.setText(QCoreApplication.translate("RestoreDialog", u"An empty &PostgreSQL database", None))
        self.dbPasswordLabel.setText(QCoreApplication.translate("RestoreDialog", u"Server password", None))
        self.keyBox.setTitle(QCoreApplication.translate("RestoreDialog", u"Open the backup with", None))
        self.adminRadio.setText(QCoreApplication.translate("RestoreDialog", u"An &administrator's password", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"user name", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"password", None))
        self.recoveryRadio.setText(QCoreApplication.translate("RestoreDialog", u"The office's &recovery key", None))
        self.recoveryEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"the recovery key printed at setup", None))
        self.cancelButton.setText(QCoreApplication.translate("RestoreDialog", u"Cancel", None))
        self.restoreButton.setText(QCoreApplication.translate("RestoreDialog", u"&Restore", None))
    # retranslateUi

