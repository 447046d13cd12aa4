import pytest

pytestmark = pytest.mark.django_db


def test_pages_render(catalogue, client):
    for path in (
        "/kk/courses/",
        "/ru/courses/",
        "/en/courses/?audience=school",
        "/kk/courses/ready-for-family/",
        "/ru/courses/ready-for-family/listening/",
        "/en/courses/school-feelings/feelings-grades-5-6/",
    ):
        r = client.get(path)
        assert r.status_code == 200, path
