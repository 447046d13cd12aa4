from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.wagtail_hooks import TranslationsReportMenuItem

from .models import FooterText
from .widgets import TransliteratingSlugInput

# Every slug field in the admin (pages of all apps, snippets) transliterates Kazakh titles; this
# replaces Wagtail's own registration of SlugInput for SlugField.
register_form_field_override(models.SlugField, override={"widget": TransliteratingSlugInput})


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    menu_label = _("Footer text")
    add_to_settings_menu = True


register_snippet(FooterTextViewSet)


@hooks.register("construct_reports_menu")
def translate_the_translations_report(request, menu_items) -> None:
    """wagtail-localize labels its report with a non-lazy gettext when the menu is first built, so
    the label stays in whichever language that first request had; a lazy label follows each user."""
    for item in menu_items:
        if isinstance(item, TranslationsReportMenuItem):
            item.label = _("Translations")
