"""Corridor: crisis information system for a city under siege."""
__version__ = "0.1.0"
