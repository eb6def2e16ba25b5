"""Developer tools that are not part of the installed program (not in the wheel)."""
