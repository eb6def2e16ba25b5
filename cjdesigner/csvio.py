"""CSV import and export of cards, for spreadsheet people. No Qt."""
