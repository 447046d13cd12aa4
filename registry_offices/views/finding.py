"""Finding a couple in the office's list: the list's filters (course state, course, overdue,
application status and date range, an IIN's keyed hash, a name searched for) and "Find a
couple", which posts a name or an IIN so neither enters a URL.

Every row is fetched through `scoping.applications_for_user`, so another office's row is a 404.
"""

import re
import secrets
from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.cache import cache
from django.db.models import BigIntegerField, Exists, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Cast
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from home.pagecache import current_generation

from .. import iin as iin_rules
from ..forms import (
    FindCoupleForm,
    assignable_courses,
)
from ..models import EFFECTIVE_STATE_LABELS, CourseAssignment, MarriageApplication, Partner
from ..permissions import applications_checker
from ..scoping import office_id_list

# A name searched for waits in the shared cache behind a random token for half an hour: not in
# the address (logs, history), and not in the session row, which lives for days.
FOUND_SECONDS = 30 * 60


def _found_key(user, token: str) -> str:
    return f"registry_offices:found:{user.pk}:{token}"


def with_assignment(queryset: QuerySet, name: str, assignments: QuerySet) -> QuerySet:
    """The applications that have one of `assignments`, for a filter matching many assignments
    (a completed course, a course): tested application by application through the
    assignments' application index.

    Written as `EXISTS`, PostgreSQL turned such a test into a hash join that first read every
    matching assignment of the country (a sequential scan: 1.1 million rows for "completed" at
    a decade), only to keep an office's page or its count capped at `CappedPaginator.CAP`. A
    scalar subquery is never turned into a join: the list walks the office's applications in its
    own indexed order and stops when the page (or the capped count) is full, whatever the size
    of the other offices' data. A filter matching few assignments (overdue or not, an open
    state) keeps `EXISTS` (`with_few_assignments`): there the join from the few matching
    assignments, by the (state, due date) index, is the cheaper way."""
    # The application's id again, so the probe is answered from the index alone.
    probe = assignments.filter(application=OuterRef("pk")).order_by().values("application")
    first = Subquery(probe[:1])
    return queryset.alias(**{name: first}).filter(**{f"{name}__isnull": False})


def with_few_assignments(
    queryset: QuerySet, assignments: QuerySet, present: bool = True
) -> QuerySet:
    """The applications that have (or, with `present=False`, lack) one of `assignments`, for a
    filter matching few assignments (see `with_assignment`)."""
    matching = Exists(assignments.filter(application=OuterRef("pk")))
    return queryset.filter(matching) if present else queryset.exclude(matching)


class ApplicationFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("Course state"),
        choices=list(EFFECTIVE_STATE_LABELS.items()),
        method="filter_state",
    )
    course = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Course"),
        queryset=lambda request: assignable_courses(),
        method="filter_course",
    )
    overdue = django_filters.BooleanFilter(label=gettext_lazy("Overdue"), method="filter_overdue")
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Application status"), choices=MarriageApplication.Status.choices
    )
    # A month's or a season's applications: the office's (office, -application_date) index.
    application_date = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Application date"), widget=DateRangePickerWidget
    )
    # Set by "Find a couple" (a POST form), so the URL carries the keyed hash, never the IIN...
    iin = django_filters.CharFilter(
        label=gettext_lazy("IIN (keyed hash)"), method="filter_iin", widget=forms.HiddenInput
    )
    # ...and a random token for a name kept in the clerk's session, never the name.
    found = django_filters.CharFilter(
        label=gettext_lazy("Found by name"), method="filter_found", widget=forms.HiddenInput
    )

    class Meta:
        model = MarriageApplication
        fields = []

    @property
    def fragment_key(self) -> str:
        """Where the rendered filter menu is kept (templates/wagtailadmin/shared/headers/
        _filters.html): it shows the language's labels, the published courses (page-cache
        generation) and the chosen values, the same for every clerk. Not kept when a couple was
        looked up: the IIN's keyed hash and the name's token stay out of the cache."""
        data = self.data or {}
        if data.get("iin") or data.get("found"):
            return ""
        # Every parameter a filter reads: a range filter reads `<name>_from` and `<name>_to`.
        chosen = sorted(
            (key, data.getlist(key))
            for key in data
            if hasattr(data, "getlist")
            and key.removesuffix("_from").removesuffix("_to") in self.filters
        )
        return f"{translation.get_language()}:{current_generation()}:{urlencode(chosen, True)}"

    def _offices_assignments(self) -> QuerySet:
        """The assignments of the offices the user works at, by their copied office
        (CourseAssignment.office, 0056): a filter matching few assignments then joins one
        office's, from the index `assignment_office_state_due` alone, not every such
        assignment of the country. While rows the release before 0056 wrote lack an office
        (until `backfill_office_copies` has run after the upgrade) those are taken too:
        nothing is missed, and the cheap form comes back once none is left (one probe of the
        same index)."""
        rows = CourseAssignment.objects.all()
        user = getattr(self.request, "user", None)
        if user is None or not user.is_authenticated or user.is_superuser:
            return rows
        own = Q(office_id__in=office_id_list(user))
        if self._rows_without_office:
            own |= Q(office__isnull=True)
        return rows.filter(own)

    @cached_property
    def _rows_without_office(self) -> bool:
        return CourseAssignment.objects.filter(office__isnull=True).exists()

    def filter_state(self, queryset, name, value):
        if value == CourseAssignment.State.COMPLETED:  # most couples: see with_assignment
            matching = CourseAssignment.objects.in_effective_state(value)
            return with_assignment(queryset, "state_match", matching)
        matching = self._offices_assignments().in_effective_state(value)
        return with_few_assignments(queryset, matching)

    def filter_course(self, queryset, name, value):
        matching = CourseAssignment.objects.filter(course=value)
        return with_assignment(queryset, "course_match", matching)

    def filter_iin(self, queryset, name, value):
        return queryset.filter(
            Exists(Partner.objects.filter(application=OuterRef("pk"), iin_hash=value))
        )

    def filter_found(self, queryset, name, value):
        searched = cache.get(_found_key(self.request.user, value)) if self.request else None
        if not searched:
            return queryset.none()
        text = searched.casefold()
        # A trigram index answers a token with a word of three letters or more; a shorter one
        # ("Ли") is tested on the partners of the office's live applications one by one, which
        # the planner would otherwise trade for a scan of every partner of the country.
        indexed = max((len(word) for word in re.findall(r"\w+", text)), default=0) >= 3
        named = self._offices_partners() if indexed else Partner.objects.all()
        partners = named.filter(application=OuterRef("pk"), name_search__contains=text)
        # An anonymised couple has no names left to match: only the office's live applications
        # are searched (a partial index, 0053), not a decade of blanked partners.
        return queryset.filter(Exists(partners), anonymised_at__isnull=True)

    def _offices_partners(self) -> QuerySet:
        """The named partners of the offices the user works at, by their copied office
        (Partner.office, 0057), so a name token is looked up in one office's partners by the
        GIN index of (office, name trigrams), not in every partner of the country with that
        name. Each office is its own `=` against a bigint: GIN answers neither `IN` nor an
        integer compared with the bigint column (btree_gin has no cross-type operators), and
        the planner then left the office out of the index search. Partners the release before
        0057 wrote lack the copy until `backfill_office_copies`; they are taken too while any
        is left (one probe of the `partner_without_office` index)."""
        rows = Partner.objects.exclude(name_search="")
        user = getattr(self.request, "user", None)
        if user is None or not user.is_authenticated or user.is_superuser:
            return rows
        own = Q(pk__in=[])
        for office_id in office_id_list(user):
            own |= Q(office_id=Cast(Value(office_id), BigIntegerField()))
        if Partner.objects.filter(office__isnull=True).exists():
            own |= Q(office__isnull=True)
        return rows.filter(own)

    def filter_overdue(self, queryset, name, value):
        # Few assignments are overdue, so either way the join from them is cheaper (see
        # with_assignment): "not overdue" probed 10,000 applications for a 10,000 count.
        overdue = self._offices_assignments().overdue()
        return with_few_assignments(queryset, overdue, bool(value))


@never_cache
@applications_checker.require("view")
def find_by_iin(request: HttpRequest) -> HttpResponse:
    """Posted, so neither a name nor an IIN enters a URL: an IIN becomes its keyed hash, a name
    waits in the shared cache behind a random token, and the list is filtered by either."""
    form = FindCoupleForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        query = form.cleaned_data["query"]
        if query.isdigit():
            params = {"iin": iin_rules.iin_hash(query)}
        else:
            token = secrets.token_urlsafe(12)
            cache.set(_found_key(request.user, token), query, FOUND_SECONDS)
            params = {"found": token}
        return redirect(f"{reverse('applications:index')}?{urlencode(params)}")
    return TemplateResponse(
        request,
        "registry_offices/admin/confirm.html",
        {
            "page_title": _("Find a couple"),
            "message": _(
                "Names and IINs are sent by this form, not in the address, so they stay out of "
                "browser history and server logs. An IIN is compared by its keyed hash."
            ),
            "form": form,
            "submit_label": _("Find"),
            "edit_url": reverse("applications:index"),
            "back_label": _("Back to the list"),
        },
    )
