"""Template filters for places: names in the reader's language and labels for stored choice codes."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import get_language

from corridor.places.models import FacilityKind, NeedItem, Qualifier, Status, Urgency, Utility

register = template.Library()

_LABELS = {
    "status": dict(Status.choices),
    "utility": dict(Utility.choices),
    "kind": dict(FacilityKind.choices),
    "need": dict(NeedItem.choices),
    "urgency": dict(Urgency.choices),
    "qualifier": dict(Qualifier.choices),
}


@register.filter
def local_name(obj: Any) -> str:
    """A facility's or settlement's name in the current language (Ukrainian when given, else English)."""
    if obj is None:
        return ""
    return obj.display_name((get_language() or "en")[:2])


@register.filter
def label(code: Any, kind: str) -> str:
    """`{{ state.status|label:"status" }}`: the translated label of a stored code; a dash for none."""
    if code in (None, ""):
        return "—"
    return str(_LABELS[kind].get(code, code))


@register.filter
def urgency_class(value: Any) -> str:
    try:
        return f"u{int(value)}"
    except (TypeError, ValueError):
        return "u0"


@register.simple_tag(takes_context=True)
def query_with(context: Any, **changes: Any) -> str:
    """The current query string with some parameters replaced (pagination that keeps the filters)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def as_of(state: Any, name: str) -> str:
    """When a state value was observed, if earlier than the latest report (else empty): "16 Mar 2022 09:00"."""
    from django.utils.dateparse import parse_datetime
    from django.utils.formats import date_format
    from django.utils.timezone import localtime

    when = parse_datetime((getattr(state, "as_of", None) or {}).get(name, "") or "")
    if when is None or state.last_report_at is None or when >= state.last_report_at:
        return ""
    return date_format(localtime(when), "SHORT_DATETIME_FORMAT")
