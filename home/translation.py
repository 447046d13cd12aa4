"""Pages as readers of one language see them."""

from django.utils import translation
from wagtail.models import Locale, Page

from .pagecache import shared_fragment


def active_locale() -> Locale:
    """`Locale.get_active()` without its query on every request: kept under the page-cache
    generation, which any change to the languages moves on (home.pagecache)."""
    return shared_fragment(f"locale:{translation.get_language()}", Locale.get_active)


class LiveTranslationMixin:
    """ "This page in language X" for every reader-facing place (slips, PDFs, the learner's pages).

    Live translations only: a slip or certificate must never print a draft's title.
    """

    def in_language(self, language_code: str) -> Page:
        """The live translation in `language_code`, or this page where there is none."""
        if self.locale.language_code == language_code:
            return self
        return (
            type(self)
            .objects.live()
            .filter(translation_key=self.translation_key, locale__language_code=language_code)
            .first()
            or self
        )


def live_translations(
    pages: list[Page], language_code: str, *, defer_body: bool = False
) -> dict[int, Page]:
    """Each page's live translation in `language_code` (the page itself where none), one query."""
    if not pages:
        return {}
    model = type(pages[0])
    found = model.objects.live().filter(
        translation_key__in=[page.translation_key for page in pages],
        locale__language_code=language_code,
    )
    if defer_body:
        found = found.defer("body")
    by_key = {page.translation_key: page for page in found}
    return {page.pk: by_key.get(page.translation_key, page) for page in pages}
