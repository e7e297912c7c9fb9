"""URL map: web UI, API (with its OpenAPI schema), accounts, audit, language switch."""

from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("corridor.accounts.urls")),
    path("audit/", include("corridor.core.urls")),
    path("api/", include("corridor.api_urls")),
    path("export/", include("corridor.places.export_urls")),
    path("", include("corridor.places.urls")),
]
