from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    """Does the programme work? The ministry dashboard and the open data: figures only, with small
    counts suppressed in one place (home/privacy.py). On top of every other app; nothing imports it."""

    name = "evaluation"
    verbose_name = _("Evaluation")
