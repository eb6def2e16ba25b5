"""The bundled faces' metrics table (``resources/fonts/metrics.json``)."""
