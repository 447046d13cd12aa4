"""Demo data of the classroom: the Teachers group and one teacher (the school course comes from
courses' demo)."""

from django.db import transaction

from home.demo import DemoLogin, ensure_user

from .roles import TEACHERS_GROUP, ensure_teachers_group


@transaction.atomic
def load() -> list[DemoLogin]:
    ensure_teachers_group()
    _user, login = ensure_user("teacher", "teacher (class sessions)", [TEACHERS_GROUP])
    return [login] if login else []
