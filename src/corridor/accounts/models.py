"""Organisations, their users with one role each, and users' revocable API tokens."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from corridor.core.audit import history


class Organisation(models.Model):
    class Kind(models.TextChoices):
        AUTHORITY = "authority", _("Local or national authority")
        RED_CROSS = "red_cross", _("Red Cross / Red Crescent")
        HOSPITAL = "hospital", _("Hospital or health service")
        NGO = "ngo", _("Humanitarian organisation")
        VOLUNTEERS = "volunteers", _("Volunteer group")
        UN = "un", _("UN agency")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    created_at = models.DateTimeField(auto_now_add=True)

    history = history()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Administrator")
    COORDINATOR = "coordinator", _("Coordinator")
    FIELD_WORKER = "field_worker", _("Field worker")
    TRACING_OFFICER = "tracing_officer", _("Tracing officer")
    ANALYST = "analyst", _("Analyst")


class User(AbstractUser):
    """A person working for one organisation in one role; the public never has an account."""

    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.ANALYST)

    # Password hashes and login times are not an audit trail; keep them out of history tables.
    history = history(excluded_fields=["password", "last_login"])

    def __str__(self) -> str:
        return self.username


class ApiToken(models.Model):
    """A bearer token; only its SHA-256 is stored, the key is shown once when created."""

    PREFIX_LENGTH = 8

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(max_length=PREFIX_LENGTH, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    history = history(excluded_fields=["key_hash", "last_used_at"])

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(cls, user: User, name: str) -> tuple[ApiToken, str]:
        key = "cor_" + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, name=name, prefix=key[4 : 4 + cls.PREFIX_LENGTH],
                                   key_hash=cls.hash_key(key))
        return token, key

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
