"""Readable ASCII slugs from Kazakh and Russian titles (home/slugs.py), on the server and in forms."""

import pytest
from django.urls import reverse

from home.models import StandardPage
from home.slugs import slugify_title, transliterate

TITLE = "Ұрпақ тәрбиесі: әке мен ананың рөлі"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (TITLE, "urpaq-tarbiesi-ake-men-ananyn-roli"),
        ("Өңір", "onir"),
        ("ҒАЛАМ ҺӘМ ҚҰС", "galam-ham-qus"),
        ("Подготовка к семейной жизни", "podgotovka-k-semeinoi-jizni"),
        ("Щедрость, объём, Юля и Яна", "shchedrost-obiom-iulia-i-iana"),
        ("Family life 2026", "family-life-2026"),
        ("«»!", ""),
    ],
)
def test_slugify_title(title, slug):
    assert slugify_title(title) == slug


def test_every_kazakh_letter_has_an_ascii_spelling():
    letters = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
    latin = transliterate(letters + letters.upper())
    assert latin.isascii() and latin.isalpha()


@pytest.mark.django_db
def test_a_new_page_without_a_slug_gets_a_transliterated_one(site_pages):
    home = site_pages["home"]["kk"]
    page = home.add_child(instance=StandardPage(title=TITLE))
    assert page.slug == "urpaq-tarbiesi-ake-men-ananyn-roli"
    twin = home.add_child(instance=StandardPage(title=TITLE))
    assert twin.slug == "urpaq-tarbiesi-ake-men-ananyn-roli-2"


@pytest.mark.django_db
def test_an_existing_slug_is_kept(site_pages):
    about = site_pages["about"]["kk"]
    about.title = "Өңір"
    about.save_revision().publish()
    about.refresh_from_db()
    assert about.slug == "about"


@pytest.mark.django_db
def test_the_editor_slug_field_carries_the_table(client, django_user_model, site_pages):
    admin = django_user_model.objects.create_superuser("editor-slugs", password="x-pass-123")
    client.force_login(admin)
    home = site_pages["home"]["kk"]
    html = client.get(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    ).content.decode()
    assert 'data-controller="w-slug"' in html
    assert "data-w-slug-formatters-value" in html and "\\u04e9" in html.lower()


@pytest.mark.django_db
def test_every_page_type_of_the_site_transliterates(site_pages):
    """Courses, lessons and centre pages made in code get the same readable slugs."""
    from courses.models import CourseIndexPage, CoursePage, LessonPage
    from resource_centers.models import ResourceCentreIndexPage

    home = site_pages["home"]["kk"]
    index = home.add_child(instance=CourseIndexPage(title="Курстар"))
    course = index.add_child(instance=CoursePage(title="Өңір", audience="family", summary="."))
    lesson = course.add_child(instance=LessonPage(title=TITLE))
    centres = home.add_child(instance=ResourceCentreIndexPage(title="Орталықтар"))
    assert [index.slug, course.slug, lesson.slug, centres.slug] == [
        "kurstar",
        "onir",
        "urpaq-tarbiesi-ake-men-ananyn-roli",
        "ortalyqtar",
    ]
