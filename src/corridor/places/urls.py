"""Web pages of the places registry: overview, facilities, settlement dashboards, map."""

from django.urls import path

from . import views_dashboards, views_facilities, views_map, views_reports

urlpatterns = [
    path("", views_dashboards.home, name="home"),
    path("settlements/<int:pk>/", views_dashboards.settlement_dashboard, name="settlement-dashboard"),
    path("facilities/", views_facilities.facility_list, name="facility-list"),
    path("facilities/new/", views_facilities.facility_create, name="facility-create"),
    path("facilities/<int:pk>/", views_facilities.facility_detail, name="facility-detail"),
    path("facilities/<int:pk>/edit/", views_facilities.facility_edit, name="facility-edit"),
    path("facilities/<int:pk>/delete/", views_facilities.facility_delete, name="facility-delete"),
    path("facilities/<int:pk>/report/", views_reports.facility_report, name="facility-report"),
    path("facilities/<int:pk>/field-workers/", views_facilities.facility_assign, name="facility-assign"),
    path("map/", views_map.map_page, name="map"),
    path("map/facilities.geojson", views_map.map_facilities_geojson, name="map-facilities-geojson"),
]
