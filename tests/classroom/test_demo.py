"""The demo makes a teacher who can start a class session on the demo school course."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_demo_teacher_sees_the_school_lessons(demo_content):
    teacher = get_user_model().objects.get(username="teacher")
    client = Client()
    client.force_login(teacher)
    page = client.get("/admin/class-sessions/")
    assert page.status_code == 200
    assert page.content.decode().count("/admin/class-sessions/start/") >= 6
