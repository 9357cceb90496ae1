# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reveal_identity.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RevealIdentityDialog(object):
    def setupUi(self, RevealIdentityDialog):
        if not RevealIdentityDialog.objectName():
            RevealIdentityDialog.setObjectName(u"RevealIdentityDialog")
        RevealIdentityDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(RevealIdentityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(RevealIdentityDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.reasonLabel = QLabel(RevealIdentityDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(RevealIdentityDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 100))

        self.mainLayout.addWidget(self.reasonEdit)

        self.reasonError = QLabel(RevealIdentityDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)
        self.reasonError.setStyleSheet(u"color: #b3261e;")
        self.reasonError.setVisible(False)

        self.mainLayout.addWidget(self.reasonError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(RevealIdentityDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.showButton = QPushButton(RevealIdentityDialog)
        self.showButton.setObjectName(u"showButton")

        self.buttonLayout.addWidget(self.showButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RevealIdentityDialog)

        self.showButton.setDefault(True)


        QMetaObject.connectSlotsByName(RevealIdentityDialog)
    # setupUi

    def retranslateUi(self, RevealIdentityDialog):
        RevealIdentityDialog.setWindowTitle(QCoreApplication.translate("RevealIdentityDialog", u"Show the reporter's identity", None))
        self.explanationLabel.setText(QCoreApplication.translate("RevealIdentityDialog", u"The reporter's identity is confidential. Showing it is recorded in the audit log with your name and the reason you give here.", None))
        self.reasonLabel.setText(QCoreApplication.translate("RevealIdentityDialog", u"&Reason", None))
        self.cancelButton.setText(QCoreApplication.translate("RevealIdentityDialog", u"&Cancel", None))
        self.showButton.setText(QCoreApplication.translate("RevealIdentityDialog", u"&Show identity", None))
    # retranslateUi

