"""The translation editor's workflow actions (templates/wagtail_localize/admin/edit_translation.html)."""

from django import template
from django.utils.translation import gettext as _

from home.translation_workflow import render_footer

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_workflow_footer(context, page, translation) -> str:
    """Rendered by a template, so already safe HTML."""
    return render_footer(context["request"], page, translation)


@register.simple_tag
def translation_editor_strings(source_locale, target_locale) -> dict[str, str]:
    """The English texts wagtail-localize's compiled editor writes, with their translations."""
    source, target = source_locale.get_display_name(), target_locale.get_display_name()
    return {
        f"{source} to {target} translation": _("%(source)s to %(target)s translation")
        % {"source": source, "target": target},
        "More actions": _("More actions"),
    }
