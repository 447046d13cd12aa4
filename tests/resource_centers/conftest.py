"""Fixtures for the centres: a directory with a few centres in kk and ru, staff of two centres."""

import datetime as dt
from decimal import Decimal

import pytest


def make_centre(directory: dict, slug: str, city: str = "almaty", **fields):
    """A published centre under the kk directory, with a ru translation; Mon–Fri 09–18 by default."""
    from home.demo import translation_of
    from resource_centers.models import OpeningHours, ResourceCentrePage

    hours = fields.pop("hours", [(d, "09:00", "18:00") for d in range(5)])
    exceptions = fields.pop("exceptions", [])
    page = ResourceCentrePage(
        title=fields.pop("title", f"Орталық {slug}"),
        slug=slug,
        city=city,
        kind=fields.pop("kind", "centre"),
        address=fields.pop("address", "Абай даңғ., 1"),
        phone="+7 727 000 00 00",
        services=fields.pop("services", ["psychologist", "mediator"]),
        languages=["kk", "ru"],
        latitude=Decimal("43.238949"),
        longitude=Decimal("76.945465"),
        **fields,
    )
    page.opening_hours = [
        OpeningHours(weekday=d, opens=dt.time.fromisoformat(o), closes=dt.time.fromisoformat(c))
        for d, o, c in hours
    ]
    page.hour_exceptions = exceptions
    directory["kk"].add_child(instance=page)
    page.save_revision().publish()
    translation_of(page, "ru", title=f"Центр {slug}", address="пр. Абая, 1")
    return page


@pytest.fixture
def centre_site(site_pages):
    """Directory and statistics pages in kk/ru/en plus two Almaty centres and one in Astana."""
    from resource_centers import demo

    directory = demo.ensure_directory(site_pages["home"])
    statistics = demo.ensure_statistics(site_pages["home"])
    centres = {
        "a": make_centre(directory, "almaty-a", "almaty", services=["psychologist", "mediator"]),
        "b": make_centre(directory, "almaty-b", "almaty", services=["lawyer"]),
        "c": make_centre(directory, "astana-c", "astana", services=["mediator", "lawyer"]),
    }
    return {"directory": directory, "statistics": statistics, "centres": centres, **site_pages}


@pytest.fixture
def staff(centre_site, django_user_model):
    """Two staff users in the Centre staff group: one of centre a, one of centre b."""
    from django.contrib.auth.models import Group

    from resource_centers.models import CentreMembership

    group = Group.objects.get(name="Centre staff")
    users = {}
    for key in ("a", "b"):
        user = django_user_model.objects.create_user(f"staff_{key}", password="pw-staff-123")
        user.groups.add(group)
        CentreMembership.objects.create(user=user, centre=centre_site["centres"][key])
        users[key] = user
    return users
