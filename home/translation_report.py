"""The Translations report also lists translations that are out of date: their source page was
published after the translation's source text was last synced (home/translation_workflow.py
warns the translator in the editor by the same rule)."""

import django_filters
from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.views.report import TranslationsReportFilterSet


def with_out_of_date(translations: QuerySet) -> QuerySet:
    """Annotate `out_of_date` in the same query (one EXISTS per row, no query per row)."""
    return translations.annotate(
        out_of_date=Exists(
            Page.objects.filter(
                translation_key=OuterRef("source__object_id"),
                locale_id=OuterRef("source__locale_id"),
                last_published_at__gt=OuterRef("source__last_updated_at"),
            )
        )
    )


class OutOfDateFilterSet(TranslationsReportFilterSet):
    out_of_date = django_filters.BooleanFilter(label=_("Out of date"))

    class Meta(TranslationsReportFilterSet.Meta):
        fields = [*TranslationsReportFilterSet.Meta.fields, "out_of_date"]
