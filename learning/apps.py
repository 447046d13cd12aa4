from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    """The couple's journey through a course: enrolment, progress, study time, quiz attempts."""

    name = "learning"
    verbose_name = _("Learning")
