"""A paginator for the admin's logs (notices, security events): they grow by millions of rows, and
counting every row on each page view would read the whole table. It counts at most CAP rows, in
the list's own (indexed) order, so the count stops early; pages beyond reach are found by the
filters (kind, date), as people look for log entries anyway."""

from django.utils.functional import cached_property
from wagtail.admin.paginator import WagtailPaginator


class CappedPaginator(WagtailPaginator):
    CAP = 10_000
    # Count in the list's order (the logs: their time index stops the count early).
    count_in_order = True

    @cached_property
    def count(self) -> int:
        rows = self.object_list
        if hasattr(rows, "query"):
            return (rows if self.count_in_order else rows.order_by())[: self.CAP].count()
        return len(rows)


class UnorderedCappedPaginator(CappedPaginator):
    """Counts at most CAP rows in whatever order the database finds cheapest: the first CAP
    rows of any order are as many. Under a filter that a few rows pass (overdue), the list's
    order made PostgreSQL read and sort every row that passed (an office's 11,000 overdue at a
    decade: 170 ms) where, unordered, it stops at the cap from two index-only scans (20 ms)."""

    count_in_order = False
