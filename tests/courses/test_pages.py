"""What visitors see: catalogue, course and lesson pages, page types, search, API, query counts."""

import pytest
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from courses.demo import ensure_course, ensure_lesson
from courses.models import CourseIndexPage, CoursePage, LessonPage

from .sample import QUIZ, course, lesson

pytestmark = pytest.mark.django_db


def test_page_types_nest_strictly():
    assert CourseIndexPage.parent_page_types == ["home.HomePage"]
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_parent_page_models() == [CourseIndexPage]
    assert CoursePage.allowed_subpage_models() == [LessonPage]
    assert LessonPage.allowed_parent_page_models() == [CoursePage]
    assert LessonPage.allowed_subpage_models() == []


def test_search_and_api_fields_cover_the_content():
    def names(fields):
        return {f.field_name for f in fields}

    assert {"intro"} <= names(CourseIndexPage.search_fields)
    assert {"summary", "learning_outcomes", "audience"} <= names(CoursePage.search_fields)
    assert {"summary", "body"} <= names(LessonPage.search_fields)
    assert {f.name for f in CourseIndexPage.api_fields} == {"intro"}
    assert {"audience", "summary", "learning_outcomes", "cover_image", "pass_mark_percent"} <= {
        f.name for f in CoursePage.api_fields
    }
    assert {f.name for f in LessonPage.api_fields} == {"summary", "estimated_minutes", "body"}


def test_catalogue_lists_courses_with_outline_and_filters_by_audience(catalogue, client):
    html = client.get("/ru/courses/").content.decode()
    assert "Курс ready-for-family (ru)" in html and "Курс school-feelings (ru)" in html
    assert "Урок 2: слушание" in html  # the outline
    assert 'href="/ru/learn/"' in html
    assert "Have an access code" not in html  # the call to action is in Russian
    school = client.get("/ru/courses/?audience=school").content.decode()
    assert "Курс school-feelings (ru)" in school and "Курс ready-for-family (ru)" not in school
    assert 'aria-current="true">' in school
    # An unknown audience shows everything rather than failing.
    assert client.get("/ru/courses/?audience=nope").status_code == 200


def test_the_catalogue_cards_follow_a_published_change_at_once(catalogue, client, settings):
    """The cards are kept between renderings (CourseIndexPage.shown_courses); a publish of a
    course or a lesson moves the generation they are kept under."""
    settings.PAGE_CACHE_ENABLED = False  # the rendering itself, every time
    assert "Курс ready-for-family (ru)" in client.get("/ru/courses/").content.decode()
    course = CoursePage.objects.get(title="Курс ready-for-family (ru)")
    course.title = "Готовимся к семье"
    course.save_revision().publish()
    lesson = LessonPage.objects.child_of(course).order_by("path").first()
    lesson.title = "Первый шаг"
    lesson.save_revision().publish()
    html = client.get("/ru/courses/").content.decode()
    assert "Готовимся к семье" in html and "Первый шаг" in html
    assert "Курс ready-for-family (ru)" not in html
    lesson.unpublish()
    assert "Первый шаг" not in client.get("/ru/courses/").content.decode()


def test_a_kept_catalogue_never_makes_its_cover_images_again(
    catalogue, client, settings, monkeypatch
):
    """The cards are kept with their covers' renditions: a catalogue kept before a cover had any
    would otherwise resize the image on every rendering (make bench saw it 40x slower)."""
    from wagtail.images import get_image_model

    settings.PAGE_CACHE_ENABLED = False
    get_image_model().get_rendition_model().objects.all().delete()
    made = []
    original = get_image_model().create_renditions

    def counting(image, *filters):
        made.extend(f.spec for f in filters)
        return original(image, *filters)

    monkeypatch.setattr(get_image_model(), "create_renditions", counting)
    first = client.get("/ru/courses/").content.decode()
    assert "fill-400x225" in first and "fill-800x450" in first
    assert made  # the first rendering made the covers' renditions
    made.clear()
    for _ in range(2):
        html = client.get("/ru/courses/").content.decode()
        assert "fill-800x450" in html
    assert made == []


def test_course_page_shows_lessons_outcomes_and_rules(catalogue, client):
    html = client.get("/en/courses/ready-for-family/").content.decode()
    for text in (
        "Course ready-for-family",
        "Listen well",
        "Lesson 1: listening",
        "70%",
        "12 months",
    ):
        assert text in html
    assert 'href="/en/learn/"' in html
    assert "srcset=" in html  # the cover image as renditions


def test_lesson_pages_link_previous_and_next(catalogue, client):
    first = client.get("/kk/courses/ready-for-family/listening/").content.decode()
    middle = client.get("/kk/courses/ready-for-family/budget/").content.decode()
    last = client.get("/kk/courses/ready-for-family/help/").content.decode()
    assert 'rel="prev"' not in first and 'href="/kk/courses/ready-for-family/budget/"' in first
    assert 'rel="prev" href="/kk/courses/ready-for-family/listening/"' in middle
    assert 'rel="next" href="/kk/courses/ready-for-family/help/"' in middle
    assert 'rel="next"' not in last and 'href="/kk/courses/ready-for-family/"' in last


def test_school_lessons_carry_a_printable_lesson_plan(catalogue, client):
    html = client.get("/ru/courses/school-feelings/feelings-grades-5-6/").content.decode()
    assert "lesson--school" in html and "data-print" in html
    for text in ("Называть чувства", "Игра с карточками", "Карта чувств", "Радость, грусть."):
        assert text in html
    assert (
        "lesson--school" not in client.get("/ru/courses/ready-for-family/budget/").content.decode()
    )


def test_site_search_finds_lessons_in_the_visitors_language(catalogue, client):
    html = client.get("/ru/search/?q=слушание").content.decode()
    assert "/ru/courses/ready-for-family/listening/" in html
    assert "/kk/courses/" not in html


def test_search_results_quote_the_lesson_text_in_a_few_queries(
    catalogue, client, django_assert_max_num_queries
):
    """The excerpt comes from the search index's text of each result (one query for all), not
    from each page's StreamField: the count stays put however many results and page types."""
    client.get("/ru/search/?q=пары")  # warm the site-root cache as a running server would
    with django_assert_max_num_queries(5):
        html = client.get("/ru/search/?q=пары").content.decode()
    assert "/ru/courses/ready-for-family/listening/" in html
    assert "<mark>Пары</mark> часто не слушают" in html


def test_search_never_quotes_a_quiz_explanation(catalogue, client):
    """The explanation names the right answer: it is not indexed, so no result can quote it."""
    html = client.get("/ru/search/?q=пересказывает").content.decode()
    assert 'class="search-results"' not in html and "Слушающий" not in html
    assert (
        "<mark>активное</mark> слушание?" in client.get("/ru/search/?q=активное").content.decode()
    )


def test_images_in_a_lesson_are_served_as_renditions_with_srcset(catalogue, client):
    from wagtail.images.models import Image

    image = Image.objects.create(title="Couple", file=get_test_image_file(size=(1600, 900)))
    page = LessonPage.objects.get(slug="listening", locale__language_code="kk")
    page.body.append(
        ("image", {"image": image, "alt_text": "Екеуі сөйлесіп отыр", "caption": "Сөйлесу"})
    )
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'alt="Екеуі сөйлесіп отыр"' in html
    assert "srcset=" in html and "width-400" in html.replace(".", "-") or "400w" in html
    assert "<figcaption>Сөйлесу</figcaption>" in html


# Query counts: the same number of queries whatever the amount of content.


def _make_course(index: CourseIndexPage, slug: str, lessons: int, sections: int = 1) -> CoursePage:
    data = course(slug, "premarital", [])
    page = ensure_course(index, data)
    for n in range(lessons):
        item = lesson(f"lesson-{n}", n + 1)
        item["sections"] = item["sections"] * sections
        ensure_lesson(page, data, item)
    return page


def _queries(client, django_assert_max_num_queries, path: str) -> int:
    """The queries of the page's first rendering after a publish (its kept fragments, such as
    the catalogue's cards and a course's lessons, made afresh); a second costs no more."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home import pagecache

    client.get(path)  # warm what lasts across publishes (renditions) as a running site would
    pagecache.forget_pages()  # as a publish does: every kept fragment is made again
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200
    with django_assert_max_num_queries(len(ctx.captured_queries)):
        client.get(path)
    return len(ctx.captured_queries)


@pytest.fixture
def kk_index(site_pages):
    home = site_pages["home"]["kk"]
    index = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    index.save_revision().publish()
    return index


def test_catalogue_queries_do_not_grow_with_courses(
    kk_index, client, django_assert_max_num_queries
):
    _make_course(kk_index, "one", lessons=2)
    few = _queries(client, django_assert_max_num_queries, "/kk/courses/")
    for n in range(7):
        _make_course(kk_index, f"more-{n}", lessons=3)
    many = _queries(client, django_assert_max_num_queries, "/kk/courses/")
    assert many <= few, (few, many)
    with django_assert_max_num_queries(few):
        assert client.get("/kk/courses/?audience=premarital").status_code == 200
    assert few <= 20, few


def test_course_page_queries_do_not_grow_with_lessons(
    kk_index, client, django_assert_max_num_queries
):
    small = _make_course(kk_index, "small", lessons=3)
    big = _make_course(kk_index, "big", lessons=30)
    few = _queries(client, django_assert_max_num_queries, small.url)
    many = _queries(client, django_assert_max_num_queries, big.url)
    assert many <= few, (few, many)


def test_lesson_queries_do_not_grow_with_siblings_or_blocks(
    kk_index, client, django_assert_max_num_queries
):
    from wagtail.images.models import Image

    small = _make_course(kk_index, "small", lessons=3)
    big = _make_course(kk_index, "big", lessons=30)
    few = _queries(client, django_assert_max_num_queries, small.get_children().first().url)
    many_siblings = _queries(client, django_assert_max_num_queries, big.get_children()[15].url)
    assert many_siblings <= few, (few, many_siblings)

    images = [
        Image.objects.create(title=f"Image {n}", file=get_test_image_file()) for n in range(3)
    ]

    def lesson_with_blocks(count: int) -> LessonPage:
        page = LessonPage.objects.child_of(small).order_by("path").last()
        blocks = []
        while len(blocks) < count:
            n = len(blocks)
            kind = n % 5
            if kind == 0:
                blocks.append(("heading", {"text": f"Heading {n}"}))
            elif kind == 1:
                blocks.append(("paragraph", f"<p>Text {n}</p>"))
            elif kind == 2:
                image = images[n % len(images)]
                blocks.append(("image", {"image": image, "alt_text": f"Alt {n}", "caption": ""}))
            elif kind == 3:
                blocks.append(("callout", {"kind": "info", "text": f"<p>Note {n}</p>"}))
            else:
                blocks.append(("quiz", _quiz_value()))
        page.body = blocks
        page.save_revision().publish()
        return page

    page = lesson_with_blocks(5)
    five = _queries(client, django_assert_max_num_queries, page.url)
    page = lesson_with_blocks(50)
    fifty = _queries(client, django_assert_max_num_queries, page.url)
    assert fifty <= five, (five, fifty)
    assert five <= 25, five


def _quiz_value() -> dict:
    from courses.blocks import QuizBlock

    return QuizBlock().to_python(
        {
            "title": "Quiz",
            "intro": "",
            "questions": [
                {
                    "question": q["question"]["en"],
                    "kind": q["kind"],
                    "choices": [
                        {"text": c["text"]["en"], "correct": c["correct"]} for c in q["choices"]
                    ],
                    "explanation": q["explanation"]["en"],
                }
                for q in QUIZ
            ],
        }
    )


def test_a_course_index_is_a_single_child_of_home(kk_index):
    home = kk_index.get_parent()
    assert not CourseIndexPage.can_create_at(home)
    assert Page.objects.type(CourseIndexPage).child_of(home).count() == 1


def test_the_api_lists_courses_with_their_fields_and_cover_rendition(catalogue, client):
    response = client.get(
        "/api/v2/pages/?type=courses.CoursePage&locale=ru&fields=audience,summary,cover_image,pass_mark_percent"
    )
    assert response.status_code == 200
    items = {item["meta"]["slug"]: item for item in response.json()["items"]}
    course = items["ready-for-family"]
    assert course["audience"] == "premarital" and course["pass_mark_percent"] == 70
    assert course["summary"] == "Короткий курс."
    assert course["cover_image"]["width"] == 800 and "fill-800x450" in course["cover_image"]["url"]
    lessons = client.get("/api/v2/pages/?type=courses.LessonPage&search=слушание&locale=ru").json()
    assert lessons["meta"]["total_count"] >= 1
