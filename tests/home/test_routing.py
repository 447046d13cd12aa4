"""Routing and privacy from the shared cache (home/routing.py): an uncached public page costs at most
ten queries, and a renamed, unpublished or restricted page changes on the very next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage, StandardPage
from resource_centers.models import ResourceCentrePage

pytestmark = pytest.mark.django_db

PUBLIC_PAGE_QUERIES = 10


def _public_urls() -> dict[str, str]:
    """The public pages `make bench` measures, from the demo content."""
    course_en = CoursePage.objects.get(slug="preparing-for-family-life", locale__language_code="en")
    school_course = CoursePage.objects.get(audience="school", locale__language_code="kk")
    return {
        "home": HomePage.objects.get(locale__language_code="kk").url,
        "standard page": StandardPage.objects.filter(locale__language_code="ru")[0].url,
        "catalogue": CourseIndexPage.objects.get(locale__language_code="kk").url,
        "catalogue filtered": "/en/courses/?audience=family",
        "course": CoursePage.objects.get(
            slug="preparing-for-family-life", locale__language_code="ru"
        ).url,
        "lesson with quiz": LessonPage.objects.child_of(course_en).order_by("path")[2].url,
        "school lesson plan": LessonPage.objects.child_of(school_course).order_by("path")[0].url,
        "centre directory": "/ru/centres/",
        "centre directory filtered": "/ru/centres/?city=almaty&service=mediator",
        "centre": ResourceCentrePage.objects.get(locale__language_code="ru", slug="almaty-1").url,
        "statistics": "/kk/statistics/",
        "statistics CSV": "/ru/statistics/csv/?year=2019",
        "search": "/en/search/?q=family",
    }


def test_every_public_page_is_rendered_in_ten_queries_or_fewer(client, demo_content, settings):
    settings.PAGE_CACHE_ENABLED = False  # each request renders the page
    counts = {}
    for name, url in _public_urls().items():
        client.get(url)  # as on a running site: routes and shared fragments already known
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, name
        counts[name] = len(queries)
    assert max(counts.values()) <= PUBLIC_PAGE_QUERIES, counts


def test_a_renamed_page_answers_at_its_new_address_at_once(client, site_pages):
    about = site_pages["about"]["ru"]
    old_url = about.url
    assert client.get(old_url).status_code == 200  # its route is now remembered
    about.slug = "o-nas"
    about.save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert "О проекте" in client.get("/ru/o-nas/").content.decode()


def test_an_unpublished_page_is_gone_at_once(client, site_pages):
    about = site_pages["about"]["kk"]
    url = about.url
    assert client.get(url).status_code == 200
    about.unpublish()
    assert client.get(url).status_code == 404


def test_a_page_made_private_asks_for_sign_in_on_the_next_request(client, site_pages):
    about = site_pages["about"]["en"]
    url = about.url
    assert client.get(url).status_code == 200
    assert f'href="{url}"' in client.get("/en/").content.decode()  # in the menu
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    # Nor is it listed where public pages are (the menu, search).
    home_html = client.get("/en/").content.decode()
    assert f'href="{url}"' not in home_html
    restriction.delete()
    assert client.get(url).status_code == 200


def test_a_restricted_course_leaves_the_catalogue_at_once(client, demo_content):
    course = CoursePage.objects.get(slug="preparing-for-family-life", locale__language_code="ru")
    catalogue = CourseIndexPage.objects.get(locale__language_code="ru").url
    assert course.url in client.get(catalogue).content.decode()
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    assert course.url not in client.get(catalogue).content.decode()
    lesson = LessonPage.objects.child_of(course).first()
    response = client.get(lesson.url)  # its lessons too: the restriction covers the section
    assert response.status_code == 302


def test_a_remembered_page_costs_no_query_and_a_publish_shows_at_once(
    client, site_pages, settings, django_assert_max_num_queries
):
    """An anonymous visitor gets the page as remembered with its route (no query for it); the
    next publish moves the generation, so the new text shows on the very next request."""
    settings.PAGE_CACHE_ENABLED = False  # each request renders the page
    about = site_pages["about"]["ru"]
    client.get(about.url)  # the route and the page are now remembered
    with django_assert_max_num_queries(0):
        assert "О проекте" in client.get(about.url).content.decode()
    about.title = "О нас и о проекте"
    about.save_revision().publish()
    assert "О нас и о проекте" in client.get(about.url).content.decode()


def test_a_signed_in_editor_gets_the_page_from_the_database(admin_client, site_pages, settings):
    """Draft state (the editor's toolbar) changes without a publish: signed-in users never get
    the remembered copy of the page."""
    settings.PAGE_CACHE_ENABLED = False
    about = site_pages["about"]["ru"]
    admin_client.get(about.url)
    about.title = "Черновик страницы"
    about.save_revision()  # a draft: no publish, no new generation
    page = admin_client.get(about.url).context["page"]
    assert page.has_unpublished_changes and page.draft_title == "Черновик страницы"
