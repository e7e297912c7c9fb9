"""Audit wiring: every domain model keeps its history (django-simple-history) with who and through which path.

The path (web, api, import, command) and, outside a request, the acting user come from a context variable
that the request middleware, the importers and the management commands set; nothing else writes history.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import models
from django.dispatch import receiver
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record

PATHS = ("web", "api", "import", "command", "system")

_path: contextvars.ContextVar[str] = contextvars.ContextVar("corridor_audit_path", default="system")
_user: contextvars.ContextVar[Any] = contextvars.ContextVar("corridor_audit_user", default=None)


@contextmanager
def audit_context(path: str, user: Any = None) -> Iterator[None]:
    """Attribute every change made inside the block to `path` and, when given, to `user`."""
    if path not in PATHS:
        raise ValueError(f"unknown audit path {path!r}")
    path_token = _path.set(path)
    user_token = _user.set(user)
    try:
        yield
    finally:
        _path.reset(path_token)
        _user.reset(user_token)


def current_path() -> str:
    return _path.get()


def _history_user(request: Any = None, **kwargs: Any) -> Any:
    user = _user.get()
    if user is not None:
        return user
    try:
        request_user = request.user
    except AttributeError:
        return None
    return request_user if getattr(request_user, "is_authenticated", False) else None


class AuditedBase(models.Model):
    """Extra columns on every historical table."""

    audit_path = models.CharField(max_length=10, default="system")

    class Meta:
        abstract = True


def history(excluded_fields: list[str] | None = None, m2m_fields: list[str] | None = None) -> HistoricalRecords:
    """The HistoricalRecords manager every audited model uses (secrets go in `excluded_fields`)."""
    return HistoricalRecords(bases=[AuditedBase], get_user=_history_user, cascade_delete_history=False,
                             excluded_fields=excluded_fields or [], m2m_fields=m2m_fields or [])


@receiver(pre_create_historical_record)
def _stamp_path(sender: Any, history_instance: Any, **kwargs: Any) -> None:
    history_instance.audit_path = _path.get()
