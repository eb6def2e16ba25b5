"""Poster export with ReportLab from the model and the layout. No Qt."""
