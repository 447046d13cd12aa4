"""Demo curricula: turn the data files of courses/curricula/ into pages in kk, ru and en.

The catalogue sits at /<lang>/courses/ under each language's home. Courses and lessons are created in
Kazakh (the source language) and translated with Wagtail's `copy_for_translation` carrying the real
ru / en text of the data. Block ids are derived from the slugs, so a quiz question has the same id in
every language (answers posted in Russian grade against the same question) and every run builds the
same ids. A second run finds every page by its slug and changes nothing.

Courses sit above home and resource_centers, so this step also points the home page's cards at the
courses and the centres directory and puts the menu in order.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterable

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from home.demo import (
    DemoLogin,
    ensure_home_translations,
    ensure_section_page,
    ensure_site,
    publish,
    translation_of,
)
from home.models import HomePage
from resource_centers.models import ResourceCentreIndexPage, ResourceCentrePage

from .curricula import read_courses
from .models import CourseIndexPage, CoursePage, CourseRelatedCentre, LessonPage

ID_NAMESPACE = uuid.UUID("6f1d7c1e-5a0b-4f8e-9a44-0b7e5c3d2a10")

INDEX_TEXT = {
    "kk": (
        "Курстар",
        "Некеге дайындалып жүрген жұптарға, отбасыларға және мектептерге арналған тегін курстар. "
        "Сабақтарды кез келген уақытта оқуға болады; сертификат алу үшін АХАТ берген кодпен бастаңыз.",
    ),
    "ru": (
        "Курсы",
        "Бесплатные курсы для пар, которые готовятся к браку, для семей и для школ. Уроки можно читать "
        "в любое время; чтобы получить сертификат, начните с кода, который выдал ЗАГС.",
    ),
    "en": (
        "Courses",
        "Free courses for couples preparing to marry, for families and for schools. Anyone can read the "
        "lessons; to earn a certificate, start with the code your registry office gave you.",
    ),
}
QUIZ_TITLE = {"kk": "Өзіңізді тексеріңіз", "ru": "Проверьте себя", "en": "Check yourself"}
COVER_COLOURS = {
    "premarital": ((11, 93, 102), (244, 201, 93)),
    "family": ((7, 63, 69), (126, 196, 170)),
    "school": ((74, 84, 89), (244, 201, 93)),
}
CENTRES_PER_COURSE = 8
# The courses the home page's first three cards (couples, families, schools) lead to; the fourth
# card (help) leads to the centres directory.
HOME_CARD_COURSES = (
    "preparing-for-family-life",
    "first-years-of-marriage",
    "family-life-at-school",
)
MENU_ORDER = ("courses", "centres", "statistics", "about")


def block_id(*parts: object) -> str:
    """A stable block id for a place in the demo content (same in every language and run)."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(p) for p in parts)))


def _items(values: Iterable, key: str, convert=lambda v: v) -> list[dict]:
    """ListBlock items in Wagtail's stored form, each with a stable id."""
    return [
        {"type": "item", "value": convert(value), "id": block_id(key, i)}
        for i, value in enumerate(values)
    ]


def quiz_value(questions: list[dict], lang: str, key: str) -> dict:
    return {
        "title": QUIZ_TITLE[lang],
        "intro": "",
        "questions": [
            {
                "type": "item",
                "id": block_id(key, "q", qi),
                "value": {
                    "question": q["question"][lang],
                    "kind": q["kind"],
                    "choices": [
                        {
                            "type": "item",
                            "id": block_id(key, "q", qi, "c", ci),
                            "value": {"text": c["text"][lang], "correct": bool(c["correct"])},
                        }
                        for ci, c in enumerate(q["choices"])
                    ],
                    "explanation": q.get("explanation", {}).get(lang, "")
                    if q.get("explanation")
                    else "",
                },
            }
            for qi, q in enumerate(questions)
        ],
    }


def lesson_plan_value(plan: dict, lang: str, key: str) -> dict:
    return {
        "age_group": plan["age_group"],
        "duration_minutes": plan["duration_minutes"],
        "objectives": _items((o[lang] for o in plan["objectives"]), f"{key}/objectives"),
        "materials": _items((m[lang] for m in plan.get("materials", [])), f"{key}/materials"),
        "activities": _items(
            plan["activities"],
            f"{key}/activities",
            lambda a: {
                "title": a["title"][lang],
                "minutes": a["minutes"],
                "description": a["description"][lang],
            },
        ),
        "handouts": _items(
            plan.get("handouts", []),
            f"{key}/handouts",
            lambda h: {"title": h["title"][lang], "text": h["text"][lang]},
        ),
    }


def lesson_body(lesson: dict, lang: str, key: str) -> list[dict]:
    """A lesson's StreamField data in one language: sections, callout, exercise, plan, quiz."""
    body: list[dict] = []
    for i, section in enumerate(lesson.get("sections", [])):
        if section.get("heading"):
            body.append(
                {
                    "type": "heading",
                    "value": {"text": section["heading"][lang]},
                    "id": block_id(key, "s", i, "h"),
                }
            )
        body.append(
            {"type": "paragraph", "value": section["text"][lang], "id": block_id(key, "s", i, "p")}
        )
    callout = lesson.get("callout")
    if callout:
        body.append(
            {
                "type": "callout",
                "value": {"kind": callout["kind"], "text": _paragraphs(callout["text"][lang])},
                "id": block_id(key, "callout"),
            }
        )
    plan = lesson.get("lesson_plan")
    if plan:
        body.append(
            {
                "type": "lesson_plan",
                "value": lesson_plan_value(plan, lang, f"{key}/plan"),
                "id": block_id(key, "plan"),
            }
        )
    talk = lesson.get("talk_together")
    if talk:
        body.append(
            {
                "type": "talk_together",
                "value": {
                    "title": talk["title"][lang],
                    "prompt": talk["prompt"][lang],
                    "questions": _items((q[lang] for q in talk["questions"]), f"{key}/talk"),
                },
                "id": block_id(key, "talk"),
            }
        )
    if lesson.get("quiz"):
        body.append(
            {
                "type": "quiz",
                "value": quiz_value(lesson["quiz"], lang, f"{key}/quiz"),
                "id": block_id(key, "quiz"),
            }
        )
    return body


def _paragraphs(text: str) -> str:
    return text if text.lstrip().startswith("<") else f"<p>{text}</p>"


def _outcomes(course: dict, lang: str) -> list[dict]:
    return [
        {"type": "outcome", "value": outcome[lang], "id": block_id(course["slug"], "outcome", i)}
        for i, outcome in enumerate(course.get("outcomes", []))
    ]


def cover_image(course: dict):
    """A generated cover (two-colour gradient) per course, found again by its title."""
    Image = get_image_model()
    # Titled in the site's default language, as an editor would see it in the image library;
    # a demo made before under the English title is found by its file and renamed.
    title = f"«{course['title']['kk']}» курсының мұқабасы"
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image
    image = Image.objects.filter(title=f"Course cover: {course['slug']}").first()
    if image is not None:
        image.title = title
        image.save(update_fields=["title"])
        return image
    top, bottom = COVER_COLOURS.get(course["audience"], COVER_COLOURS["family"])
    canvas = PILImage.new("RGB", (1200, 675), top)
    draw = ImageDraw.Draw(canvas)
    for y in range(675):
        mix = y / 674
        draw.line(
            [(0, y), (1200, y)],
            fill=tuple(round(a + (b - a) * mix * 0.6) for a, b in zip(top, bottom, strict=True)),
        )
    draw.ellipse((820, 140, 1120, 440), outline=bottom, width=18)
    draw.ellipse((700, 220, 1000, 520), outline=(255, 255, 255), width=18)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    # Wagtail's migrations make the root collection; a flushed test database may lack it.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return Image.objects.create(
        title=title,
        file=ImageFile(buffer, name=f"course-cover-{course['slug']}.png"),
        collection=collection,
    )


def ensure_index(homes: dict[str, Page]) -> dict[str, CourseIndexPage]:
    return ensure_section_page(homes, CourseIndexPage, "courses", INDEX_TEXT)


def _link_centres(course_page: CoursePage, audience: str) -> None:
    """Recommend one live centre per city (a centre beside a registry office where there is one)."""
    if audience == "school":
        return
    centres = ResourceCentrePage.objects.live().filter(locale=course_page.locale)
    per_city: dict[str, ResourceCentrePage] = {}
    for centre in centres.order_by("-beside_registry_office", "path"):
        per_city.setdefault(centre.city, centre)
    for order, centre in enumerate(list(per_city.values())[:CENTRES_PER_COURSE]):
        CourseRelatedCentre.objects.create(course=course_page, centre=centre, sort_order=order)


def ensure_course(index: CourseIndexPage, course: dict) -> CoursePage:
    page = CoursePage.objects.child_of(index).filter(slug=course["slug"]).first()
    if page is not None:
        return page
    page = index.add_child(
        instance=CoursePage(
            title=course["title"]["kk"],
            slug=course["slug"],
            audience=course["audience"],
            summary=course["summary"]["kk"],
            learning_outcomes=_outcomes(course, "kk"),
            cover_image=cover_image(course),
            estimated_minutes=course["estimated_minutes"],
            min_study_minutes=course["min_study_minutes"],
            certificate_validity_months=course["validity_months"],
            pass_mark_percent=course["pass_mark"],
            self_paced=course.get("self_paced", False),
        )
    )
    _link_centres(page, course["audience"])
    publish(page)
    return page


def ensure_lesson(course_page: CoursePage, course: dict, lesson: dict) -> LessonPage:
    page = LessonPage.objects.child_of(course_page).filter(slug=lesson["slug"]).first()
    if page is not None:
        return page
    page = course_page.add_child(
        instance=LessonPage(
            title=lesson["title"]["kk"],
            slug=lesson["slug"],
            summary=lesson["summary"]["kk"],
            estimated_minutes=lesson["minutes"],
            body=lesson_body(lesson, "kk", f"{course['slug']}/{lesson['slug']}"),
        )
    )
    publish(page)
    return page


def load_courses(
    courses: list[dict], homes: dict[str, Page] | None = None
) -> dict[str, CoursePage]:
    """Build (or find) the catalogue and the given courses in kk, ru and en; returns the kk courses."""
    if homes is None:
        homes = ensure_home_translations(ensure_site())
    ensure_index(homes)
    index = CourseIndexPage.objects.child_of(homes["kk"]).get(slug="courses")
    made: dict[str, CoursePage] = {}
    for course in courses:
        source = ensure_course(index, course)
        for lang in ("ru", "en"):
            translation_of(
                source,
                lang,
                title=course["title"][lang],
                summary=course["summary"][lang],
                learning_outcomes=_outcomes(course, lang),
            )
        for lesson in course["lessons"]:
            lesson_page = ensure_lesson(source, course, lesson)
            key = f"{course['slug']}/{lesson['slug']}"
            for lang in ("ru", "en"):
                translation_of(
                    lesson_page,
                    lang,
                    title=lesson["title"][lang],
                    summary=lesson["summary"][lang],
                    body=lesson_body(lesson, lang, key),
                )
        made[course["slug"]] = source
    return made


def _home_card_targets(home: HomePage) -> list[Page | None]:
    index = CourseIndexPage.objects.child_of(home).filter(slug="courses").first()
    courses = CoursePage.objects.child_of(index) if index else CoursePage.objects.none()
    targets: list[Page | None] = [courses.filter(slug=slug).first() for slug in HOME_CARD_COURSES]
    return [*targets, ResourceCentreIndexPage.objects.child_of(home).first()]


def link_home_cards(home: HomePage) -> None:
    """Point each card of the home page at its page; a card an editor has linked is left alone."""
    changed = False
    for block in home.body:
        if block.block_type != "cards":
            continue
        for card, target in zip(block.value["cards"], _home_card_targets(home), strict=False):
            if target is not None and card["page"] is None:
                card["page"] = target
                changed = True
    if changed:
        publish(home)


def order_menu(home: HomePage) -> None:
    """Show the top-level pages in the menu in MENU_ORDER (pages not made yet are skipped)."""
    previous = None
    for slug in MENU_ORDER:
        page = home.get_children().filter(slug=slug).first()
        if page is None:
            continue
        if not page.show_in_menus:
            page.show_in_menus = True
            page.save(update_fields=["show_in_menus"])
        if previous is None:
            first = home.get_first_child()
            if first.pk != page.pk:
                page.move(first, pos="left")
        elif page.get_prev_sibling() is None or page.get_prev_sibling().pk != previous.pk:
            page.move(previous, pos="right")
        previous = Page.objects.get(pk=page.pk)


@transaction.atomic
def load() -> list[DemoLogin]:
    homes = ensure_home_translations(ensure_site())
    load_courses(read_courses(), homes=homes)
    # Fetched again: adding the catalogue under each home changed their tree fields.
    for home in HomePage.objects.filter(pk__in=[home.pk for home in homes.values()]):
        link_home_cards(home)
        order_menu(home)
    return []
