# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_action.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ProcedureActionDialog(object):
    def setupUi(self, ProcedureActionDialog):
        if not ProcedureActionDialog.objectName():
            ProcedureActionDialog.setObjectName(u"ProcedureActionDialog")
        ProcedureActionDialog.setWindowTitle(u"WBS Desktop")
        ProcedureActionDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(ProcedureActionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ProcedureActionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.mainLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(ProcedureActionDialog)
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

        self.cancelButton = QPushButton(ProcedureActionDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(ProcedureActionDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setText(u"OK")

        self.buttonLayout.addWidget(self.okButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ProcedureActionDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(ProcedureActionDialog)
    # setupUi

    def retranslateUi(self, ProcedureActionDialog):
        self.cancelButton.setText(QCoreApplication.translate("ProcedureActionDialog", u"&Cancel", None))
        pass
    # retranslateUi

