"""cjdesigner: a desktop editor for customer journey maps and service blueprints."""

from cjdesigner.about import __version__

__all__ = ["__version__"]
