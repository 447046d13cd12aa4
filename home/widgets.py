"""Admin widgets shared by every app's forms."""

from wagtail.admin.widgets import SlugInput

from .slugs import editor_formatters


class TransliteratingSlugInput(SlugInput):
    """Wagtail's slug field that transliterates Kazakh and Russian titles (see home/slugs.py).

    Wagtail's `w-slug` controller applies these formatters before its own `urlify`, whose
    character map keeps only і of the Kazakh letters; registered for every SlugField in
    home/wagtail_hooks.py, so pages and snippets of all apps get it without their own code.
    """

    def __init__(self, attrs: dict | None = None, formatters=None, locale: object | None = None):
        super().__init__(attrs, formatters=formatters or editor_formatters(), locale=locale)
