# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(780, 440)
        self.mainLayout = QVBoxLayout(UsersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.usersTable = QTableWidget(UsersDialog)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.usersTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(UsersDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.addButton)

        self.deactivateButton = QPushButton(UsersDialog)
        self.deactivateButton.setObjectName(u"deactivateButton")
        self.deactivateButton.setAutoDefault(False)
        self.deactivateButton.setEnabled(False)

        self.buttonLayout.addWidget(self.deactivateButton)

        self.resetButton = QPushButton(UsersDialog)
        self.resetButton.setObjectName(u"resetButton")
        self.resetButton.setAutoDefault(False)
        self.resetButton.setEnabled(False)

        self.buttonLayout.addWidget(self.resetButton)

        self.clearDelayButton = QPushButton(UsersDialog)
        self.clearDelayButton.setObjectName(u"clearDelayButton")
        self.clearDelayButton.setAutoDefault(False)
        self.clearDelayButton.setEnabled(False)

        self.buttonLayout.addWidget(self.clearDelayButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(UsersDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(UsersDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"&Add user\u2026", None))
        self.deactivateButton.setText(QCoreApplication.translate("UsersDialog", u"&Deactivate", None))
        self.resetButton.setText(QCoreApplication.translate("UsersDialog", u"&Reset password\u2026", None))
        self.clearDelayButton.setText(QCoreApplication.translate("UsersDialog", u"Clear login &delay", None))
        self.closeButton.setText(QCoreApplication.translate("UsersDialog", u"Close", None))
    # retranslateUi

