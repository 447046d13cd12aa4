"""Paginators for lists that grow by millions of rows (the logs) or by a decade of an office's
applications: counting every row on each page view would read them all. They count at most CAP
rows, so the count stops early, and say so ("marriage applications: more than 1,000") rather
than show the cap as the total; pages beyond reach are found by the filters (kind, date, name),
as people look for a row anyway."""

from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from wagtail.admin.paginator import WagtailPaginator


class CappedPaginator(WagtailPaginator):
    CAP = 10_000
    # Count in the list's order (the logs: their time index stops the count early).
    count_in_order = True

    @cached_property
    def _counted(self) -> int:
        """Up to CAP + 1 rows: one more than the cap tells that the count stopped."""
        rows = self.object_list
        if hasattr(rows, "query"):
            return (rows if self.count_in_order else rows.order_by())[: self.CAP + 1].count()
        return len(rows)

    @cached_property
    def count(self) -> int:
        return min(self._counted, self.CAP)

    @property
    def capped(self) -> bool:
        """True when there are more rows than the count (and the pages) reach."""
        return self._counted > self.CAP

    @cached_property
    def items_count_label(self) -> str:
        if not self.capped:
            return super().items_count_label
        return gettext("%(items)s: more than %(count)s") % {
            "count": number_format(self.count, force_grouping=True),
            "items": self.verbose_name_plural,
        }


class UnorderedCappedPaginator(CappedPaginator):
    """Counts at most CAP rows in whatever order the database finds cheapest: the first CAP
    rows of any order are as many. Under a filter that a few rows pass (overdue), the list's
    order made PostgreSQL read and sort every row that passed (an office's 11,000 overdue at a
    decade: 170 ms) where, unordered, it stops at the cap.

    The cap is lower than the logs': each counted row is a probe of the other table (an
    application for each overdue assignment), 10,000 of them 20 ms at a decade against 2 ms
    for a small office, so the count grew with the years. A thousand is 40 pages of 25, more
    than anyone pages through; the filters (name, IIN, dates, state) find the rest."""

    CAP = 1_000
    count_in_order = False


class CappedListingMixin:
    """For an admin listing view: the capped count, and a heading that says "more than" when
    a search or a filter matches more rows than the count reaches."""

    paginator_class = CappedPaginator
    results_template_name = "home/admin/capped_listing_results.html"
