"""Wagtail's accessibility checker is set for the site (home/accessibility.py) and speaks Kazakh."""

import json
import re

import pytest
from django.template import Context, Template
from django.utils import translation
from wagtail.users.models import UserProfile

from home.demo import ensure_user

pytestmark = pytest.mark.django_db


def test_the_checker_asks_for_alt_text_in_every_language_and_speaks_kazakh(catalogue, rf):
    from courses.models import LessonPage

    user = ensure_user("mod", "moderator", ["Moderators"])[0]
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "kk"
    profile.save()
    lesson = LessonPage.objects.get(slug="listening", locale__language_code="ru")
    request = rf.get(lesson.url)
    request.user = user
    with translation.override("kk"):  # the userbar speaks the staff member's language
        html = Template("{% load wagtailuserbar %}{% wagtailuserbar %}").render(
            Context({"request": request, "page": lesson})
        )
    script = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S
    )
    config = json.loads(script.group(1))
    assert "image-alt" in config["options"]["runOnly"]
    assert "heading-order" in config["options"]["runOnly"]
    pattern = next(
        check["options"]["pattern"]
        for check in config["spec"]["checks"]
        if check["id"] == "check-image-alt-text"
    )
    for unhelpful in ("Сурет", "фото", "Изображение", "image", "cover_1.png"):
        assert re.search(pattern, unhelpful), unhelpful
    assert not re.search(pattern, "Екеуі бірге кітап оқып отыр")
    assert config["messages"]["heading-order"]["error_name"] == "Тақырыптар иерархиясы дұрыс емес"
    assert config["messages"]["image-alt"]["error_name"] == "Суреттің балама мәтіні жоқ"
