# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(720, 520)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.officeNameLabel = QLabel(self.generalTab)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(self.generalTab)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.registerPatternLabel = QLabel(self.generalTab)
        self.registerPatternLabel.setObjectName(u"registerPatternLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.registerPatternLabel)

        self.registerPatternEdit = QLineEdit(self.generalTab)
        self.registerPatternEdit.setObjectName(u"registerPatternEdit")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.registerPatternEdit)

        self.registerPatternHint = QLabel(self.generalTab)
        self.registerPatternHint.setObjectName(u"registerPatternHint")
        self.registerPatternHint.setWordWrap(True)
        self.registerPatternHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.registerPatternHint)

        self.firstResponseLabel = QLabel(self.generalTab)
        self.firstResponseLabel.setObjectName(u"firstResponseLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.firstResponseLabel)

        self.firstResponseSpin = QSpinBox(self.generalTab)
        self.firstResponseSpin.setObjectName(u"firstResponseSpin")
        self.firstResponseSpin.setMinimum(1)
        self.firstResponseSpin.setMaximum(60)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstResponseSpin)

        self.replyDaysLabel = QLabel(self.generalTab)
        self.replyDaysLabel.setObjectName(u"replyDaysLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.replyDaysLabel)

        self.replyDaysSpin = QSpinBox(self.generalTab)
        self.replyDaysSpin.setObjectName(u"replyDaysSpin")
        self.replyDaysSpin.setMinimum(1)
        self.replyDaysSpin.setMaximum(180)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.replyDaysSpin)

        self.summonsLabel = QLabel(self.generalTab)
        self.summonsLabel.setObjectName(u"summonsLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summonsLabel)

        self.summonsSpin = QSpinBox(self.generalTab)
        self.summonsSpin.setObjectName(u"summonsSpin")
        self.summonsSpin.setMinimum(7)
        self.summonsSpin.setMaximum(60)

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summonsSpin)


        self.generalLayout.addLayout(self.generalForm)

        self.generalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)

        self.tabs.addTab(self.generalTab, "")
        self.typesTab = QWidget()
        self.typesTab.setObjectName(u"typesTab")
        self.typesTabLayout = QVBoxLayout(self.typesTab)
        self.typesTabLayout.setObjectName(u"typesTabLayout")
        self.typesTabHint = QLabel(self.typesTab)
        self.typesTabHint.setObjectName(u"typesTabHint")
        self.typesTabHint.setWordWrap(True)

        self.typesTabLayout.addWidget(self.typesTabHint)

        self.typesTabRow = QHBoxLayout()
        self.typesTabRow.setObjectName(u"typesTabRow")
        self.typesTable = QTableWidget(self.typesTab)
        self.typesTable.setObjectName(u"typesTable")
        self.typesTable.setAlternatingRowColors(True)
        self.typesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.typesTabRow.addWidget(self.typesTable)

        self.typesTabButtons = QVBoxLayout()
        self.typesTabButtons.setObjectName(u"typesTabButtons")
        self.addTypeButton = QPushButton(self.typesTab)
        self.addTypeButton.setObjectName(u"addTypeButton")
        self.addTypeButton.setAutoDefault(False)

        self.typesTabButtons.addWidget(self.addTypeButton)

        self.removeTypeButton = QPushButton(self.typesTab)
        self.removeTypeButton.setObjectName(u"removeTypeButton")
        self.removeTypeButton.setAutoDefault(False)

        self.typesTabButtons.addWidget(self.removeTypeButton)

        self.typesTabSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.typesTabButtons.addItem(self.typesTabSpacer)


        self.typesTabRow.addLayout(self.typesTabButtons)


        self.typesTabLayout.addLayout(self.typesTabRow)

        self.tabs.addTab(self.typesTab, "")
        self.holidaysTab = QWidget()
        self.holidaysTab.setObjectName(u"holidaysTab")
        self.holidaysTabLayout = QVBoxLayout(self.holidaysTab)
        self.holidaysTabLayout.setObjectName(u"holidaysTabLayout")
        self.holidaysTabHint = QLabel(self.holidaysTab)
        self.holidaysTabHint.setObjectName(u"holidaysTabHint")
        self.holidaysTabHint.setWordWrap(True)

        self.holidaysTabLayout.addWidget(self.holidaysTabHint)

        self.holidaysTabRow = QHBoxLayout()
        self.holidaysTabRow.setObjectName(u"holidaysTabRow")
        self.holidaysTable = QTableWidget(self.holidaysTab)
        self.holidaysTable.setObjectName(u"holidaysTable")
        self.holidaysTable.setAlternatingRowColors(True)
        self.holidaysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.holidaysTabRow.addWidget(self.holidaysTable)

        self.holidaysTabButtons = QVBoxLayout()
        self.holidaysTabButtons.setObjectName(u"holidaysTabButtons")
        self.addHolidayButton = QPushButton(self.holidaysTab)
        self.addHolidayButton.setObjectName(u"addHolidayButton")
        self.addHolidayButton.setAutoDefault(False)

        self.holidaysTabButtons.addWidget(self.addHolidayButton)

        self.removeHolidayButton = QPushButton(self.holidaysTab)
        self.removeHolidayButton.setObjectName(u"removeHolidayButton")
        self.removeHolidayButton.setAutoDefault(False)

        self.holidaysTabButtons.addWidget(self.removeHolidayButton)

        self.holidaysTabSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.holidaysTabButtons.addItem(self.holidaysTabSpacer)


        self.holidaysTabRow.addLayout(self.holidaysTabButtons)


        self.holidaysTabLayout.addLayout(self.holidaysTabRow)

        self.tabs.addTab(self.holidaysTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(SettingsDialog)
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

        self.cancelButton = QPushButton(SettingsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(SettingsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.registerPatternLabel.setBuddy(self.registerPatternEdit)
        self.firstResponseLabel.setBuddy(self.firstResponseSpin)
        self.replyDaysLabel.setBuddy(self.replyDaysSpin)
        self.summonsLabel.setBuddy(self.summonsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Office settings", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Office &name", None))
        self.registerPatternLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Register number format", None))
        self.registerPatternHint.setText(QCoreApplication.translate("SettingsDialog", u"Fields: {year}, {seq} (e.g. {seq:05d}), {month}, {roman_month}. Example: WBS-{year}-{seq:05d}", None))
        self.firstResponseLabel.setText(QCoreApplication.translate("SettingsDialog", u"&First response within", None))
        self.firstResponseSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" working days", None))
        self.replyDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Reporter's &reply within", None))
        self.replyDaysSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.summonsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Summons at least", None))
        self.summonsSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" working days before", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"General", None))
        self.typesTabHint.setText(QCoreApplication.translate("SettingsDialog", u"The complaint types offered in the form. The code is stored with each case and cannot be changed; the labels can.", None))
        self.addTypeButton.setText(QCoreApplication.translate("SettingsDialog", u"&Add", None))
        self.removeTypeButton.setText(QCoreApplication.translate("SettingsDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.typesTab), QCoreApplication.translate("SettingsDialog", u"Complaint types", None))
        self.holidaysTabHint.setText(QCoreApplication.translate("SettingsDialog", u"Days off besides Saturdays and Sundays: national holidays and joint leave (cuti bersama). They count for working-day deadlines and summons dates.", None))
        self.addHolidayButton.setText(QCoreApplication.translate("SettingsDialog", u"&Add", None))
        self.removeHolidayButton.setText(QCoreApplication.translate("SettingsDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.holidaysTab), QCoreApplication.translate("SettingsDialog", u"Holidays", None))
        self.cancelButton.setText(QCoreApplication.translate("SettingsDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsDialog", u"&Save", None))
    # retranslateUi

