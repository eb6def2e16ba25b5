"""The map canvas: a QGraphicsScene that mirrors the document and a view to edit it."""
