"""The translation editor's workflow actions (templates/wagtail_localize/admin/edit_translation.html)."""

from django import template

from home.translation_workflow import render_footer

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_workflow_footer(context, page, translation) -> str:
    """Rendered by a template, so already safe HTML."""
    return render_footer(context["request"], page, translation)
