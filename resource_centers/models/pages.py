"""Family resource support centres: the directory pages, consultation requests and monthly figures.

Other apps (courses, registry_offices) import from here; this app never imports from them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.choices import Language


class City(models.TextChoices):
    """Cities as stable keys (the same in every language) so that filters work across translations."""

    ASTANA = "astana", _("Astana")
    ALMATY = "almaty", _("Almaty")
    SHYMKENT = "shymkent", _("Shymkent")
    KARAGANDA = "karaganda", _("Karaganda")
    ATYRAU = "atyrau", _("Atyrau")
    OSKEMEN = "oskemen", _("Oskemen")
    TARAZ = "taraz", _("Taraz")
    KOKSHETAU = "kokshetau", _("Kokshetau")
    KOSTANAY = "kostanay", _("Kostanay")
    AKTOBE = "aktobe", _("Aktobe")
    PAVLODAR = "pavlodar", _("Pavlodar")
    PETROPAVL = "petropavl", _("Petropavl")
    ORAL = "oral", _("Oral")
    AKTAU = "aktau", _("Aktau")
    KYZYLORDA = "kyzylorda", _("Kyzylorda")
    SEMEY = "semey", _("Semey")
    TURKISTAN = "turkistan", _("Turkistan")
    TALDYKORGAN = "taldykorgan", _("Taldykorgan")


class Service(models.TextChoices):
    PSYCHOLOGIST = "psychologist", _("Psychologist")
    SOCIAL_WORKER = "social_worker", _("Social worker")
    LAWYER = "lawyer", _("Lawyer")
    MEDIATOR = "mediator", _("Mediator")
    CHILD_PSYCHOLOGIST = "child_psychologist", _("Child psychologist")


class CentreKind(models.TextChoices):
    CENTRE = "centre", _("Resource centre")
    CABINET = "cabinet", _("Resource cabinet")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


KAZAKHSTAN_TIME_ZONES = [
    ("Asia/Almaty", "Asia/Almaty"),
    ("Asia/Qostanay", "Asia/Qostanay"),
    ("Asia/Atyrau", "Asia/Atyrau"),
    ("Asia/Aqtobe", "Asia/Aqtobe"),
    ("Asia/Aqtau", "Asia/Aqtau"),
    ("Asia/Oral", "Asia/Oral"),
    ("Asia/Qyzylorda", "Asia/Qyzylorda"),
]

# Kazakhstan's bounding box, so that swapped or mistyped co-ordinates are caught when saved.
LATITUDE_RANGE = (Decimal("40.5"), Decimal("55.5"))
LONGITUDE_RANGE = (Decimal("46.4"), Decimal("87.4"))


class ChoiceListField(models.JSONField):
    """A list of choice keys stored as JSON, edited as checkboxes.

    JSON rather than a join table keeps the directory at one query; filters use `icontains` on the
    quoted key, which works on SQLite and PostgreSQL alike.
    """

    def __init__(self, *args, choices_class: type[models.TextChoices] | None = None, **kwargs):
        self.choices_class = choices_class
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices_class", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        choices = self.choices_class.choices if self.choices_class else []
        return forms.TypedMultipleChoiceField(
            choices=choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class ResourceCentreIndexPage(RoutablePageMixin, Page):
    """The directory at /<lang>/centres/: filters, "open now" and the "which help do I need?" guide."""

    intro = models.TextField(_("introduction"), max_length=800, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resource_centers.ResourceCentrePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource centre directory")

    # Views live in views.py (imported at call time to keep models free of view code).
    @path("")
    def directory(self, request):
        from .views import directory

        return directory(request, self)

    @path("guide/")
    def guide(self, request):
        from .views import guide

        return guide(request, self)


class ResourceCentrePage(Page):
    """One centre or cabinet: where it is, when it is open, who works there and how to ask for help."""

    kind = models.CharField(
        _("kind"), max_length=10, choices=CentreKind.choices, default=CentreKind.CENTRE
    )
    city = models.CharField(_("city"), max_length=20, choices=City.choices, db_index=True)
    summary = models.TextField(
        _("summary"), max_length=500, blank=True, help_text=_("One or two sentences for listings.")
    )
    address = models.CharField(_("address"), max_length=255)
    directions = models.TextField(
        _("how to get there"),
        blank=True,
        help_text=_("Landmarks, bus stops, entrance, floor."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    services = ChoiceListField(_("services offered"), choices_class=Service)
    languages = ChoiceListField(_("languages spoken"), choices_class=Language)
    is_free = models.BooleanField(_("free of charge"), default=True)
    fee_note = models.CharField(
        _("fees"),
        max_length=255,
        blank=True,
        help_text=_("What is paid and how much, if anything is."),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free entrance, lift, parking, sign language and similar."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
    )
    beside_registry_office = models.BooleanField(
        _("beside a registry office"),
        default=False,
        help_text=_("In or next to the building of a registry office (АХАТ / ЗАГС)."),
    )
    time_zone = models.CharField(
        _("time zone"), max_length=32, choices=KAZAKHSTAN_TIME_ZONES, default="Asia/Almaty"
    )
    body = RichTextField(_("about the centre"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("city")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("directions"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("beside_registry_office"),
                FieldPanel("accessibility"),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])], heading=_("Contact")
        ),
        MultiFieldPanel(
            [
                FieldPanel("services"),
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("fee_note")]),
            ],
            heading=_("Help offered"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                InlinePanel("opening_hours", label=_("Opening hours")),
                InlinePanel("hour_exceptions", label=_("Exceptions (holidays, short days)")),
            ],
            heading=_("Opening hours"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("address"),
        index.SearchField("body"),
        index.FilterField("city"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("city"),
        APIField("summary"),
        APIField("address"),
        APIField("directions"),
        APIField("phone"),
        APIField("email"),
        APIField("services"),
        APIField("languages"),
        APIField("is_free"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("beside_registry_office"),
    ]

    parent_page_types = ["resource_centers.ResourceCentreIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("resource centre")
        verbose_name_plural = _("resource centres")

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.latitude is not None and not (
            LATITUDE_RANGE[0] <= self.latitude <= LATITUDE_RANGE[1]
        ):
            errors["latitude"] = _(
                "The latitude must be within Kazakhstan (between 40.5 and 55.5 degrees north)."
            )
        if self.longitude is not None and not (
            LONGITUDE_RANGE[0] <= self.longitude <= LONGITUDE_RANGE[1]
        ):
            errors["longitude"] = _(
                "The longitude must be within Kazakhstan (between 46.4 and 87.4 degrees east)."
            )
        unknown = set(self.services or []) - set(Service.values)
        if unknown:
            errors["services"] = _("Unknown service.")
        if errors:
            raise ValidationError(errors)

    # Presentation helpers (kept here so templates and other apps read the same answer).
    def service_labels(self) -> list[str]:
        return [Service(s).label for s in Service.values if s in (self.services or [])]

    def language_labels(self) -> list[str]:
        return [Language(code).label for code in Language.values if code in (self.languages or [])]

    def offers(self, service: str) -> bool:
        return service in (self.services or [])

    @property
    def geo_uri(self) -> str:
        """A geo: URI (RFC 5870) that phones open in the map application the person chose."""
        return f"geo:{self.latitude},{self.longitude}"

    @property
    def osm_url(self) -> str:
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone or settings.TIME_ZONE)

    def canonical(self) -> ResourceCentrePage:
        """The source-language (Kazakh) page: requests, staff and reports attach to it."""
        from wagtail.models import Locale

        try:
            default = Locale.get_default()
        except Locale.DoesNotExist:
            return self
        if self.locale_id == default.pk:
            return self
        return (
            ResourceCentrePage.objects.filter(
                translation_key=self.translation_key, locale=default
            ).first()
            or self
        )

    def serve(self, request, *args, **kwargs):
        from .views import centre_page

        return centre_page(request, self)

    def is_open_at(self, moment: dt.datetime) -> bool:
        from .services import is_open_at

        return is_open_at(self, moment)

    def is_open_now(self) -> bool:
        return self.is_open_at(timezone.now())

    def weekly_hours(self) -> list[tuple[str, list[OpeningHours]]]:
        """Every weekday with its opening periods (an empty list means closed), for display."""
        rows = list(self.opening_hours.all())
        return [
            (label, [row for row in rows if row.weekday == value])
            for value, label in Weekday.choices
        ]

    def upcoming_exceptions(self, days: int = 60) -> list[OpeningException]:
        today = timezone.localdate(timezone=self.zone)
        end = today + dt.timedelta(days=days)
        return [row for row in self.hour_exceptions.all() if today <= row.date <= end]


class OpeningHours(Orderable):
    """One opening period on a weekday; a period that closes at or before it opens ends after midnight."""

    page = ParentalKey(ResourceCentrePage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(
        _("closes"), help_text=_("A time at or before the opening time means the next day.")
    )

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    @property
    def overnight(self) -> bool:
        return self.closes <= self.opens


class OpeningException(Orderable):
    """A date whose hours differ from the week's (a holiday, a short day): closed, or other hours."""

    page = ParentalKey(ResourceCentrePage, on_delete=models.CASCADE, related_name="hour_exceptions")
    date = models.DateField(_("date"))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=120, blank=True, help_text=_("e.g. Nauryz"))

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening exception")
        verbose_name_plural = _("opening exceptions")

    def clean(self) -> None:
        super().clean()
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError(
                _("Give the opening and closing times, or mark the day as closed.")
            )

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d}"


class CentreMembership(models.Model):
    """A member of a centre's staff: sees that centre's requests and enters its monthly figures."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="centre_memberships",
        verbose_name=_("user"),
    )
    centre = models.ForeignKey(
        ResourceCentrePage,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("centre"),
    )

    class Meta:
        verbose_name = _("centre staff membership")
        verbose_name_plural = _("centre staff memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "centre"], name="unique_centre_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.centre}"


class ConsultationTopic(models.TextChoices):
    COMMUNICATION = "communication", _("Arguments and communication")
    DIVORCE = "divorce", _("Divorce and children's residence")
    LEGAL = "legal", _("Legal questions")
    CHILDREN = "children", _("A child's worries or behaviour")
    SAFETY = "safety", _("Violence or feeling unsafe")
    OTHER = "other", _("Something else")


class ConsultationRequest(models.Model):
    """A request to be contacted by a centre; personal data, so kept briefly and shown to its staff only."""

    centre = models.ForeignKey(
        ResourceCentrePage,
        on_delete=models.CASCADE,
        related_name="consultation_requests",
        verbose_name=_("centre"),
    )
    name = models.CharField(_("first name or alias"), max_length=60)
    contact = models.CharField(_("phone or e-mail"), max_length=120)
    topic = models.CharField(_("topic"), max_length=20, choices=ConsultationTopic.choices)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices
    )
    message = models.TextField(_("message"), max_length=1000, blank=True)
    consent = models.BooleanField(_("consent to be contacted"), default=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("consultation request")
        verbose_name_plural = _("consultation requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # No personal data in titles (admin breadcrumbs, logs).
        return _("Request of %(date)s") % {
            "date": timezone.localtime(self.created_at).strftime("%Y-%m-%d %H:%M")
        }


MIN_AGE, MAX_AGE = 16, 110


class MonthlyReport(models.Model):
    """A centre's anonymous figures for one month, entered by its staff."""

    centre = models.ForeignKey(
        ResourceCentrePage,
        on_delete=models.CASCADE,
        related_name="monthly_reports",
        verbose_name=_("centre"),
    )
    month = models.DateField(_("month"), help_text=_("Any day of the month; the first is stored."))
    applied = models.PositiveIntegerField(_("people who applied"))
    about_divorce = models.PositiveIntegerField(_("of them, about divorce"))
    reconciled = models.PositiveIntegerField(_("of those, agreed to reconcile"))
    with_children = models.PositiveIntegerField(_("people with children"))
    raised_residence = models.PositiveIntegerField(_("of them, raised the children's residence"))
    youngest_age = models.PositiveSmallIntegerField(_("youngest age"), null=True, blank=True)
    oldest_age = models.PositiveSmallIntegerField(_("oldest age"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("centre"),
        FieldPanel("month"),
        FieldRowPanel(
            [FieldPanel("applied"), FieldPanel("about_divorce"), FieldPanel("reconciled")]
        ),
        FieldRowPanel([FieldPanel("with_children"), FieldPanel("raised_residence")]),
        FieldRowPanel([FieldPanel("youngest_age"), FieldPanel("oldest_age")]),
    ]

    class Meta:
        verbose_name = _("monthly report")
        verbose_name_plural = _("monthly reports")
        ordering = ["-month", "centre__title"]
        constraints = [
            models.UniqueConstraint(fields=["centre", "month"], name="one_report_per_centre_month")
        ]

    def __str__(self) -> str:
        return f"{self.centre} — {self.month:%Y-%m}"

    def save(self, *args, **kwargs):
        if self.month:
            self.month = self.month.replace(day=1)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.month:
            self.month = self.month.replace(day=1)
        errors: dict[str, list] = {}

        def add(field: str, message) -> None:
            errors.setdefault(field, []).append(message)

        def known(*values) -> bool:
            return all(v is not None for v in values)

        if known(self.about_divorce, self.applied) and self.about_divorce > self.applied:
            add(
                "about_divorce",
                _("People about divorce cannot be more than the people who applied."),
            )
        if known(self.reconciled, self.about_divorce) and self.reconciled > self.about_divorce:
            add(
                "reconciled",
                _("People who agreed to reconcile cannot be more than the people about divorce."),
            )
        if known(self.with_children, self.applied) and self.with_children > self.applied:
            add(
                "with_children",
                _("People with children cannot be more than the people who applied."),
            )
        if (
            known(self.raised_residence, self.with_children)
            and self.raised_residence > self.with_children
        ):
            add(
                "raised_residence",
                _(
                    "People who raised the children's residence cannot be more than the people "
                    "with children."
                ),
            )
        for field in ("youngest_age", "oldest_age"):
            value = getattr(self, field)
            if value is not None and not MIN_AGE <= value <= MAX_AGE:
                add(
                    field,
                    _("An age must be between %(min)d and %(max)d.")
                    % {"min": MIN_AGE, "max": MAX_AGE},
                )
        if (
            known(self.youngest_age, self.oldest_age)
            and "youngest_age" not in errors
            and "oldest_age" not in errors
            and self.youngest_age > self.oldest_age
        ):
            add("oldest_age", _("The oldest age cannot be lower than the youngest age."))
        if self.applied and (self.youngest_age is None or self.oldest_age is None):
            add("youngest_age", _("Give the youngest and oldest ages when people applied."))
        if self.month and self.centre_id:
            duplicate = MonthlyReport.objects.filter(
                centre_id=self.centre_id, month=self.month
            ).exclude(pk=self.pk)
            if duplicate.exists():
                add("month", _("This centre already has a report for this month."))
        if self.month and self.month > timezone.localdate().replace(day=1):
            add("month", _("A report cannot be entered for a future month."))
        if errors:
            raise ValidationError(errors)

    def validate_constraints(self, exclude=None) -> None:
        # The duplicate month is reported by clean() with a clearer message.
        exclude = set(exclude or ()) | {"month"}
        super().validate_constraints(exclude=exclude)


class StatisticsPage(RoutablePageMixin, Page):
    """The public outcome figures at /<lang>/statistics/: charts, a table and a CSV download."""

    intro = models.TextField(_("introduction"), max_length=800, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("outcome statistics page")

    @path("")
    def report(self, request):
        from .views import statistics

        return statistics(request, self)

    @path("csv/")
    def csv(self, request):
        from .views import statistics_csv

        return statistics_csv(request, self)
