"""Choices more than one app shares; each is defined once, here at the bottom of the layers."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    """The site's languages: a partner's, a centre's staff's, a consultation's."""

    KAZAKH = "kk", _("Kazakh")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")
