"""Template tags other apps use to point people to help: centre lists, "find help", "need help?".

{% load centre_tags %}
{% centres_for_city "almaty" %}          centres of a city in the active language
{% centre_list centres %}                 any list of ResourceCentrePage (e.g. a course's)
{% find_help_by_city %}                   the home page's city picker
{% need_help %}                           a compact link to the guide and the emergency numbers
{% centre_directory_url as url %}         the directory's URL in the active language
"""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.utils import timezone, translation

from home.translation import active_locale
from resource_centers.directory import DirectorySummary, directory_summary
from resource_centers.models import City, ResourceCentrePage

register = template.Library()


def _summary() -> DirectorySummary | None:
    return directory_summary(translation.get_language())


@register.simple_tag
def centre_directory_url() -> str:
    summary = _summary()
    return summary.url if summary else ""


def _with_open_now(centres: Iterable[ResourceCentrePage]) -> list[ResourceCentrePage]:
    now = timezone.now()
    listed = list(centres)
    for centre in listed:
        centre.open_now = centre.is_open_at(now)
    return listed


@register.inclusion_tag("resource_centers/includes/centre_list.html", takes_context=True)
def centre_list(
    context: template.Context, centres: Iterable[ResourceCentrePage], heading: str = ""
):
    """A list of centres as cards (pass a queryset with hours prefetched to keep queries flat)."""
    return {
        "request": context.get("request"),
        "centres": _with_open_now(centres),
        "heading": heading,
    }


@register.inclusion_tag("resource_centers/includes/centre_list.html", takes_context=True)
def centres_for_city(context: template.Context, city: str, heading: str = ""):
    """The live centres of a city (a City key such as "almaty") in the active language."""
    centres = ResourceCentrePage.objects.for_listing().filter(city=city, locale=active_locale())
    return {
        "request": context.get("request"),
        "centres": _with_open_now(centres),
        "heading": heading,
    }


@register.inclusion_tag("resource_centers/includes/find_help_by_city.html")
def find_help_by_city():
    """The home page's block: pick a city, land on the directory filtered to it."""
    summary = _summary()
    labels = dict(City.choices)
    return {
        "directory_url": summary.url if summary else "",
        "cities": [(key, labels[key]) for key, _ in summary.cities] if summary else [],
    }


@register.inclusion_tag("resource_centers/includes/need_help.html")
def need_help():
    """A compact "need help?" line for any page: the guide, 112 and the crisis line."""
    url = centre_directory_url()
    return {"directory_url": url, "guide_url": f"{url}guide/" if url else ""}
