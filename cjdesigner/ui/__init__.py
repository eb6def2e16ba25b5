"""The Qt editor: document controller, canvas, window."""
