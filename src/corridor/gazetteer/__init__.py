"""Offline gazetteer of Ukraine and its neighbours: one place for every spelling of its name."""

from corridor.gazetteer.gazetteer import Gazetteer, default_gazetteer
from corridor.gazetteer.keys import name_key
from corridor.gazetteer.model import Place, PlaceMention, haversine_km

__all__ = ["Gazetteer", "Place", "PlaceMention", "default_gazetteer", "haversine_km", "name_key"]
