from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClassroomConfig(AppConfig):
    """Class sessions: a teacher runs a school lesson's quizzes with pupils' phones."""

    name = "classroom"
    verbose_name = _("Classroom")
