"""The applications viewset's views: the office's list and its export, the form, history and
deletion (the filters and "Find a couple" are in `finding.py`).

Every object is fetched through `scoping.applications_for_user`, so another office's row is a 404.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.db.models import Exists, F, OuterRef, Prefetch, ProtectedError, Q, RestrictedError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages as admin_messages
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.widgets.button import HeaderButton

from accounts.reauth import ReauthenticatedExportMixin
from home.pagination import CappedListingMixin, UnorderedCappedPaginator
from home.spreadsheets import StreamedRows, spreadsheet_cell
from home.tables import PlainColumn, PlainRowsTable, PlainTitleColumn
from home.xlsx import xlsx_streaming_response

from .. import iin as iin_rules
from ..forms import (
    DUPLICATE_NUMBER_MESSAGE,
)
from ..models import CourseAssignment, MarriageApplication, Partner
from ..scoping import applications_for_user, listed_applications_for_user
from .finding import ApplicationFilterSet


def partner_names(application: MarriageApplication) -> str:
    """Rows come with `partner_rows` and `assignment_rows` (ApplicationIndexView prefetches)."""
    if application.anonymised_at:
        return _("personal data removed")
    return " & ".join(partner.full_name for partner in application.partner_rows)


def partner_iin_digits(application: MarriageApplication) -> str:
    return " & ".join(partner.iin_last4 or "—" for partner in application.partner_rows)


def planned_date_label(application: MarriageApplication) -> str:
    label = date_format(application.planned_registration_date, "SHORT_DATE_FORMAT")
    return f"{label} ({_('shortened term')})" if application.shortened_term else label


def course_states(application: MarriageApplication) -> str:
    return "; ".join(
        f"{assignment.course_title}: {assignment.get_effective_state_display()}"
        for assignment in application.assignment_rows
    )


class ApplicationIndexView(CappedListingMixin, ReauthenticatedExportMixin, generic.IndexView):
    """The office's applications; searching by full IIN compares keyed hashes, never the number."""

    filterset_class = ApplicationFilterSet
    # A decade of a big office is 130,000 applications: a filter most of them pass (a state, a
    # status) counted them all on each page view; the count stops at the paginator's CAP.
    paginator_class = UnorderedCappedPaginator
    table_class = PlainRowsTable  # with the plain columns below: no template per cell or row
    default_ordering = "-application_date"
    template_name = "registry_offices/admin/applications_index.html"
    list_export = [
        "number",
        "office_code",
        "application_date",
        "planned_registration_date",
        "shortened_term",
        "status_label",
        "partners",
        "iin_last4",
        "courses",
    ]
    export_headings = {
        "number": gettext_lazy("Application number"),
        "office_code": gettext_lazy("Office"),
        "application_date": gettext_lazy("Application date"),
        "planned_registration_date": gettext_lazy("Planned registration date"),
        "shortened_term": gettext_lazy("Shortened term"),
        "status_label": gettext_lazy("Status"),
        "partners": gettext_lazy("Partners"),
        "iin_last4": gettext_lazy("IIN, last four digits"),
        "courses": gettext_lazy("Courses"),
    }

    @property
    def columns(self):
        # Plain cells: the list is the page a clerk reloads most (see home/tables.py).
        edit_url = self._edit_url_maker()
        return [
            PlainTitleColumn(
                "number", label=gettext_lazy("Number"), sort_key="number", url_for=edit_url
            ),
            PlainColumn("partners", label=gettext_lazy("Partners"), accessor=partner_names),
            # Plain dates: Wagtail's DateColumn says "just now" for a registration next month.
            PlainColumn(
                "application_date",
                label=gettext_lazy("Applied"),
                sort_key="application_date",
                accessor=lambda obj: date_format(obj.application_date, "SHORT_DATE_FORMAT"),
            ),
            PlainColumn(
                "planned_registration_date",
                label=gettext_lazy("Registration"),
                sort_key="planned_registration_date",
                accessor=planned_date_label,
            ),
            PlainColumn("courses", label=gettext_lazy("Courses"), accessor=course_states),
            PlainColumn("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        ]

    def _edit_url_maker(self):
        """Each row's edit URL from one `reverse`: the pattern is the same for every row."""
        marker = 999999937
        template = self.get_edit_url(MarriageApplication(pk=marker))
        if not template:  # no permission to edit: titles without links, as Wagtail does
            return lambda obj: None
        head, _marker, tail = template.rpartition(str(marker))
        return lambda obj: f"{head}{obj.pk}{tail}"

    def get_context_data(self, **kwargs):
        if self.is_export:
            # A download needs its rows only; the listing's context would read every row once
            # more (Wagtail counts an unpaginated list with len()) before the file streams.
            return {"object_list": self.object_list}
        context = super().get_context_data(**kwargs)
        # The clerk's "Check a certificate" box (the certificates app's counter).
        context["counter"] = self.request.user.has_perm("certificates.view_certificate")
        return context

    def get_base_queryset(self):
        # Lists on attributes (`to_attr`): Django then skips making a related manager's
        # queryset for every row, a sixth of this page's time.
        return listed_applications_for_user(self.request.user).prefetch_related(
            Prefetch(
                "partners",
                queryset=Partner.objects.order_by("sort_order"),
                to_attr="partner_rows",
            ),
            Prefetch(
                "assignments",
                # The title only: a whole course page per row costs more than the rest.
                queryset=CourseAssignment.objects.annotate(
                    course_title=F("course__title")
                ).order_by("created_at"),
                to_attr="assignment_rows",
            ),
        )

    def get_search_form(self):
        """The box says what it matches, so nobody types a name into a URL."""
        form = super().get_search_form()
        if form is not None:
            form.fields["q"].widget.attrs["placeholder"] = _(
                "Application number or last 4 IIN digits"
            )
        return form

    def search_queryset(self, queryset):
        """The search box (a GET, so its words land in URLs and logs) matches application
        numbers and the last four IIN digits only; names and full IINs go through the posted
        "Find a couple" form."""
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        condition = Q(number__icontains=query)
        digits = iin_rules.normalise(query)
        if len(digits) == 4 and digits.isdigit():
            partners = Partner.objects.filter(application=OuterRef("pk"), iin_last4=digits)
            condition |= Exists(partners)
        return queryset.filter(condition)

    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(
                _("Find a couple"), url=reverse("applications:find_iin"), icon_name="search"
            ),
        ]

    def to_row_dict(self, item):
        return {
            "number": item.number,
            "office_code": item.office.code,
            "application_date": item.application_date,
            "planned_registration_date": item.planned_registration_date,
            "shortened_term": _("yes") if item.shortened_term else _("no"),
            "status_label": item.get_status_display(),
            "partners": partner_names(item),
            "iin_last4": partner_iin_digits(item),
            "courses": course_states(item),
        }

    def preprocess_field_value(self, field, value, export_format):
        """Names are typed by people: a name like `=HYPERLINK(...)` must stay text (CSV and XLSX)."""
        return spreadsheet_cell(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # A whole office over the years: read in chunks while both formats stream out.
        rows = StreamedRows(queryset.select_related("office"))
        if spreadsheet_format == self.FORMAT_XLSX:
            return xlsx_streaming_response(self, rows, self.get_filename())
        return super().as_spreadsheet(rows, spreadsheet_format)

    def get_filename(self):
        return f"applications-{timezone.localdate():%Y-%m-%d}"


class ShortenedTermWarningMixin:
    def save_action(self):
        response = super().save_action()
        if self.object.shortened_term:
            messages.warning(
                self.request,
                _(
                    "The registration is planned less than 15 days after the application: "
                    "make sure the term was shortened on legal grounds."
                ),
            )
        return response


class DuplicateNumberMixin:
    """Two saves of the same number at once (a double click, two clerks): the unique index
    refuses the second, and the clerk sees the form's message instead of an error page."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except IntegrityError:
            cleaned = form.cleaned_data
            if not form.number_taken(cleaned.get("office"), cleaned.get("number")):
                raise
            if isinstance(self, generic.CreateView):
                form.instance.pk = None  # the insert was rolled back
            form.add_error("number", ValidationError(DUPLICATE_NUMBER_MESSAGE, code="duplicate"))
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class ApplicationCreateView(DuplicateNumberMixin, ShortenedTermWarningMixin, generic.CreateView):
    def get_success_url(self):
        """The new application itself, whose Courses panel holds the clerk's next step."""
        return reverse("applications:edit", args=[self.object.pk])

    def get_success_buttons(self):
        if not self.request.user.has_perm("registry_offices.add_courseassignment"):
            return []
        url = reverse("applications:assign", args=[self.object.pk])
        return [admin_messages.button(url, _("Assign a course"))]


class ApplicationEditView(DuplicateNumberMixin, ShortenedTermWarningMixin, generic.EditView):
    def get_queryset(self):
        return applications_for_user(self.request.user)

    def dispatch(self, request, *args, **kwargs):
        """An anonymised application has nothing left to edit (its names are gone): say so."""
        pk = str(kwargs.get("pk", ""))
        application = self.get_queryset().filter(pk=pk).first() if pk.isdigit() else None
        if application is not None and application.anonymised_at:
            messages.info(
                request,
                _(
                    "The personal data of application %(number)s was removed on %(date)s, "
                    "as the retention rule requires; only its figures remain."
                )
                % {
                    "number": application.number,
                    "date": date_format(
                        timezone.localtime(application.anonymised_at), "SHORT_DATE_FORMAT"
                    ),
                },
            )
            return redirect("applications:index")
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def can_delete(self):
        """No Delete button when a certificate keeps the application (see the delete view)."""
        return super().can_delete and not self.object.has_certificates


class ApplicationDeleteView(generic.DeleteView):
    """An application whose couple has a certificate is kept: the certificate (verifiable by
    anyone, perhaps accepted) needs it. The clerk is told so instead of meeting an error."""

    def get_queryset(self):
        return applications_for_user(self.request.user)

    # get/post run after the permission check in dispatch().
    def get(self, request, *args, **kwargs):
        if self.object.has_certificates:
            return self._refuse()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.object.has_certificates:
            return self._refuse()
        return super().post(request, *args, **kwargs)

    def delete_action(self):
        try:
            super().delete_action()
        except (ProtectedError, RestrictedError) as error:
            raise _Refused from error

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except _Refused:
            return self._refuse()

    def _refuse(self):
        messages.error(
            self.request,
            _(
                "This application cannot be deleted: a certificate was issued for it. "
                "Revoke the certificate if it must no longer be valid."
            ),
        )
        return redirect(reverse("applications:edit", args=[self.object.pk]))


class _Refused(Exception):
    pass


class ApplicationHistoryView(history.HistoryView):
    def get_base_object_queryset(self):
        return applications_for_user(self.request.user)


class ApplicationUsageView(usage.UsageView):
    def get_base_object_queryset(self):
        return applications_for_user(self.request.user)
