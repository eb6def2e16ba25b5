"""Exchange with the tools teams already use: Excel workbooks (``xlsx``), PowerPoint
decks (``pptx``) and a one-file web page (``html``). No Qt.

Each module imports its library (openpyxl, python-pptx) only when it is used, so the
command line starts fast. ``filekind`` tells what a binary file is, for one-line refusals.
"""
