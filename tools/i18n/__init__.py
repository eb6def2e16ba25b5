"""The editor's translations: extract, compile, check (``python -m tools.i18n``)."""
