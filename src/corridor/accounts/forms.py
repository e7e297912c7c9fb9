"""Forms for administering accounts: create a user, edit role and standing, set a password; organisations."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import SetPasswordForm, UserCreationForm
from django.contrib.auth.password_validation import password_validators_help_texts
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import Organisation, Role, User


def password_help() -> str:
    """The configured validators' own (translated) rules as plain text: the field partial escapes HTML."""
    return " ".join(password_validators_help_texts())


class UserCreateForm(UserCreationForm):
    """A new account in one organisation with one role; the administrator sets the first password.

    An administrator creates accounts in their own organisation only (the field is not offered); a superuser
    picks the organisation. Nobody becomes a superuser through the web: that stays `corridor createuser`.
    """

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "first_name", "last_name", "email", "organisation", "role")

    def __init__(self, *args: Any, actor: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = password_help()
        if actor.is_superuser:
            organisation = self.fields["organisation"]
            assert isinstance(organisation, forms.ModelChoiceField)
            organisation.required = True
            organisation.label = _("Organisation")  # the model field has no verbose name to translate
            organisation.queryset = Organisation.objects.order_by("name")
        else:
            del self.fields["organisation"]
            # Set before validation so the password validators compare against the finished account.
            self.instance.organisation_id = actor.organisation_id


class UserEditForm(forms.ModelForm):
    """Name, e-mail, role and whether the account may log in. Accounts are deactivated, never deleted, so
    history keeps who they were; deactivating one revokes all its API tokens."""

    is_active = forms.BooleanField(label=_("Active (may log in and use the API)"), required=False,
                                   help_text=_("Untick to deactivate the account; its API tokens are revoked."))

    class Meta:
        model = User
        fields = ("first_name", "last_name", "email", "role", "is_active")

    def __init__(self, *args: Any, actor: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.actor = actor
        self.was_active = self.instance.is_active
        self.old_role = self.instance.role
        self.revoked_tokens = 0

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.instance.pk == self.actor.pk:
            # An administrator locking themselves out would leave an organisation with nobody to fix it.
            if "is_active" in data and not data["is_active"]:
                self.add_error("is_active", _("You cannot deactivate your own account."))
            if (self.old_role == Role.ADMINISTRATOR and data.get("role")
                    and data["role"] != Role.ADMINISTRATOR):
                self.add_error("role", _("You cannot remove your own administrator role."))
        return data

    @transaction.atomic
    def save(self, commit: bool = True) -> User:
        user = super().save(commit=commit)
        if commit and self.was_active and not user.is_active:
            for token in user.api_tokens.filter(revoked_at__isnull=True):
                token.revoke()  # one by one, so each revocation is in the history
                self.revoked_tokens += 1
        return user


class UserPasswordForm(SetPasswordForm):
    """An administrator sets a new password for an account (the old one is not asked for)."""

    def __init__(self, user: User, *args: Any, **kwargs: Any) -> None:
        super().__init__(user, *args, **kwargs)
        self.fields["new_password1"].help_text = password_help()


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ("name", "kind")

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        # "Red Cross Mariupol" and "red cross  mariupol" would be one organisation split in two.
        if Organisation.objects.filter(name__iexact=name).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("An organisation with this name already exists."))
        return name
