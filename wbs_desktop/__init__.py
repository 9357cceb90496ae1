"""WBS Desktop: the Whistleblowing System of BKD Provinsi NTT."""

__version__ = "0.1.0"
