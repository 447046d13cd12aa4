"""Registry offices and who works at each: every clerk screen is scoped through memberships.

`__str__` of every model in this package is free of personal data because Wagtail writes it into
its history log and page titles.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Orderable

from resource_centers.models import City


class RegistryOffice(ClusterableModel):
    """A civil registry office (АХАТ / ЗАГС).

    The name is three plain fields rather than a TranslatableMixin snippet: an office is one place
    with one code, address and staff, and applications and memberships point at it. Translatable
    rows would make one office three rows and every foreign key pick one of them; three fields keep
    one admin form and one row, and `name` picks the active language.
    """

    name_kk = models.CharField(_("name in Kazakh"), max_length=200)
    name_ru = models.CharField(_("name in Russian"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200)
    code = models.SlugField(
        _("code"),
        max_length=30,
        unique=True,
        help_text=_("A short stable code, e.g. astana-1; it prefixes application numbers."),
    )
    city = models.CharField(_("city"), max_length=30, choices=City.choices)
    address = models.CharField(_("address"), max_length=255)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("As people should read it, e.g. Mon–Fri 9:00–18:00."),
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder days before the due date"),
        default=3,
        validators=[MaxValueValidator(30)],
        help_text=_(
            "A partner who agreed to notices and has not finished the course is reminded this "
            "many days before the due date (0: no reminders)."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")],
            heading=_("Name"),
        ),
        FieldRowPanel([FieldPanel("code"), FieldPanel("city")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("opening_hours")]),
        FieldPanel("reminder_days"),
        InlinePanel(
            "resource_centres",
            label=_("Resource centre"),
            heading=_("Resource centres to refer couples to, nearest first"),
        ),
        InlinePanel("memberships", label=_("Staff"), heading=_("Clerks and office heads")),
    ]

    class Meta:
        verbose_name = _("registry office")
        verbose_name_plural = _("registry offices")
        ordering = ["city", "code"]
        permissions = [
            ("view_office_report", _("Can see the reports of their own office")),
            ("view_all_offices_report", _("Can see aggregate reports of every office")),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, falling back to Kazakh."""
        language = (translation.get_language() or "kk")[:2]
        return getattr(self, f"name_{language}", "") or self.name_kk

    def name_in(self, language: str) -> str:
        return getattr(self, f"name_{language}", "") or self.name_kk


class OfficeResourceCentre(Orderable):
    """A resource centre an office refers couples to; the order is nearest first."""

    office = ParentalKey(RegistryOffice, on_delete=models.CASCADE, related_name="resource_centres")
    centre = models.ForeignKey(
        "resource_centers.ResourceCentrePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("resource centre"),
    )

    panels = [PageChooserPanel("centre", page_type="resource_centers.ResourceCentrePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("resource centre of the office")
        verbose_name_plural = _("resource centres of the office")
        constraints = [
            models.UniqueConstraint(fields=["office", "centre"], name="unique_office_centre")
        ]

    def __str__(self) -> str:
        return str(self.centre_id)


class OfficeMembership(models.Model):
    """A user working at an office; every clerk screen is scoped through these rows."""

    class Role(models.TextChoices):
        CLERK = "clerk", _("Clerk")
        HEAD = "head", _("Office head")

    office = ParentalKey(RegistryOffice, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="office_memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.CLERK)

    panels = [FieldRowPanel([FieldPanel("user"), FieldPanel("role")])]

    class Meta:
        verbose_name = _("office membership")
        verbose_name_plural = _("office memberships")
        constraints = [
            models.UniqueConstraint(fields=["office", "user"], name="unique_office_membership")
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} #{self.user_id}"


def copied_office() -> models.ForeignKey:
    """The application's office copied onto a row that hangs off it (assignments 0056, partners
    0057), so a list filters one office's rows by an index of its own. Nullable (rows the
    release before wrote lack it until `backfill_office_copies`), with no database constraint
    (adding one validates the whole table under lock; the application already protects the
    office) and no index of its own (each copy is indexed with what it is filtered by)."""
    return models.ForeignKey(
        "registry_offices.RegistryOffice",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("registry office"),
    )
