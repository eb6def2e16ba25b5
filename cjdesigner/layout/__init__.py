"""Pure layout: map -> rectangles, card positions, curve points. Shared by canvas and PDF. No Qt."""
