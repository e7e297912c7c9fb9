from typing import Any

from django.apps import AppConfig


def _record_last_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    """Store the login time without a model save: a login is not a change to audit in the user's history."""
    from django.utils import timezone

    now = timezone.now()
    type(user).objects.filter(pk=user.pk).update(last_login=now)
    user.last_login = now


class AccountsConfig(AppConfig):
    name = "corridor.accounts"
    label = "accounts"

    def ready(self) -> None:
        from django.contrib.auth import user_logged_in
        from django.contrib.auth.models import update_last_login

        user_logged_in.disconnect(update_last_login, dispatch_uid="update_last_login")
        user_logged_in.connect(_record_last_login, dispatch_uid="corridor_record_last_login")
