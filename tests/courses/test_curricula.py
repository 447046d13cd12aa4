"""The curricula data files: every course in kk, ru and en, one shape, and clear errors for editors."""

import fnmatch
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from courses.curricula import CURRICULA_DIR, LANGUAGES, CurriculumError, read_courses
from courses.demo import lesson_body

PROJECT_ROOT = Path(__file__).resolve().parents[2]
KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)


def _ids(node) -> list[str]:
    """Every block id in a StreamField value, in order."""
    if isinstance(node, dict):
        found = [node["id"]] if "id" in node else []
        return found + [i for key, value in node.items() if key != "id" for i in _ids(value)]
    if isinstance(node, list):
        return [i for item in node for i in _ids(item)]
    return []


def _texts(node):
    if isinstance(node, dict):
        if set(node) == set(LANGUAGES):
            yield node
        else:
            for value in node.values():
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)


def test_every_course_is_read_in_three_languages_with_the_same_block_ids():
    courses = read_courses()
    assert [c["slug"] for c in courses] == [
        "preparing-for-family-life",
        "first-years-of-marriage",
        "family-life-at-school",
    ]
    assert sum(len(c["lessons"]) for c in courses) == 16
    for course in courses:
        for lesson in course["lessons"]:
            key = f"{course['slug']}/{lesson['slug']}"
            ids = {lang: _ids(lesson_body(lesson, lang, key)) for lang in LANGUAGES}
            assert ids["kk"], key
            assert len(set(ids["kk"])) == len(ids["kk"]), key
            assert ids["ru"] == ids["kk"] and ids["en"] == ids["kk"], key
        for text in _texts(course):
            assert all(text[lang].strip() for lang in LANGUAGES), text


def test_every_quiz_question_has_a_correct_choice_and_an_explanation():
    questions = [
        question
        for course in read_courses()
        for lesson in course["lessons"]
        for question in lesson["quiz"]
    ]
    assert len(questions) >= 40
    for question in questions:
        assert question["kind"] in {"single", "multiple"}
        assert any(choice["correct"] for choice in question["choices"]), question["question"]
        assert question["explanation"]["kk"]


def test_the_files_are_utf8_with_real_kazakh_letters_and_are_installed_with_the_package():
    files = sorted(CURRICULA_DIR.glob("*.toml"))
    assert len(files) == 1 + 3 * 3
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert "\\u" not in text, path.name
        if path.name.endswith(".kk.toml"):
            assert KAZAKH_LETTERS.search(text), path.name
    pyproject = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["courses"]
    for path in files:
        relative = path.relative_to(PROJECT_ROOT / "courses").as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative


def test_wrapped_lines_give_the_same_html():
    course = read_courses()[0]
    section = course["lessons"][0]["sections"][0]["text"]["kk"]
    assert "\n" not in section and section.startswith("<p>") and "</p><p>" in section


@pytest.fixture
def curricula(tmp_path):
    """A copy of the curricula an editor can break."""
    for path in CURRICULA_DIR.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def _edit(directory: Path, name: str, old: str, new: str) -> None:
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


COURSE = "preparing-for-family-life"


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            f"{COURSE}.ru.toml",
            'text = "Понять мысли и чувства партнёра"',
            "",
            f"{COURSE}.ru.toml: lessons #1 (communication-and-listening) > quiz #1 > choices #1: "
            'missing key "text"',
        ),
        (
            f"{COURSE}.kk.toml",
            "minutes = 15\n",
            "",
            f'{COURSE}.kk.toml: lessons #1 (communication-and-listening): missing key "minutes"',
        ),
        (
            f"{COURSE}.en.toml",
            'question = "What is the main aim of active listening?"',
            'questoin = "What is the main aim of active listening?"',
            'lessons #1 (communication-and-listening) > quiz #1: unknown key "questoin"',
        ),
        (
            f"{COURSE}.ru.toml",
            "[[lessons.quiz.choices]]\n",
            "[[lessons.quiz.choices]]\ncorrect = true\n",
            f'"correct" is set in the Kazakh file only ({COURSE}.kk.toml)',
        ),
        (
            f"{COURSE}.kk.toml",
            "correct = true\n",
            "",
            f"{COURSE}.kk.toml: lessons #1 (communication-and-listening) > quiz #1: "
            "no choice is marked correct = true",
        ),
        (
            f"{COURSE}.en.toml",
            'slug = "communication-and-listening"',
            'slug = "listening"',
            f"{COURSE}.en.toml: lessons #1 (communication-and-listening): slug must be "
            '"communication-and-listening"',
        ),
        (
            f"{COURSE}.kk.toml",
            'kind = "single"\n',
            "kind = 1\n",
            '"kind" must be text',
        ),
        (
            f"{COURSE}.ru.toml",
            '    "Когда ты в последний раз',
            '    "Лишний вопрос",\n    "Когда ты в последний раз',
            f"{COURSE}.ru.toml: lessons #1 (communication-and-listening) > talk_together: "
            '"questions" has 4 items but the Kazakh file has 3',
        ),
        (
            f"{COURSE}.en.toml",
            'title = "Preparing for family life"',
            'title = "Preparing for family life',
            f"{COURSE}.en.toml: ",
        ),
    ],
    ids=[
        "missing text",
        "missing setting",
        "misspelt key",
        "setting in a translation",
        "no correct choice",
        "slug differs",
        "wrong type",
        "count differs",
        "not toml",
    ],
)
def test_a_broken_file_names_the_file_and_the_place(curricula, name, old, new, message):
    _edit(curricula, name, old, new)
    with pytest.raises(CurriculumError) as caught:
        read_courses(curricula)
    assert message in str(caught.value)


def test_a_missing_or_unlisted_file_is_named(curricula):
    (curricula / f"{COURSE}.en.toml").rename(curricula / "new-course.en.toml")
    with pytest.raises(CurriculumError, match="new-course.en.toml: the course is not listed"):
        read_courses(curricula)
    (curricula / "new-course.en.toml").unlink()
    with pytest.raises(CurriculumError, match=f"{COURSE}.en.toml: the file is missing"):
        read_courses(curricula)
