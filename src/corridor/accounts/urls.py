"""Account pages: log in, log out, own API tokens; administering users and organisations."""

from django.urls import path

from . import views, views_users

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("tokens/", views.api_tokens, name="api-tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke_token, name="api-token-revoke"),
    path("users/", views_users.user_list, name="user-list"),
    path("users/new/", views_users.user_create, name="user-create"),
    path("users/<int:pk>/", views_users.user_edit, name="user-edit"),
    path("users/<int:pk>/password/", views_users.user_password, name="user-password"),
    path("organisations/", views_users.organisation_list, name="organisation-list"),
    path("organisations/new/", views_users.organisation_create, name="organisation-create"),
    path("organisations/<int:pk>/", views_users.organisation_edit, name="organisation-edit"),
]
