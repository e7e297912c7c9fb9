"""Download routes for facility exports; included by the project at /export/."""

from django.urls import path

from . import views_export

urlpatterns = [
    path("facilities.csv", views_export.facilities_csv, name="export-facilities-csv"),
    path("facilities.hxl.csv", views_export.facilities_hxl, name="export-facilities-hxl"),
    path("facilities.geojson", views_export.facilities_geojson_view, name="export-facilities-geojson"),
]
