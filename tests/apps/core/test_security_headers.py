"""Every response carries the security headers: CSP, no sniffing, no framing, same-origin referrers."""

from __future__ import annotations

from typing import Any

import pytest


def test_security_headers_on_responses(client: Any, db: Any) -> None:
    response = client.get("/api/schema/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.real_hasher
def test_password_hasher_is_argon2(settings: Any) -> None:
    assert settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_session_cookie_is_http_only_and_secure_behind_https(settings: Any) -> None:
    assert settings.SESSION_COOKIE_HTTPONLY is True
    import importlib
    import os

    import corridor.settings as s

    os.environ["CORRIDOR_HTTPS"] = "1"
    try:
        reloaded = importlib.reload(s)
        assert reloaded.SESSION_COOKIE_SECURE and reloaded.CSRF_COOKIE_SECURE
        assert reloaded.SECURE_HSTS_SECONDS > 0
    finally:
        del os.environ["CORRIDOR_HTTPS"]
        importlib.reload(s)
