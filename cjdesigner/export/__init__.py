"""Exports besides the PDF poster: Mermaid text (no Qt) and PNG/SVG pictures (Qt),
and the command-line formats they register (``formats.py``)."""
