"""The directory's pages: the index (with the guide), each centre, and the statistics page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.choices import Language
from home.routing import CachedPrivacyMixin, PageViews, public_pages
from home.slugs import TransliteratedSlugMixin

from .choices import KAZAKHSTAN_TIME_ZONES, CentreKind, City, Service, Weekday
from .fields import ChoiceListField
from .hours import OpeningException, OpeningHours, open_at

# The pages' route views, registered by resource_centers/views/public.py (imported in apps.ready).
ROUTES = PageViews("resource_centers")

# Kazakhstan's bounding box, so that swapped or mistyped co-ordinates are caught when saved.
LATITUDE_RANGE = (Decimal("40.5"), Decimal("55.5"))
LONGITUDE_RANGE = (Decimal("46.4"), Decimal("87.4"))


class ResourceCentreIndexPage(CachedPrivacyMixin, TransliteratedSlugMixin, RoutablePageMixin, Page):
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
        verbose_name_plural = _("resource centre directories")

    # Views import models: the route views are registered in ROUTES by the views module.
    @path("")
    def directory(self, request):
        return ROUTES.serve("directory", request, self)

    @path("guide/")
    def guide(self, request):
        return ROUTES.serve("guide", request, self)


def attach_hours(centres: list[ResourceCentrePage]) -> None:
    """Give each centre its opening hours and the exceptions of the coming two months, in two
    queries for all of them.

    What `prefetch_related` would do, without modelcluster's prefetch path, which costs more than
    the directory's whole query (it builds and filters a manager per centre).
    """
    by_id = {centre.pk: centre for centre in centres}
    for centre in centres:
        centre.listing_hours, centre.listing_exceptions = [], []
    if not by_id:
        return
    today = timezone.localdate()
    # Plain rows with the fields the hours rule reads (hours.open_at, periods_on): a hundred
    # model instances, each with its init signals, would cost more than the query.
    hours = (
        OpeningHours.objects.filter(page_id__in=by_id)
        .order_by("page_id", "sort_order")
        .values_list("page_id", "weekday", "opens", "closes", named=True)
    )
    for row in hours:
        by_id[row.page_id].listing_hours.append(row)
    exceptions = (
        OpeningException.objects.filter(
            page_id__in=by_id,
            date__gte=today - dt.timedelta(days=1),
            date__lte=today + dt.timedelta(days=60),
        )
        .order_by("page_id", "sort_order")
        .values_list("page_id", "date", "closed", "opens", "closes", "note", named=True)
    )
    for row in exceptions:
        by_id[row.page_id].listing_exceptions.append(row)


class ResourceCentreQuerySet(PageQuerySet):
    _with_hours = False

    def _clone(self):
        clone = super()._clone()
        clone._with_hours = self._with_hours
        return clone

    def _fetch_all(self) -> None:
        fetched = self._result_cache is not None
        super()._fetch_all()
        if self._with_hours and not fetched:
            attach_hours([row for row in self._result_cache if isinstance(row, ResourceCentrePage)])

    def for_listing(self, parent: ResourceCentreIndexPage | None = None) -> ResourceCentreQuerySet:
        """Live public centres that come with their hours (`attach_hours`), so listing them costs
        a fixed number of queries (the exceptions of the coming two months only)."""
        queryset = public_pages(self.live())
        if parent is not None:
            queryset = queryset.child_of(parent)
        queryset = queryset.order_by("city", "-kind", "title")
        queryset._with_hours = True
        return queryset


class ResourceCentrePage(CachedPrivacyMixin, TransliteratedSlugMixin, RoutablePageMixin, Page):
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

    objects = PageManager.from_queryset(ResourceCentreQuerySet)()

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

    # Views import models: the route views are registered in ROUTES by the views module.
    @path("")
    def centre(self, request):
        return ROUTES.serve("centre", request, self)

    @path("request/", name="request")
    def consultation(self, request):
        return ROUTES.serve("consultation", request, self)

    def is_open_at(self, moment: dt.datetime) -> bool:
        """Whether the centre is open at an aware `moment`, read in the centre's own time zone.

        A centre from `for_listing` reads the hours it came with and makes no extra queries.
        """
        return open_at(moment.astimezone(self.zone), self.hour_rows(), self.exception_rows())

    def hour_rows(self) -> list[OpeningHours]:
        """The weekly hours: those it was listed with (`attach_hours`), else from the database."""
        listed = getattr(self, "listing_hours", None)
        return listed if listed is not None else list(self.opening_hours.all())

    def exception_rows(self) -> list[OpeningException]:
        """The exceptions: the coming two months' when listed (`attach_hours`), else all."""
        listed = getattr(self, "listing_exceptions", None)
        return listed if listed is not None else list(self.hour_exceptions.all())

    def is_open_now(self) -> bool:
        return self.is_open_at(timezone.now())

    def weekly_hours(self) -> list[tuple[str, list[OpeningHours]]]:
        """Every weekday with its opening periods (an empty list means closed), for display."""
        rows = self.hour_rows()
        return [
            (label, [row for row in rows if row.weekday == value])
            for value, label in Weekday.choices
        ]

    def upcoming_exceptions(self, days: int = 60) -> list[OpeningException]:
        today = timezone.localdate(timezone=self.zone)
        end = today + dt.timedelta(days=days)
        return [row for row in self.exception_rows() if today <= row.date <= end]


class StatisticsPage(CachedPrivacyMixin, TransliteratedSlugMixin, RoutablePageMixin, Page):
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
        verbose_name_plural = _("outcome statistics pages")

    # Views import models: the route views are registered in ROUTES by the views module.
    @path("")
    def report(self, request):
        return ROUTES.serve("statistics", request, self)

    @path("csv/")
    def csv(self, request):
        return ROUTES.serve("statistics_csv", request, self)
