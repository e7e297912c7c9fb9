"""API endpoints for the current user's own API tokens: list, create (the key is shown once), revoke."""

from __future__ import annotations

from django import forms
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, status
from rest_framework.request import Request
from rest_framework.response import Response

from corridor.accounts.models import ApiToken
from corridor.core import permissions
from corridor.core.audit import audit_context

from . import api_schema as schema
from .api_common import PlacesAPIView, form_errors, iso, json_object, refuse_unknown

ERRORS = {400: schema.ErrorOut, 401: schema.ErrorOut, 404: schema.ErrorOut}


class TokenForm(forms.Form):
    name = forms.CharField(max_length=100, help_text="What the token is for, e.g. 'field tablet 3'.")


def token_data(token: ApiToken) -> dict:
    return {"id": token.pk, "name": token.name, "prefix": token.prefix, "created_at": iso(token.created_at),
            "last_used_at": iso(token.last_used_at), "revoked_at": iso(token.revoked_at), "active": token.active}


class TokenList(PlacesAPIView):
    permission_classes = [permissions.OwnTokens]

    @extend_schema(responses={200: schema.TokenOut(many=True), **ERRORS}, summary="Your API tokens")
    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(ApiToken.objects.filter(user=request.user))
        return self.get_paginated_response([token_data(t) for t in page])

    @extend_schema(request=schema.TokenInput, responses={201: schema.TokenCreatedOut, **ERRORS},
                   summary="Create a token; its key is in this response only")
    def post(self, request: Request) -> Response:
        body = json_object(request)
        refuse_unknown(body, {"name"})
        form = TokenForm(data=body)
        if not form.is_valid():
            raise exceptions.ValidationError(form_errors(form))
        with audit_context("api", user=request.user):
            token, key = ApiToken.issue(request.user, form.cleaned_data["name"])
        return Response({**token_data(token), "key": key}, status=status.HTTP_201_CREATED)


class TokenDetail(PlacesAPIView):
    permission_classes = [permissions.OwnTokens]

    @extend_schema(responses={204: None, **ERRORS}, summary="Revoke one of your tokens")
    def delete(self, request: Request, pk: int) -> Response:
        # Another user's token is simply not found: token ids are nobody else's business.
        token = get_object_or_404(ApiToken.objects.filter(user=request.user), pk=pk)
        self.check_object_permissions(request, token)
        with audit_context("api", user=request.user):
            token.revoke()
        return Response(status=status.HTTP_204_NO_CONTENT)
