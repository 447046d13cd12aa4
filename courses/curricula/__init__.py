"""The demo curricula, read from the TOML files beside this module.

Each course has one file per language, ``<course-slug>.<language>.toml``, and ``catalogue.toml`` lists
the courses in the order the catalogue shows them. The Kazakh file is the source (as in Wagtail's
translations): it holds the texts and every setting that is the same in all languages (audience, minutes,
quiz kinds, which choices are correct, lesson plan timings). The Russian and English files hold the same
lessons, sections, questions and choices in the same order, with their texts only; each lesson's ``slug``
is repeated in them so that an editor sees where they are, and it must agree with the Kazakh file.

A text may be wrapped over several lines: a line break between two tags (``</p>`` and ``<p>``) is
dropped and any other line break becomes a space, so the pages get the same HTML however it is wrapped.
A course's minutes are the sum of its lessons' minutes, and its minimum study time is 60% of that.

``read_courses()`` returns the courses as ``courses.demo.load_courses`` takes them, every text as
``{"kk": ..., "ru": ..., "en": ...}``. A file that breaks these rules raises ``CurriculumError`` naming
the file and the place in it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

CURRICULA_DIR = Path(__file__).resolve().parent
SOURCE_LANGUAGE = "kk"
LANGUAGES = (SOURCE_LANGUAGE, "ru", "en")
MIN_STUDY_SHARE = 0.6

_BETWEEN_TAGS = re.compile(r">[ \t]*\r?\n\s*<")
_LINE_BREAK = re.compile(r"[ \t]*\r?\n\s*")

_KIND_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    list: "a list",
    dict: "a table",
}


class CurriculumError(ValueError):
    """A curriculum file is missing, unreadable, or does not match the rules above."""


def _unwrap(text: str) -> str:
    return _LINE_BREAK.sub(" ", _BETWEEN_TAGS.sub("><", text.strip()))


class _Place:
    """One place (a course, a lesson, a question...) in the three language files of a course."""

    def __init__(self, files: dict[str, Path], tables: dict[str, dict], where: str = ""):
        self.files = files
        self.tables = tables
        self.where = where

    def error(self, message: str, language: str = SOURCE_LANGUAGE) -> CurriculumError:
        place = f" {self.where}:" if self.where else ""
        return CurriculumError(f"{self.files[language].name}:{place} {message}")

    def _value(self, language: str, key: str, kind: type, required: bool) -> object:
        table = self.tables[language]
        if key not in table:
            if required:
                raise self.error(f'missing key "{key}"', language)
            return None
        value = table[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(f'"{key}" must be {_KIND_NAMES[kind]}', language)
        return value

    def check_keys(self, texts: set[str], settings: set[str]) -> None:
        """Reject unknown keys (a misspelt one would be ignored) and settings outside the source."""
        for language, table in self.tables.items():
            if language == SOURCE_LANGUAGE:
                allowed = texts | settings
            else:  # a translation repeats the slug, to show where it is, and no other setting
                allowed = texts | (settings & {"slug"})
            for key in table:
                if key in allowed:
                    continue
                if key in settings:
                    source = self.files[SOURCE_LANGUAGE].name
                    raise self.error(f'"{key}" is set in the Kazakh file only ({source})', language)
                raise self.error(f'unknown key "{key}"', language)

    def setting(self, key: str, kind: type, default: object = None) -> object:
        """A value that is the same in every language, from the source file."""
        value = self._value(SOURCE_LANGUAGE, key, kind, required=default is None)
        return default if value is None else value

    def text(self, key: str, required: bool = True) -> dict[str, str] | None:
        """A text in every language; an optional one must be in all files or in none."""
        values = {lang: self._value(lang, key, str, required) for lang in LANGUAGES}
        present = [lang for lang, value in values.items() if value is not None]
        if not present:
            return None
        for lang, value in values.items():
            if value is None:
                raise self.error(f'missing key "{key}" (the {present[0]} file has it)', lang)
            if not value.strip():
                raise self.error(f'"{key}" is empty', lang)
        return {lang: _unwrap(value) for lang, value in values.items()}

    def texts(self, key: str, required: bool = True) -> list[dict[str, str]]:
        """A list of texts, the same length in every language."""
        lists = {lang: self._value(lang, key, list, required) for lang in LANGUAGES}
        if all(items is None for items in lists.values()):
            return []
        lists = self._same_length(key, lists)
        for lang, items in lists.items():
            for i, item in enumerate(items):
                if not isinstance(item, str) or not item.strip():
                    raise self.error(f'"{key}" item #{i + 1} must be a text', lang)
        return [
            {lang: _unwrap(lists[lang][i]) for lang in LANGUAGES}
            for i in range(len(lists[SOURCE_LANGUAGE]))
        ]

    def children(self, key: str, required: bool = True) -> list[_Place]:
        """A list of tables ([[key]] in the files), the same length in every language."""
        lists = {lang: self._value(lang, key, list, required) for lang in LANGUAGES}
        if all(items is None for items in lists.values()):
            return []
        lists = self._same_length(key, lists)
        places = []
        for i in range(len(lists[SOURCE_LANGUAGE])):
            tables = {lang: lists[lang][i] for lang in LANGUAGES}
            where = f"{self.where} > {key} #{i + 1}" if self.where else f"{key} #{i + 1}"
            place = _Place(self.files, tables, where)
            for lang, table in tables.items():
                if not isinstance(table, dict):
                    raise place.error(f'each item of "{key}" must be a table', lang)
            places.append(place)
        return places

    def child(self, key: str) -> _Place | None:
        """An optional table ([key] in the files): in all files or in none."""
        tables = {lang: self._value(lang, key, dict, required=False) for lang in LANGUAGES}
        if all(table is None for table in tables.values()):
            return None
        for lang, table in tables.items():
            if table is None:
                raise self.error(f'missing table "{key}" (the other files have it)', lang)
        return _Place(self.files, tables, f"{self.where} > {key}" if self.where else key)

    def _same_length(self, key: str, lists: dict[str, list | None]) -> dict[str, list]:
        count = len(lists[SOURCE_LANGUAGE] or [])
        for lang, items in lists.items():
            if len(items or []) != count:
                raise self.error(
                    f'"{key}" has {len(items or [])} items but the Kazakh file has {count}', lang
                )
        return lists


def _choice(place: _Place) -> dict:
    place.check_keys({"text"}, {"correct"})
    return {"text": place.text("text"), "correct": place.setting("correct", bool, default=False)}


def _question(place: _Place) -> dict:
    place.check_keys({"question", "explanation", "choices"}, {"kind"})
    question = {
        "question": place.text("question"),
        "kind": place.setting("kind", str),
        "choices": [_choice(choice) for choice in place.children("choices")],
    }
    if not any(choice["correct"] for choice in question["choices"]):
        raise place.error("no choice is marked correct = true")
    explanation = place.text("explanation", required=False)
    if explanation is not None:
        question["explanation"] = explanation
    return question


def _section(place: _Place) -> dict:
    place.check_keys({"heading", "text"}, set())
    section = {"text": place.text("text")}
    heading = place.text("heading", required=False)
    if heading is not None:
        section["heading"] = heading
    return section


def _callout(place: _Place | None) -> dict | None:
    if place is None:
        return None
    place.check_keys({"text"}, {"kind"})
    return {"kind": place.setting("kind", str), "text": place.text("text")}


def _talk_together(place: _Place | None) -> dict | None:
    if place is None:
        return None
    place.check_keys({"title", "prompt", "questions"}, set())
    return {
        "title": place.text("title"),
        "prompt": place.text("prompt"),
        "questions": place.texts("questions"),
    }


def _activity(place: _Place) -> dict:
    place.check_keys({"title", "description"}, {"minutes"})
    return {
        "title": place.text("title"),
        "minutes": place.setting("minutes", int),
        "description": place.text("description"),
    }


def _handout(place: _Place) -> dict:
    place.check_keys({"title", "text"}, set())
    return {"title": place.text("title"), "text": place.text("text")}


def _lesson_plan(place: _Place) -> dict:
    place.check_keys(
        {"objectives", "materials", "activities", "handouts"}, {"age_group", "duration_minutes"}
    )
    return {
        "age_group": place.setting("age_group", str),
        "duration_minutes": place.setting("duration_minutes", int),
        "objectives": place.texts("objectives"),
        "materials": place.texts("materials", required=False),
        "activities": [_activity(a) for a in place.children("activities")],
        "handouts": [_handout(h) for h in place.children("handouts", required=False)],
    }


def _lesson(place: _Place) -> dict:
    place.check_keys(
        {"title", "summary", "sections", "callout", "talk_together", "quiz", "lesson_plan"},
        {"slug", "minutes"},
    )
    slug = place.setting("slug", str)
    place.where = f"{place.where} ({slug})"
    for lang in LANGUAGES[1:]:
        if place.tables[lang].get("slug") != slug:
            raise place.error(f'slug must be "{slug}" as in the Kazakh file', lang)
    lesson = {
        "slug": slug,
        "title": place.text("title"),
        "summary": place.text("summary"),
        "minutes": place.setting("minutes", int),
        "sections": [_section(section) for section in place.children("sections")],
        "callout": _callout(place.child("callout")),
        "talk_together": _talk_together(place.child("talk_together")),
        "quiz": [_question(question) for question in place.children("quiz", required=False)],
    }
    plan = place.child("lesson_plan")
    if plan is not None:
        lesson["lesson_plan"] = _lesson_plan(plan)
    return lesson


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        raise CurriculumError(f"{path.name}: the file is missing") from None
    except tomllib.TOMLDecodeError as error:
        raise CurriculumError(f"{path.name}: {error}") from None


def read_course(slug: str, directory: Path = CURRICULA_DIR) -> dict:
    """One course from its three language files."""
    files = {lang: directory / f"{slug}.{lang}.toml" for lang in LANGUAGES}
    course = _Place(files, {lang: _read_toml(path) for lang, path in files.items()})
    course.check_keys(
        {"title", "summary", "outcomes", "lessons"},
        {"audience", "validity_months", "pass_mark", "self_paced"},
    )
    lessons = [_lesson(lesson) for lesson in course.children("lessons")]
    minutes = sum(lesson["minutes"] for lesson in lessons)
    return {
        "slug": slug,
        "audience": course.setting("audience", str),
        "title": course.text("title"),
        "summary": course.text("summary"),
        "outcomes": course.texts("outcomes", required=False),
        "estimated_minutes": minutes,
        "min_study_minutes": round(MIN_STUDY_SHARE * minutes),
        "validity_months": course.setting("validity_months", int),
        "pass_mark": course.setting("pass_mark", int),
        "self_paced": course.setting("self_paced", bool, default=False),
        "lessons": lessons,
    }


def read_courses(directory: Path = CURRICULA_DIR) -> list[dict]:
    """Every course that catalogue.toml lists, in its order."""
    catalogue = _read_toml(directory / "catalogue.toml")
    slugs = catalogue.get("courses")
    if not isinstance(slugs, list) or not all(isinstance(slug, str) for slug in slugs):
        raise CurriculumError('catalogue.toml: "courses" must be a list of course slugs')
    listed = {f"{slug}.{lang}.toml" for slug in slugs for lang in LANGUAGES}
    for path in sorted(directory.glob("*.*.toml")):
        if path.name not in listed:
            raise CurriculumError(f"{path.name}: the course is not listed in catalogue.toml")
    return [read_course(slug, directory) for slug in slugs]
