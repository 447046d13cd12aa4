from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self) -> None:
        # Django's documented place to connect signals: models are loaded only now (no cycle).
        from . import receivers

        receivers.connect()
