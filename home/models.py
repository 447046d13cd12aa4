"""Pages and settings that belong to the site as a whole."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import ModelLogEntry, Page, TranslatableMixin
from wagtail.search import index

from .admin_scope import ScopedLogEntryManager
from .blocks import GeneralStreamBlock
from .routing import CachedPrivacyMixin
from .slugs import TransliteratedSlugMixin


class HomePage(CachedPrivacyMixin, TransliteratedSlugMixin, Page):
    """The root of each language's tree; explains what the platform is for."""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("One or two sentences under the title that say what the platform is for."),
    )
    body = StreamField(GeneralStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 3

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(CachedPrivacyMixin, TransliteratedSlugMixin, Page):
    """A plain page such as "About" or "Privacy"."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(GeneralStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details shown in every page's footer (the same in every language)."""

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    emergency_phone = models.CharField(
        _("emergency phone"),
        max_length=20,
        default="112",
        help_text=_("Shown in the footer of every page for anyone in danger."),
    )
    crisis_line = models.CharField(
        _("crisis line"),
        max_length=40,
        blank=True,
        help_text=_("A free psychological help line, shown next to the emergency number."),
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
        FieldPanel("emergency_phone"),
        FieldPanel("crisis_line"),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")


class FooterText(TranslatableMixin, models.Model):
    """The footer's text, one per language (a snippet, translated like pages)."""

    body = RichTextField(_("footer text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self) -> str:
        return _("Footer text (%(language)s)") % {"language": self.locale.language_code}


class ScopedModelLogEntry(ModelLogEntry):
    """Wagtail's log of plain models (the same table), whose site history shows each user only
    the rows of their own offices or centres (home/admin_scope.py; registered in wagtail_hooks)."""

    objects = ScopedLogEntryManager()

    class Meta:
        proxy = True
        # Its own names: Django would make "scoped model log entrys" of the class name, and the
        # history screens print them.
        verbose_name = _("history entry")
        verbose_name_plural = _("history entries")
