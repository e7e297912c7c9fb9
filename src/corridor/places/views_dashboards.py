"""Overview of all settlements and one settlement's dashboard, over the facilities the viewer may see."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from corridor.core import permissions

from . import services
from .models import Settlement
from .views_common import export_links, int_param

TOP_NEEDS_ON_HOME = 3


def home(request: HttpRequest) -> HttpResponse:
    visible = permissions.visible_facilities(request.user)
    settlements = Settlement.objects.filter(pk__in=visible.values("settlement_id")).order_by("name_en")
    summaries = [services.settlement_dashboard(settlement, visible) for settlement in settlements]
    # The settlement in the worst state comes first: most urgent need, then most people.
    summaries.sort(key=lambda summary: (-max((need.urgency for _, need in summary.needs), default=0),
                                        -(summary.totals["people"] or 0)))
    rows = [{"summary": summary, "top_needs": summary.needs[:TOP_NEEDS_ON_HOME]} for summary in summaries]
    return render(request, "places/home.html", {"summaries": rows, "exports": export_links()})


def settlement_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    settlement = get_object_or_404(Settlement, pk=pk)
    stale_hours = int_param(request.GET.get("stale_hours"), settings.STALE_AFTER_HOURS, 1, 24 * 90)
    visible = permissions.visible_facilities(request.user)
    summary = services.settlement_dashboard(settlement, visible, stale_hours=stale_hours)
    facilities = sorted(summary.members, key=lambda f: (-f.state.top_urgency, f.name_en))
    return render(request, "places/settlement_dashboard.html", {
        "settlement": settlement,
        "summary": summary,
        "facilities": facilities,
        "stale_hours": stale_hours,
        "stale_ids": {f.pk for f in summary.stale},
        "exports": export_links(f"settlement={settlement.pk}"),
    })
