"""Settlements, facilities in them, and the timestamped, sourced reports from which their state is derived."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from corridor.accounts.models import Organisation
from corridor.core.audit import history


class Settlement(models.Model):
    """A town or village, taken from the offline gazetteer (GeoNames id) or entered by hand."""

    geonameid = models.BigIntegerField(null=True, blank=True, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_uk = models.CharField(_("name (Ukrainian)"), max_length=200, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    country_code = models.CharField(_("country"), max_length=2, default="UA")
    admin1_name = models.CharField(_("region"), max_length=200, blank=True)
    lat = models.FloatField(_("latitude"), validators=[MinValueValidator(-90), MaxValueValidator(90)])
    lon = models.FloatField(_("longitude"), validators=[MinValueValidator(-180), MaxValueValidator(180)])
    population = models.PositiveIntegerField(null=True, blank=True)

    history = history()

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("settlement")

    def __str__(self) -> str:
        return self.name_en

    def display_name(self, language: str = "en") -> str:
        return (self.name_uk if language == "uk" else "") or self.name_en


class FacilityKind(models.TextChoices):
    SHELTER_BASEMENT = "shelter_basement", _("Shelter: basement")
    SHELTER_SCHOOL = "shelter_school", _("Shelter: school")
    SHELTER_THEATRE = "shelter_theatre", _("Shelter: theatre or public building")
    SHELTER_METRO = "shelter_metro", _("Shelter: metro station")
    SHELTER_OTHER = "shelter_other", _("Shelter: other")
    HOSPITAL = "hospital", _("Hospital")
    MATERNITY = "maternity", _("Maternity ward")
    EVACUATION_POINT = "evacuation_point", _("Evacuation / collection point")
    AID_POINT = "aid_point", _("Aid distribution point")
    BORDER_CROSSING = "border_crossing", _("Border crossing")
    RECEPTION_CENTRE = "reception_centre", _("Reception centre")
    CHECKPOINT = "checkpoint", _("Checkpoint")


class Visibility(models.TextChoices):
    ORGANISATION = "organisation", _("Own organisation only")
    PARTNERS = "partners", _("All partner organisations")


class Facility(models.Model):
    """A place where people shelter, are treated, gather to leave, or receive aid."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="facilities",
                                     verbose_name=_("responsible organisation"))
    settlement = models.ForeignKey(Settlement, on_delete=models.PROTECT, related_name="facilities",
                                   verbose_name=_("settlement"))
    kind = models.CharField(_("kind"), max_length=30, choices=FacilityKind.choices)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_uk = models.CharField(_("name (Ukrainian)"), max_length=200, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    lat = models.FloatField(_("latitude"), null=True, blank=True,
                            validators=[MinValueValidator(-90), MaxValueValidator(90)])
    lon = models.FloatField(_("longitude"), null=True, blank=True,
                            validators=[MinValueValidator(-180), MaxValueValidator(180)])
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    # Shelter locations can draw fire: nothing is public until someone decides it should be.
    published = models.BooleanField(_("published to the public"), default=False)
    visibility = models.CharField(_("visible to"), max_length=20, choices=Visibility.choices,
                                  default=Visibility.PARTNERS)
    field_workers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="assigned_facilities",
                                           verbose_name=_("assigned field workers"))
    notes = models.TextField(_("internal notes"), blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    # Who is assigned to a facility decides who may report on it: assignments are audited too.
    history = history(m2m_fields=["field_workers"])

    class Meta:
        ordering = ["settlement__name_en", "name_en"]
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")
        indexes = [models.Index(fields=["kind"]), models.Index(fields=["published"])]

    def __str__(self) -> str:
        return self.name_en

    def display_name(self, language: str = "en") -> str:
        return (self.name_uk if language == "uk" else "") or self.name_en


class Channel(models.TextChoices):
    FIELD_VISIT = "field_visit", _("Field visit")
    PHONE = "phone", _("Phone or radio")
    MESSENGER = "messenger", _("Messenger")
    TELEGRAM = "telegram", _("Telegram")
    FACEBOOK = "facebook", _("Facebook")
    TWITTER = "twitter", _("Twitter / X")
    TELEVISED = "televised", _("Televised address")
    UN_BRIEFING = "un_briefing", _("UN briefing")
    OFFICIAL = "official", _("Official statement")
    NEWS = "news", _("News report")
    OTHER = "other", _("Other")


class Reliability(models.TextChoices):
    """Source reliability on the NATO/Admiralty scale used by humanitarian information managers."""

    A = "A", _("A: completely reliable")
    B = "B", _("B: usually reliable")
    C = "C", _("C: fairly reliable")
    D = "D", _("D: not usually reliable")
    E = "E", _("E: unreliable")
    F = "F", _("F: reliability cannot be judged")


class Qualifier(models.TextChoices):
    """How a count was stated: sources say "about 400", "at least 200,000", "over a thousand"."""

    EXACT = "exact", _("exact")
    ABOUT = "about", _("about")
    AT_LEAST = "at_least", _("at least")
    MORE_THAN = "more_than", _("more than")
    UP_TO = "up_to", _("up to")


class Status(models.TextChoices):
    OPEN = "open", _("Open")
    FULL = "full", _("Full")
    DAMAGED = "damaged", _("Damaged")
    DESTROYED = "destroyed", _("Destroyed")
    INACCESSIBLE = "inaccessible", _("Inaccessible")
    UNDER_FIRE = "under_fire", _("Under fire")
    HELD = "held", _("Held / occupied")
    BLOCKED = "blocked", _("Blocked")
    CLOSED = "closed", _("Closed")


class Utility(models.TextChoices):
    WORKING = "working", _("Working")
    PARTIAL = "partial", _("Partial")
    NONE = "none", _("None")


UTILITY_FIELDS = ("electricity", "water", "heating", "communications")
OCCUPANCY_FIELDS = ("people", "children", "infants", "patients", "disabled", "staff")


class FacilityReport(models.Model):
    """What one source said about one facility at one time. Reports are added, never overwritten."""

    facility = models.ForeignKey(Facility, on_delete=models.CASCADE, related_name="reports")
    observed_at = models.DateTimeField(_("observed at"), db_index=True)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    # Provenance.
    source_name = models.CharField(_("source"), max_length=300)
    source_role = models.CharField(_("source role"), max_length=300, blank=True)
    source_organisation = models.CharField(_("source organisation"), max_length=300, blank=True)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, default=Channel.FIELD_VISIT)
    reliability = models.CharField(_("reliability"), max_length=1, choices=Reliability.choices,
                                   default=Reliability.F)
    source_url = models.URLField(_("source link"), blank=True)
    # What was observed; empty means "not reported", never "zero".
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, blank=True)
    people = models.PositiveIntegerField(_("people"), null=True, blank=True)
    people_qualifier = models.CharField(_("people count is"), max_length=12, blank=True, choices=Qualifier.choices)
    children = models.PositiveIntegerField(_("of whom children"), null=True, blank=True)
    infants = models.PositiveIntegerField(_("of whom infants"), null=True, blank=True)
    patients = models.PositiveIntegerField(_("of whom patients"), null=True, blank=True)
    disabled = models.PositiveIntegerField(_("of whom people with disabilities"), null=True, blank=True)
    staff = models.PositiveIntegerField(_("staff"), null=True, blank=True)
    electricity = models.CharField(_("electricity"), max_length=10, choices=Utility.choices, blank=True)
    water = models.CharField(_("water"), max_length=10, choices=Utility.choices, blank=True)
    heating = models.CharField(_("heating"), max_length=10, choices=Utility.choices, blank=True)
    communications = models.CharField(_("communications"), max_length=10, choices=Utility.choices, blank=True)
    note = models.TextField(_("note"), blank=True)

    history = history()

    class Meta:
        ordering = ["-observed_at", "-id"]
        verbose_name = _("facility report")
        indexes = [models.Index(fields=["facility", "-observed_at"])]

    def __str__(self) -> str:
        return f"{self.facility} @ {self.observed_at:%Y-%m-%d %H:%M}"


class NeedItem(models.TextChoices):
    WATER = "water", _("Water")
    FOOD = "food", _("Food")
    MEDICINE = "medicine", _("Medicine")
    BABY_FORMULA = "baby_formula", _("Baby formula")
    FUEL = "fuel", _("Fuel")
    EVACUATION = "evacuation", _("Evacuation")
    HEATING = "heating", _("Heating / blankets")
    HYGIENE = "hygiene", _("Hygiene items")
    OTHER = "other", _("Other")


class Urgency(models.IntegerChoices):
    MET = 0, _("Met")
    LOW = 1, _("Low")
    MEDIUM = 2, _("Medium")
    HIGH = 3, _("High")
    CRITICAL = 4, _("Critical")


class Need(models.Model):
    """A need stated in a report; the latest statement per item is the facility's current need."""

    report = models.ForeignKey(FacilityReport, on_delete=models.CASCADE, related_name="needs")
    item = models.CharField(_("item"), max_length=20, choices=NeedItem.choices)
    quantity = models.PositiveIntegerField(_("quantity"), null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    urgency = models.PositiveSmallIntegerField(_("urgency"), choices=Urgency.choices, default=Urgency.MEDIUM)
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = history()

    class Meta:
        verbose_name = _("need")
        constraints = [models.UniqueConstraint(fields=["report", "item"], name="one_need_per_item_per_report")]

    def __str__(self) -> str:
        return f"{self.get_item_display()} ({self.get_urgency_display()})"


class FigureCategory(models.TextChoices):
    SHELTERING = "sheltering", _("Sheltering")
    TRAPPED = "trapped", _("Trapped / remaining")
    UNDER_RUBBLE = "under_rubble", _("Under rubble")
    RESCUED = "rescued", _("Rescued")
    KILLED = "killed", _("Killed")
    INJURED = "injured", _("Injured")
    MISSING = "missing", _("Missing / unaccounted for")
    HELD = "held", _("Held hostage")
    EVACUATED = "evacuated", _("Evacuated / left")
    WAITING = "waiting", _("Waiting to leave")
    NEEDING_EVACUATION = "needing_evacuation", _("In need of evacuation")
    ARRIVED = "arrived", _("Arrived")


class Figure(models.Model):
    """Any other count a source gave about the facility (rescued, under rubble, held...), with its qualifier."""

    report = models.ForeignKey(FacilityReport, on_delete=models.CASCADE, related_name="figures")
    category = models.CharField(_("category"), max_length=30, choices=FigureCategory.choices)
    value = models.PositiveIntegerField(_("value"))
    qualifier = models.CharField(_("qualifier"), max_length=12, default="exact", choices=Qualifier.choices)
    counted = models.CharField(_("counted"), max_length=50, default="people")

    history = history()

    class Meta:
        verbose_name = _("figure")

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.value}"


class FacilityState(models.Model):
    """The current picture of a facility, derived from its reports (rebuildable; never edited directly).

    Kept as a table so lists and dashboards read one row per facility instead of replaying history.
    """

    facility = models.OneToOneField(Facility, on_delete=models.CASCADE, related_name="state", primary_key=True)
    last_report_at = models.DateTimeField(null=True, blank=True, db_index=True)
    status = models.CharField(max_length=20, blank=True)
    people = models.PositiveIntegerField(null=True, blank=True)
    people_qualifier = models.CharField(max_length=12, blank=True)
    children = models.PositiveIntegerField(null=True, blank=True)
    infants = models.PositiveIntegerField(null=True, blank=True)
    patients = models.PositiveIntegerField(null=True, blank=True)
    disabled = models.PositiveIntegerField(null=True, blank=True)
    staff = models.PositiveIntegerField(null=True, blank=True)
    electricity = models.CharField(max_length=10, blank=True)
    water = models.CharField(max_length=10, blank=True)
    heating = models.CharField(max_length=10, blank=True)
    communications = models.CharField(max_length=10, blank=True)
    top_urgency = models.PositiveSmallIntegerField(default=0)
    # When each value was observed: a count from before a strike must not read as today's.
    as_of = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return f"state of {self.facility_id}"
