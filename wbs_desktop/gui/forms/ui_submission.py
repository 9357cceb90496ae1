# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'submission.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDateTimeEdit, QDialog, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SubmissionDialog(object):
    def setupUi(self, SubmissionDialog):
        if not SubmissionDialog.objectName():
            SubmissionDialog.setObjectName(u"SubmissionDialog")
        SubmissionDialog.setMinimumSize(QSize(900, 600))
        SubmissionDialog.resize(1020, 720)
        self.mainLayout = QVBoxLayout(SubmissionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formScroll = QScrollArea(SubmissionDialog)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.columns = QHBoxLayout(self.formContents)
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.reporterGroup = QGroupBox(self.formContents)
        self.reporterGroup.setObjectName(u"reporterGroup")
        self.reporterForm = QFormLayout(self.reporterGroup)
        self.reporterForm.setObjectName(u"reporterForm")
        self.anonymousCheck = QCheckBox(self.reporterGroup)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.reporterForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.anonymousCheck)

        self.anonymousNote = QLabel(self.reporterGroup)
        self.anonymousNote.setObjectName(u"anonymousNote")
        self.anonymousNote.setWordWrap(True)
        self.anonymousNote.setStyleSheet(u"color: #555;")
        self.anonymousNote.setVisible(False)

        self.reporterForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.anonymousNote)

        self.reporterNameLabel = QLabel(self.reporterGroup)
        self.reporterNameLabel.setObjectName(u"reporterNameLabel")

        self.reporterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reporterNameLabel)

        self.reporterNameEdit = QLineEdit(self.reporterGroup)
        self.reporterNameEdit.setObjectName(u"reporterNameEdit")

        self.reporterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reporterNameEdit)

        self.reporterNameError = QLabel(self.reporterGroup)
        self.reporterNameError.setObjectName(u"reporterNameError")
        self.reporterNameError.setText(u"")
        self.reporterNameError.setWordWrap(True)
        self.reporterNameError.setStyleSheet(u"color: #b3261e;")
        self.reporterNameError.setVisible(False)

        self.reporterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reporterNameError)

        self.phoneLabel = QLabel(self.reporterGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.reporterForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.reporterGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setPlaceholderText(u"0812 3456 7890")

        self.reporterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(self.reporterGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setStyleSheet(u"color: #b3261e;")
        self.phoneError.setVisible(False)

        self.reporterForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(self.reporterGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.reporterForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.reporterGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setPlaceholderText(u"nama@contoh.go.id")

        self.reporterForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.reporterGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)
        self.emailError.setStyleSheet(u"color: #b3261e;")
        self.emailError.setVisible(False)

        self.reporterForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.addressLabel = QLabel(self.reporterGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.reporterForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.reporterGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 48))

        self.reporterForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.addressError = QLabel(self.reporterGroup)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setText(u"")
        self.addressError.setWordWrap(True)
        self.addressError.setStyleSheet(u"color: #b3261e;")
        self.addressError.setVisible(False)

        self.reporterForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.consentCheck = QCheckBox(self.reporterGroup)
        self.consentCheck.setObjectName(u"consentCheck")

        self.reporterForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.consentCheck)

        self.consentError = QLabel(self.reporterGroup)
        self.consentError.setObjectName(u"consentError")
        self.consentError.setText(u"")
        self.consentError.setWordWrap(True)
        self.consentError.setStyleSheet(u"color: #b3261e;")
        self.consentError.setVisible(False)

        self.reporterForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.consentError)


        self.leftColumn.addWidget(self.reporterGroup)

        self.arrivalGroup = QGroupBox(self.formContents)
        self.arrivalGroup.setObjectName(u"arrivalGroup")
        self.arrivalForm = QFormLayout(self.arrivalGroup)
        self.arrivalForm.setObjectName(u"arrivalForm")
        self.channelLabel = QLabel(self.arrivalGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.arrivalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.arrivalGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.arrivalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.channelError = QLabel(self.arrivalGroup)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setText(u"")
        self.channelError.setWordWrap(True)
        self.channelError.setStyleSheet(u"color: #b3261e;")
        self.channelError.setVisible(False)

        self.arrivalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.receivedLabel = QLabel(self.arrivalGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.arrivalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateTimeEdit(self.arrivalGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)
        self.receivedEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")

        self.arrivalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.receivedError = QLabel(self.arrivalGroup)
        self.receivedError.setObjectName(u"receivedError")
        self.receivedError.setText(u"")
        self.receivedError.setWordWrap(True)
        self.receivedError.setStyleSheet(u"color: #b3261e;")
        self.receivedError.setVisible(False)

        self.arrivalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receivedError)


        self.leftColumn.addWidget(self.arrivalGroup)

        self.documentsGroup = QGroupBox(self.formContents)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsLayout = QVBoxLayout(self.documentsGroup)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsEdit = QPlainTextEdit(self.documentsGroup)
        self.documentsEdit.setObjectName(u"documentsEdit")
        self.documentsEdit.setTabChangesFocus(True)
        self.documentsEdit.setMaximumSize(QSize(16777215, 48))

        self.documentsLayout.addWidget(self.documentsEdit)

        self.documentsError = QLabel(self.documentsGroup)
        self.documentsError.setObjectName(u"documentsError")
        self.documentsError.setText(u"")
        self.documentsError.setWordWrap(True)
        self.documentsError.setStyleSheet(u"color: #b3261e;")
        self.documentsError.setVisible(False)

        self.documentsLayout.addWidget(self.documentsError)

        self.scansRow = QHBoxLayout()
        self.scansRow.setObjectName(u"scansRow")
        self.scansList = QListWidget(self.documentsGroup)
        self.scansList.setObjectName(u"scansList")
        self.scansList.setMaximumSize(QSize(16777215, 48))

        self.scansRow.addWidget(self.scansList)

        self.scanButtons = QVBoxLayout()
        self.scanButtons.setObjectName(u"scanButtons")
        self.attachScanButton = QPushButton(self.documentsGroup)
        self.attachScanButton.setObjectName(u"attachScanButton")
        self.attachScanButton.setAutoDefault(False)

        self.scanButtons.addWidget(self.attachScanButton)

        self.removeScanButton = QPushButton(self.documentsGroup)
        self.removeScanButton.setObjectName(u"removeScanButton")
        self.removeScanButton.setAutoDefault(False)
        self.removeScanButton.setEnabled(False)

        self.scanButtons.addWidget(self.removeScanButton)


        self.scansRow.addLayout(self.scanButtons)


        self.documentsLayout.addLayout(self.scansRow)

        self.scansError = QLabel(self.documentsGroup)
        self.scansError.setObjectName(u"scansError")
        self.scansError.setText(u"")
        self.scansError.setWordWrap(True)
        self.scansError.setStyleSheet(u"color: #b3261e;")
        self.scansError.setVisible(False)

        self.documentsLayout.addWidget(self.scansError)


        self.leftColumn.addWidget(self.documentsGroup)

        self.completenessGroup = QGroupBox(self.formContents)
        self.completenessGroup.setObjectName(u"completenessGroup")
        self.completenessLayout = QVBoxLayout(self.completenessGroup)
        self.completenessLayout.setObjectName(u"completenessLayout")
        self.completenessLabel = QLabel(self.completenessGroup)
        self.completenessLabel.setObjectName(u"completenessLabel")
        self.completenessLabel.setText(u"")
        self.completenessLabel.setWordWrap(True)
        self.completenessLabel.setTextFormat(Qt.TextFormat.RichText)

        self.completenessLayout.addWidget(self.completenessLabel)


        self.leftColumn.addWidget(self.completenessGroup)

        self.leftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)

        self.leftColumn.setStretch(4, 1)

        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.complaintGroup = QGroupBox(self.formContents)
        self.complaintGroup.setObjectName(u"complaintGroup")
        self.complaintForm = QFormLayout(self.complaintGroup)
        self.complaintForm.setObjectName(u"complaintForm")
        self.typeLabel = QLabel(self.complaintGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.complaintForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.complaintGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.complaintForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeError = QLabel(self.complaintGroup)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setText(u"")
        self.typeError.setWordWrap(True)
        self.typeError.setStyleSheet(u"color: #b3261e;")
        self.typeError.setVisible(False)

        self.complaintForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeError)

        self.accusedNameLabel = QLabel(self.complaintGroup)
        self.accusedNameLabel.setObjectName(u"accusedNameLabel")

        self.complaintForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accusedNameLabel)

        self.accusedNameEdit = QLineEdit(self.complaintGroup)
        self.accusedNameEdit.setObjectName(u"accusedNameEdit")

        self.complaintForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.accusedNameEdit)

        self.accusedNameError = QLabel(self.complaintGroup)
        self.accusedNameError.setObjectName(u"accusedNameError")
        self.accusedNameError.setText(u"")
        self.accusedNameError.setWordWrap(True)
        self.accusedNameError.setStyleSheet(u"color: #b3261e;")
        self.accusedNameError.setVisible(False)

        self.complaintForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accusedNameError)

        self.nipLabel = QLabel(self.complaintGroup)
        self.nipLabel.setObjectName(u"nipLabel")

        self.complaintForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipEdit = QLineEdit(self.complaintGroup)
        self.nipEdit.setObjectName(u"nipEdit")
        self.nipEdit.setPlaceholderText(u"19xxxxxxxxxxxxxxxx")
        self.nipEdit.setMaxLength(24)

        self.complaintForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nipEdit)

        self.nipError = QLabel(self.complaintGroup)
        self.nipError.setObjectName(u"nipError")
        self.nipError.setText(u"")
        self.nipError.setWordWrap(True)
        self.nipError.setStyleSheet(u"color: #b3261e;")
        self.nipError.setVisible(False)

        self.complaintForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nipError)

        self.positionLabel = QLabel(self.complaintGroup)
        self.positionLabel.setObjectName(u"positionLabel")

        self.complaintForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(self.complaintGroup)
        self.positionEdit.setObjectName(u"positionEdit")

        self.complaintForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.positionError = QLabel(self.complaintGroup)
        self.positionError.setObjectName(u"positionError")
        self.positionError.setText(u"")
        self.positionError.setWordWrap(True)
        self.positionError.setStyleSheet(u"color: #b3261e;")
        self.positionError.setVisible(False)

        self.complaintForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.positionError)

        self.unitLabel = QLabel(self.complaintGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.complaintForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(self.complaintGroup)
        self.unitEdit.setObjectName(u"unitEdit")

        self.complaintForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.unitError = QLabel(self.complaintGroup)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setText(u"")
        self.unitError.setWordWrap(True)
        self.unitError.setStyleSheet(u"color: #b3261e;")
        self.unitError.setVisible(False)

        self.complaintForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.unitError)

        self.locationLabel = QLabel(self.complaintGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.complaintForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.complaintGroup)
        self.locationEdit.setObjectName(u"locationEdit")

        self.complaintForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.locationError = QLabel(self.complaintGroup)
        self.locationError.setObjectName(u"locationError")
        self.locationError.setText(u"")
        self.locationError.setWordWrap(True)
        self.locationError.setStyleSheet(u"color: #b3261e;")
        self.locationError.setVisible(False)

        self.complaintForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.locationError)

        self.incidentLabel = QLabel(self.complaintGroup)
        self.incidentLabel.setObjectName(u"incidentLabel")

        self.complaintForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.incidentLabel)

        self.incidentRow = QWidget(self.complaintGroup)
        self.incidentRow.setObjectName(u"incidentRow")
        self.incidentLayout = QHBoxLayout(self.incidentRow)
        self.incidentLayout.setObjectName(u"incidentLayout")
        self.incidentLayout.setContentsMargins(0, 0, 0, 0)
        self.incidentKnownCheck = QCheckBox(self.incidentRow)
        self.incidentKnownCheck.setObjectName(u"incidentKnownCheck")

        self.incidentLayout.addWidget(self.incidentKnownCheck)

        self.incidentDateEdit = QDateEdit(self.incidentRow)
        self.incidentDateEdit.setObjectName(u"incidentDateEdit")
        self.incidentDateEdit.setCalendarPopup(True)
        self.incidentDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.incidentDateEdit.setEnabled(False)

        self.incidentLayout.addWidget(self.incidentDateEdit)

        self.incidentSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incidentLayout.addItem(self.incidentSpacer)


        self.complaintForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.incidentRow)

        self.incidentDateError = QLabel(self.complaintGroup)
        self.incidentDateError.setObjectName(u"incidentDateError")
        self.incidentDateError.setText(u"")
        self.incidentDateError.setWordWrap(True)
        self.incidentDateError.setStyleSheet(u"color: #b3261e;")
        self.incidentDateError.setVisible(False)

        self.complaintForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.incidentDateError)

        self.chronologyLabel = QLabel(self.complaintGroup)
        self.chronologyLabel.setObjectName(u"chronologyLabel")

        self.complaintForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.chronologyLabel)

        self.chronologyEdit = QPlainTextEdit(self.complaintGroup)
        self.chronologyEdit.setObjectName(u"chronologyEdit")
        self.chronologyEdit.setTabChangesFocus(True)
        self.chronologyEdit.setMinimumSize(QSize(0, 110))

        self.complaintForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.chronologyEdit)

        self.chronologyError = QLabel(self.complaintGroup)
        self.chronologyError.setObjectName(u"chronologyError")
        self.chronologyError.setText(u"")
        self.chronologyError.setWordWrap(True)
        self.chronologyError.setStyleSheet(u"color: #b3261e;")
        self.chronologyError.setVisible(False)

        self.complaintForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.chronologyError)

        self.lossLabel = QLabel(self.complaintGroup)
        self.lossLabel.setObjectName(u"lossLabel")

        self.complaintForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.lossLabel)

        self.lossRow = QWidget(self.complaintGroup)
        self.lossRow.setObjectName(u"lossRow")
        self.lossLayout = QHBoxLayout(self.lossRow)
        self.lossLayout.setObjectName(u"lossLayout")
        self.lossLayout.setContentsMargins(0, 0, 0, 0)
        self.materialLossCheck = QCheckBox(self.lossRow)
        self.materialLossCheck.setObjectName(u"materialLossCheck")

        self.lossLayout.addWidget(self.materialLossCheck)

        self.lossEstimateLabel = QLabel(self.lossRow)
        self.lossEstimateLabel.setObjectName(u"lossEstimateLabel")

        self.lossLayout.addWidget(self.lossEstimateLabel)

        self.lossEstimateEdit = QLineEdit(self.lossRow)
        self.lossEstimateEdit.setObjectName(u"lossEstimateEdit")
        self.lossEstimateEdit.setEnabled(False)
        self.lossEstimateEdit.setPlaceholderText(u"2.500.000")
        self.lossEstimateEdit.setMaximumSize(QSize(180, 16777215))

        self.lossLayout.addWidget(self.lossEstimateEdit)

        self.lossAmountLabel = QLabel(self.lossRow)
        self.lossAmountLabel.setObjectName(u"lossAmountLabel")
        self.lossAmountLabel.setText(u"")

        self.lossLayout.addWidget(self.lossAmountLabel)

        self.lossSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lossLayout.addItem(self.lossSpacer)


        self.complaintForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.lossRow)

        self.lossEstimateError = QLabel(self.complaintGroup)
        self.lossEstimateError.setObjectName(u"lossEstimateError")
        self.lossEstimateError.setText(u"")
        self.lossEstimateError.setWordWrap(True)
        self.lossEstimateError.setStyleSheet(u"color: #b3261e;")
        self.lossEstimateError.setVisible(False)

        self.complaintForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.lossEstimateError)


        self.rightColumn.addWidget(self.complaintGroup)

        self.evidenceGroup = QGroupBox(self.formContents)
        self.evidenceGroup.setObjectName(u"evidenceGroup")
        self.evidenceLayout = QVBoxLayout(self.evidenceGroup)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceRow = QHBoxLayout()
        self.evidenceRow.setObjectName(u"evidenceRow")
        self.evidenceList = QListWidget(self.evidenceGroup)
        self.evidenceList.setObjectName(u"evidenceList")
        self.evidenceList.setMaximumSize(QSize(16777215, 96))

        self.evidenceRow.addWidget(self.evidenceList)

        self.evidenceButtons = QVBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.addLinkButton = QPushButton(self.evidenceGroup)
        self.addLinkButton.setObjectName(u"addLinkButton")
        self.addLinkButton.setAutoDefault(False)

        self.evidenceButtons.addWidget(self.addLinkButton)

        self.removeLinkButton = QPushButton(self.evidenceGroup)
        self.removeLinkButton.setObjectName(u"removeLinkButton")
        self.removeLinkButton.setAutoDefault(False)
        self.removeLinkButton.setEnabled(False)

        self.evidenceButtons.addWidget(self.removeLinkButton)

        self.evidenceSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.evidenceButtons.addItem(self.evidenceSpacer)


        self.evidenceRow.addLayout(self.evidenceButtons)


        self.evidenceLayout.addLayout(self.evidenceRow)

        self.evidenceError = QLabel(self.evidenceGroup)
        self.evidenceError.setObjectName(u"evidenceError")
        self.evidenceError.setText(u"")
        self.evidenceError.setWordWrap(True)
        self.evidenceError.setStyleSheet(u"color: #b3261e;")
        self.evidenceError.setVisible(False)

        self.evidenceLayout.addWidget(self.evidenceError)


        self.rightColumn.addWidget(self.evidenceGroup)

        self.rightColumn.setStretch(0, 1)

        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)
        self.formScroll.setWidget(self.formContents)

        self.mainLayout.addWidget(self.formScroll)

        self.resultFrame = QFrame(SubmissionDialog)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setVisible(False)
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultFrame.setStyleSheet(u"#resultFrame { background: #e8f5e9; border: 1px solid #81c784; border-radius: 4px; }")
        self.resultLayout = QVBoxLayout(self.resultFrame)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultTitle = QLabel(self.resultFrame)
        self.resultTitle.setObjectName(u"resultTitle")
        self.resultTitle.setWordWrap(True)
        self.resultTitle.setStyleSheet(u"font-weight: 600;")

        self.resultLayout.addWidget(self.resultTitle)

        self.resultForm = QFormLayout()
        self.resultForm.setObjectName(u"resultForm")
        self.registerNumberTitle = QLabel(self.resultFrame)
        self.registerNumberTitle.setObjectName(u"registerNumberTitle")

        self.resultForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registerNumberTitle)

        self.registerNumberLabel = QLabel(self.resultFrame)
        self.registerNumberLabel.setObjectName(u"registerNumberLabel")
        self.registerNumberLabel.setText(u"")
        self.registerNumberLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.resultForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registerNumberLabel)

        self.trackingCodeTitle = QLabel(self.resultFrame)
        self.trackingCodeTitle.setObjectName(u"trackingCodeTitle")

        self.resultForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trackingCodeTitle)

        self.trackingCodeLabel = QLabel(self.resultFrame)
        self.trackingCodeLabel.setObjectName(u"trackingCodeLabel")
        self.trackingCodeLabel.setText(u"")
        self.trackingCodeLabel.setStyleSheet(u"font-family: monospace; font-size: 14pt; font-weight: 600;")
        self.trackingCodeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.resultForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trackingCodeLabel)


        self.resultLayout.addLayout(self.resultForm)


        self.mainLayout.addWidget(self.resultFrame)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(SubmissionDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.statusLabel)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(SubmissionDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(SubmissionDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.buttonLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.reporterNameLabel.setBuddy(self.reporterNameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.accusedNameLabel.setBuddy(self.accusedNameEdit)
        self.nipLabel.setBuddy(self.nipEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.incidentLabel.setBuddy(self.incidentKnownCheck)
        self.chronologyLabel.setBuddy(self.chronologyEdit)
        self.lossLabel.setBuddy(self.materialLossCheck)
        self.lossEstimateLabel.setBuddy(self.lossEstimateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.anonymousCheck, self.reporterNameEdit)
        QWidget.setTabOrder(self.reporterNameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.accusedNameEdit)
        QWidget.setTabOrder(self.accusedNameEdit, self.nipEdit)
        QWidget.setTabOrder(self.nipEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.incidentKnownCheck)
        QWidget.setTabOrder(self.incidentKnownCheck, self.incidentDateEdit)
        QWidget.setTabOrder(self.incidentDateEdit, self.chronologyEdit)
        QWidget.setTabOrder(self.chronologyEdit, self.materialLossCheck)
        QWidget.setTabOrder(self.materialLossCheck, self.lossEstimateEdit)
        QWidget.setTabOrder(self.lossEstimateEdit, self.evidenceList)
        QWidget.setTabOrder(self.evidenceList, self.addLinkButton)
        QWidget.setTabOrder(self.addLinkButton, self.removeLinkButton)
        QWidget.setTabOrder(self.removeLinkButton, self.documentsEdit)
        QWidget.setTabOrder(self.documentsEdit, self.scansList)
        QWidget.setTabOrder(self.scansList, self.attachScanButton)
        QWidget.setTabOrder(self.attachScanButton, self.removeScanButton)
        QWidget.setTabOrder(self.removeScanButton, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(SubmissionDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SubmissionDialog)
    # setupUi

    def retranslateUi(self, SubmissionDialog):
        SubmissionDialog.setWindowTitle(QCoreApplication.translate("SubmissionDialog", u"Complaint form", None))
        self.reporterGroup.setTitle(QCoreApplication.translate("SubmissionDialog", u"Reporter", None))
        self.anonymousCheck.setText(QCoreApplication.translate("SubmissionDialog", u"A&nonymous report (surat kaleng): no name, no contact", None))
        self.anonymousNote.setText(QCoreApplication.translate("SubmissionDialog", u"No letter can be sent to an anonymous reporter; the tracking code on the receipt is the only way to follow the report.", None))
        self.reporterNameLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Name", None))
        self.phoneLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Phone", None))
        self.emailLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&E-mail", None))
        self.addressLabel.setText(QCoreApplication.translate("SubmissionDialog", u"Add&ress", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SubmissionDialog", u"Street, village, district (printed on letters to the reporter)", None))
        self.consentCheck.setText(QCoreApplication.translate("SubmissionDialog", u"The reporter agrees to be &contacted", None))
        self.arrivalGroup.setTitle(QCoreApplication.translate("SubmissionDialog", u"Receipt", None))
        self.channelLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Arrived by", None))
        self.receivedLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Received", None))
        self.documentsGroup.setTitle(QCoreApplication.translate("SubmissionDialog", u"Documents received", None))
        self.documentsEdit.setPlaceholderText(QCoreApplication.translate("SubmissionDialog", u"One per line, e.g. \"Surat pengaduan (2 lembar)\" (printed on the receipt)", None))
        self.attachScanButton.setText(QCoreApplication.translate("SubmissionDialog", u"Attach &scans\u2026", None))
        self.removeScanButton.setText(QCoreApplication.translate("SubmissionDialog", u"Remove sc&an", None))
        self.completenessGroup.setTitle(QCoreApplication.translate("SubmissionDialog", u"Completeness (4W1H)", None))
        self.complaintGroup.setTitle(QCoreApplication.translate("SubmissionDialog", u"Complaint", None))
        self.typeLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Type", None))
        self.accusedNameLabel.setText(QCoreApplication.translate("SubmissionDialog", u"Person &reported", None))
        self.nipLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&NIP", None))
        self.positionLabel.setText(QCoreApplication.translate("SubmissionDialog", u"Pos&ition", None))
        self.unitLabel.setText(QCoreApplication.translate("SubmissionDialog", u"U&nit", None))
        self.locationLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Where", None))
        self.incidentLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&When", None))
        self.incidentKnownCheck.setText(QCoreApplication.translate("SubmissionDialog", u"&Known:", None))
        self.chronologyLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Chronology", None))
        self.lossLabel.setText(QCoreApplication.translate("SubmissionDialog", u"&Material loss", None))
        self.materialLossCheck.setText(QCoreApplication.translate("SubmissionDialog", u"&Yes", None))
        self.lossEstimateLabel.setText(QCoreApplication.translate("SubmissionDialog", u"Estimate (Rp):", None))
        self.evidenceGroup.setTitle(QCoreApplication.translate("SubmissionDialog", u"Evidence links", None))
        self.addLinkButton.setText(QCoreApplication.translate("SubmissionDialog", u"A&dd link", None))
        self.removeLinkButton.setText(QCoreApplication.translate("SubmissionDialog", u"Remo&ve", None))
        self.resultTitle.setText(QCoreApplication.translate("SubmissionDialog", u"The complaint has been saved. Give the tracking code to the reporter.", None))
        self.registerNumberTitle.setText(QCoreApplication.translate("SubmissionDialog", u"Register number:", None))
        self.trackingCodeTitle.setText(QCoreApplication.translate("SubmissionDialog", u"Tracking code:", None))
        self.closeButton.setText(QCoreApplication.translate("SubmissionDialog", u"Cl&ose", None))
        self.saveButton.setText(QCoreApplication.translate("SubmissionDialog", u"&Save", None))
    # retranslateUi

