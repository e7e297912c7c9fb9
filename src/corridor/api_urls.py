"""The JSON API under /api/ and its OpenAPI 3 schema."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("", include("corridor.places.api_urls")),
]
