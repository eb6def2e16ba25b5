"""Languages and locales without Qt: the map's own words in its language (``words``),
read from the editor's translation files, and paper as the reader's country buys it
(``paper``). Light to import: the editor reads it before its first window."""
