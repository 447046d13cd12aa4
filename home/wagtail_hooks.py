from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
