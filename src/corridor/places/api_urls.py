"""Routes of the places API, mounted at /api/ (see corridor/api_urls.py)."""

from django.urls import path

from . import api_facilities, api_settlements, api_tokens

urlpatterns = [
    path("facilities/", api_facilities.FacilityList.as_view(), name="api-facility-list"),
    path("facilities/<int:pk>/", api_facilities.FacilityDetail.as_view(), name="api-facility-detail"),
    path("facilities/<int:pk>/reports/", api_facilities.FacilityReports.as_view(), name="api-facility-reports"),
    path("facilities/<int:pk>/needs/", api_facilities.FacilityNeeds.as_view(), name="api-facility-needs"),
    path("needs/", api_settlements.NeedList.as_view(), name="api-need-list"),
    path("settlements/", api_settlements.SettlementList.as_view(), name="api-settlement-list"),
    path("settlements/<str:key>/", api_settlements.SettlementDetail.as_view(), name="api-settlement-detail"),
    path("settlements/<str:key>/dashboard/", api_settlements.SettlementDashboard.as_view(),
         name="api-settlement-dashboard"),
    path("tokens/", api_tokens.TokenList.as_view(), name="api-token-list"),
    path("tokens/<int:pk>/", api_tokens.TokenDetail.as_view(), name="api-token-detail"),
]
