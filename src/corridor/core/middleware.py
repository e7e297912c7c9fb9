"""Marks every change made while serving a request as made through the web UI or the API."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .audit import audit_context


class AuditPathMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = "api" if request.path.startswith("/api/") else "web"
        with audit_context(path):
            return self.get_response(request)
