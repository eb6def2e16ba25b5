"""Bundled templates: list and load the finished maps in resources/templates. No Qt."""
