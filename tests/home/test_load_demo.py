"""load_demo builds the demo site and a second run changes nothing."""

import io

import pytest
from django.apps import apps
from django.core.management import call_command

from home.management.commands.load_demo import demo_modules

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {
            "home",
            "resource_centers",
            "courses",
            "registry_offices",
            "certificates",
            "learning",
            "wagtailcore",
            "auth",
        }
        and not model._meta.proxy
    }


def test_load_demo_is_idempotent():
    first = io.StringIO()
    call_command("load_demo", stdout=first)
    assert "Demo logins" in first.getvalue()
    assert "admin" in first.getvalue()
    after_first = _counts()
    second = io.StringIO()
    call_command("load_demo", stdout=second)
    assert _counts() == after_first
    assert "Demo logins" not in second.getvalue()


def test_load_demo_builds_the_tree_in_three_languages(client, demo_content):
    from home.models import HomePage

    homes = HomePage.objects.live().select_related("locale")
    assert {h.locale.language_code for h in homes} == {"kk", "ru", "en"}
    assert len({h.translation_key for h in homes}) == 1
    for path in ("/kk/about/", "/ru/about/", "/en/privacy/"):
        assert client.get(path).status_code == 200


def test_demo_home_page_leads_to_the_courses_and_the_centres(client, demo_content):
    html = client.get("/ru/").content.decode()
    for path in ("/ru/courses/preparing-for-family-life/", "/ru/courses/family-life-at-school/"):
        assert f'class="card__link" href="{path}"' in html
    assert 'class="card__link" href="/ru/centres/"' in html
    menu = html.split('class="site-nav"')[1].split("</nav>")[0]
    positions = [menu.index(f'href="/ru/{slug}/"') for slug in ("courses", "centres", "about")]
    assert positions == sorted(positions), "the menu starts with the courses, then the centres"


def test_each_apps_demo_module_is_found_in_installed_apps_order():
    names = [module.__name__ for module in demo_modules()]
    assert names[:5] == [
        "home.demo",
        "resource_centers.demo",
        "courses.demo",
        "registry_offices.demo",
        "certificates.demo",  # the offices' signing keys, before any certificate is issued
    ]
    assert set(names[5:]) <= {
        "learning.demo",
        "classroom.demo",
        "notices.demo",
        "evaluation.demo",
    }, "only the project's apps have demo modules"
    order = [app.name for app in apps.get_app_configs()]
    assert names == sorted(names, key=lambda name: order.index(name.removesuffix(".demo")))
