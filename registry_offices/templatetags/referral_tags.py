"""{% office_referrals office "course" %}: the office's own centres with a consultation link.

A tag (not view context) so that a page of another app shows the block with one include and
no change to its view; the centres come from the shared cache (see referrals.cached_referrals).
"""

from __future__ import annotations

from django import template
from django.utils import translation

from ..models import RegistryOffice
from ..referrals import cached_referrals

register = template.Library()


@register.inclusion_tag("registry_offices/referrals/centres.html", takes_context=True)
def office_referrals(
    context: template.Context, office: RegistryOffice | None, source: str, heading_level: int = 2
) -> dict:
    request = context.get("request")
    return {
        "referrals": cached_referrals(office, translation.get_language(), source, request),
        "heading_level": heading_level,
        "printed": False,
    }
