"""Dock panels around the canvas: inspector, personas, map settings, outline."""
