"""The editor's slug field transliterates a Kazakh title the way the server does (home/slugs.py)."""

import pytest
from playwright.sync_api import expect

from tests.journeys.admin import PASSWORD, admin_login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def kazakh_home(transactional_db, django_user_model):
    from wagtail.users.models import UserProfile

    from home import demo

    homes = demo.ensure_home_translations(demo.ensure_site())
    admin = django_user_model.objects.create_superuser("slug-admin", password=PASSWORD)
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "kk"
    profile.save()
    return homes["kk"]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Ұрпақ тәрбиесі: әке мен ананың рөлі", "urpaq-tarbiesi-ake-men-ananyn-roli"),
        ("Өңір", "onir"),
    ],
)
def test_typing_a_kazakh_title_gives_a_readable_slug(
    kazakh_home, live_server, browser, title, slug
):
    context, page = admin_login(browser, live_server.url, "slug-admin")
    page.goto(f"{live_server.url}/admin/pages/add/home/standardpage/{kazakh_home.pk}/")
    page.locator("#id_title").press_sequentially(title)
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value(slug)
    context.close()
