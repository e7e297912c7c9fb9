from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "corridor.places"
    label = "places"
