"""{% office_referrals office "course" %}: the office's own centres with a consultation link.

A tag (not view context) so that a page of another app shows the block with one include and
no change to its view. The block is kept as rendered for the minute it is drawn in: what it
shows (the centres, their links, today's hours in each centre's time zone) changes only with
the page-cache generation (a centre published, its hours changed) or the clock, and the
learner's course page drew it on every visit (a quarter of that page's time).
"""

from __future__ import annotations

from django import template
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from home.pagecache import current_generation, versioned_fragment

from ..models import RegistryOffice
from ..referrals import cached_referrals

register = template.Library()

TEMPLATE = "registry_offices/referrals/centres.html"


@register.simple_tag(takes_context=True)
def office_referrals(
    context: template.Context, office: RegistryOffice | None, source: str, heading_level: int = 2
) -> SafeString:
    if office is None:
        return mark_safe("")
    language = translation.get_language()
    minute = timezone.now().strftime("%Y%m%d%H%M")

    def render() -> str:
        referrals = cached_referrals(office, language, source, context.get("request"))
        values = {"referrals": referrals, "heading_level": heading_level, "printed": False}
        return get_template(TEMPLATE).render(values)

    html = versioned_fragment(
        f"referrals-html:{current_generation()}:{office.pk}:{language}:{source}:"
        f"{heading_level}:{minute}",
        render,
        seconds=60,
    )
    return mark_safe(html)  # noqa: S308 - rendered from our template just above
