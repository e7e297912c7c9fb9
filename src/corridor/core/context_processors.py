"""Values every page template needs."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from . import permissions


def corridor(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    return {
        "DEMO_MODE": settings.DEMO_MODE,
        "can_view_audit": bool(user and permissions.can_view_audit(user)),
        "is_staff_member": bool(user and permissions.is_member(user)),
    }
