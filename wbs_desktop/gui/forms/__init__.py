"""Qt Designer forms compiled by pyside6-uic (generated from forms/*.ui; do not edit)."""
