"""A paginator for the admin's logs (notices, security events): they grow by millions of rows, and
counting every row on each page view would read the whole table. It counts at most CAP rows, in
the list's own (indexed) order, so the count stops early; pages beyond reach are found by the
filters (kind, date), as people look for log entries anyway."""

from django.utils.functional import cached_property
from wagtail.admin.paginator import WagtailPaginator


class CappedPaginator(WagtailPaginator):
    CAP = 10_000

    @cached_property
    def count(self) -> int:
        rows = self.object_list
        if hasattr(rows, "query"):
            return rows[: self.CAP].count()
        return len(rows)
