"""Clerk screens: the applications viewset's views, assigning a course, slips, codes and reports.

Every object is fetched through `services.*_for_user`, so another office's row answers 404.
"""

import csv
import datetime
import secrets
from urllib.parse import urlencode

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.widgets.button import HeaderButton

from . import iin as iin_rules
from . import services
from .forms import AssignCourseForm, SendEmailForm, assignable_courses
from .models import (
    EFFECTIVE_STATE_LABELS,
    CourseAssignment,
    MarriageApplication,
    Partner,
    PartnerAccess,
    RegistryOffice,
)
from .slips import build_slip, site_base_url
from .tasks import send_slip_email

SESSION_CODES_KEY = "registry_offices.slip_codes"


# --- The applications list ----------------------------------------------------------------------


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

    def filter_state(self, queryset, name, value):
        matching = CourseAssignment.objects.in_effective_state(value).filter(
            application=OuterRef("pk")
        )
        return queryset.filter(Exists(matching))

    def filter_course(self, queryset, name, value):
        matching = CourseAssignment.objects.filter(application=OuterRef("pk"), course=value)
        return queryset.filter(Exists(matching))

    def filter_iin(self, queryset, name, value):
        return queryset.filter(
            Exists(Partner.objects.filter(application=OuterRef("pk"), iin_hash=value))
        )

    def filter_found(self, queryset, name, value):
        searched = (
            self.request.session.get(FOUND_SESSION_KEY, {}).get(value) if self.request else None
        )
        if not searched:
            return queryset.none()
        partners = Partner.objects.filter(
            application=OuterRef("pk"), name_search__contains=searched.casefold()
        )
        return queryset.filter(Exists(partners))

    def filter_overdue(self, queryset, name, value):
        overdue = Exists(CourseAssignment.objects.overdue().filter(application=OuterRef("pk")))
        return queryset.filter(overdue) if value else queryset.exclude(overdue)


def partner_names(application: MarriageApplication) -> str:
    return " & ".join(partner.full_name for partner in application.partners.all())


def partner_iin_digits(application: MarriageApplication) -> str:
    return " & ".join(partner.iin_last4 or "—" for partner in application.partners.all())


def planned_date_label(application: MarriageApplication) -> str:
    label = date_format(application.planned_registration_date, "SHORT_DATE_FORMAT")
    return f"{label} ({_('shortened term')})" if application.shortened_term else label


def course_states(application: MarriageApplication) -> str:
    return "; ".join(
        f"{assignment.course.title}: {assignment.get_effective_state_display()}"
        for assignment in application.assignments.all()
    )


def scoped_applications(user) -> "services.QuerySet[MarriageApplication]":
    return services.applications_for_user(user)


class ApplicationIndexView(generic.IndexView):
    """The office's applications; searching by full IIN compares keyed hashes, never the number."""

    filterset_class = ApplicationFilterSet
    default_ordering = "-application_date"
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
        return [
            TitleColumn(
                "number",
                label=gettext_lazy("Number"),
                sort_key="number",
                get_url=lambda obj: self.get_edit_url(obj),
            ),
            Column("partners", label=gettext_lazy("Partners"), accessor=partner_names),
            # Plain dates: Wagtail's DateColumn says "just now" for a registration next month.
            Column(
                "application_date",
                label=gettext_lazy("Applied"),
                sort_key="application_date",
                accessor=lambda obj: date_format(obj.application_date, "SHORT_DATE_FORMAT"),
            ),
            Column(
                "planned_registration_date",
                label=gettext_lazy("Registration"),
                sort_key="planned_registration_date",
                accessor=planned_date_label,
            ),
            Column("courses", label=gettext_lazy("Courses"), accessor=course_states),
            Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        ]

    def get_base_queryset(self):
        return scoped_applications(self.request.user).prefetch_related(
            Prefetch("partners", queryset=Partner.objects.order_by("sort_order")),
            Prefetch(
                "assignments",
                queryset=CourseAssignment.objects.select_related("course").order_by("created_at"),
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

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(queryset.select_related("office"), spreadsheet_format)

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


class ApplicationCreateView(ShortenedTermWarningMixin, generic.CreateView):
    pass


class ApplicationEditView(ShortenedTermWarningMixin, generic.EditView):
    def get_queryset(self):
        return scoped_applications(self.request.user)


class ApplicationDeleteView(generic.DeleteView):
    def get_queryset(self):
        return scoped_applications(self.request.user)


class ApplicationHistoryView(history.HistoryView):
    def get_base_object_queryset(self):
        return scoped_applications(self.request.user)


class ApplicationUsageView(usage.UsageView):
    def get_base_object_queryset(self):
        return scoped_applications(self.request.user)


FOUND_SESSION_KEY = "applications_found"
FOUND_SESSION_LIMIT = 20


class FindCoupleForm(forms.Form):
    query = forms.CharField(
        label=gettext_lazy("A partner's name or IIN"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def clean_query(self) -> str:
        query = " ".join(self.cleaned_data["query"].split())
        digits = iin_rules.normalise(query)
        if digits.isdigit():
            return iin_rules.validate_iin(digits)
        if len(query) < 2:
            raise forms.ValidationError(_("Type at least two letters of a name."))
        return query


@never_cache
def find_by_iin(request: HttpRequest) -> HttpResponse:
    """Posted, so neither a name nor an IIN enters a URL: an IIN becomes its keyed hash, a name
    stays in the clerk's session behind a random token, and the list is filtered by either."""
    _require(request, "view_marriageapplication")
    form = FindCoupleForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        query = form.cleaned_data["query"]
        if query.isdigit():
            params = {"iin": iin_rules.iin_hash(query)}
        else:
            token = secrets.token_urlsafe(8)
            found = dict(
                list(request.session.get(FOUND_SESSION_KEY, {}).items())[-FOUND_SESSION_LIMIT:]
            )
            found[token] = query
            request.session[FOUND_SESSION_KEY] = found
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


# --- Assigning a course, slips, codes --------------------------------------------------------------


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(f"registry_offices.{permission}"):
        raise PermissionDenied


def _remember_codes(request: HttpRequest, assignment_id: int, codes: dict[int, str]) -> None:
    """Keep fresh codes in the session only until the slip page shows them (once)."""
    stored = request.session.get(SESSION_CODES_KEY, {})
    entry = stored.get(str(assignment_id), {})
    entry.update({str(partner_id): code for partner_id, code in codes.items()})
    stored[str(assignment_id)] = entry
    request.session[SESSION_CODES_KEY] = stored


def _take_codes(request: HttpRequest, assignment_id: int) -> dict[int, str]:
    stored = request.session.get(SESSION_CODES_KEY, {})
    entry = stored.pop(str(assignment_id), {})
    if entry:
        request.session[SESSION_CODES_KEY] = stored
    return {int(partner_id): code for partner_id, code in entry.items()}


def _email_codes(accesses: list[PartnerAccess], codes: dict[int, str]) -> int:
    sent = 0
    for access in accesses:
        code = codes.get(access.partner_id)
        if code and access.partner.email:
            send_slip_email.enqueue(access.pk, code, site_base_url())
            sent += 1
    return sent


def _edit_url(application_id: int) -> str:
    return reverse("applications:edit", args=[application_id])


@never_cache
def assign_course(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "add_courseassignment")
    application = get_object_or_404(
        scoped_applications(request.user).select_related("office"), pk=pk
    )
    form = AssignCourseForm(
        request.POST if request.method == "POST" else None, application=application
    )
    if request.method == "POST" and form.is_valid():
        issued = services.assign_course(
            application, form.cleaned_data["course"], form.cleaned_data["due_date"], request.user
        )
        _remember_codes(request, issued.assignment.pk, issued.codes)
        if form.cleaned_data["send_email"]:
            accesses = list(issued.assignment.accesses.select_related("partner"))
            sent = _email_codes(accesses, issued.codes)
            messages.success(request, _("Slips e-mailed: %(count)s.") % {"count": sent})
        messages.success(
            request, _("Course assigned. Print the slips now: the codes are shown once.")
        )
        return redirect("applications:slips", pk=issued.assignment.pk)
    return TemplateResponse(
        request,
        "registry_offices/admin/assign_course.html",
        {
            "application": application,
            "form": form,
            "page_title": _("Assign a course"),
            "edit_url": _edit_url(application.pk),
        },
    )


def _scoped_assignment(request: HttpRequest, pk: int) -> CourseAssignment:
    return get_object_or_404(
        services.assignments_for_user(request.user).select_related("course", "application__office"),
        pk=pk,
    )


@never_cache
def slips(request: HttpRequest, pk: int) -> HttpResponse:
    """Both partners' slips, each in its partner's language; codes appear on the first view only."""
    _require(request, "view_courseassignment")
    assignment = _scoped_assignment(request, pk)
    codes = _take_codes(request, assignment.pk)
    accesses = list(assignment.accesses.select_related("partner").order_by("partner__sort_order"))
    slip_list = [
        build_slip(assignment, access.partner, codes.get(access.partner_id)) for access in accesses
    ]
    response = TemplateResponse(
        request,
        "registry_offices/admin/slips.html",
        {
            "assignment": assignment,
            "application": assignment.application,
            "slips": slip_list,
            "accesses": accesses,
            "has_codes": any(slip.code for slip in slip_list),
            "edit_url": _edit_url(assignment.application_id),
            "page_title": _("Slips"),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


@never_cache
def regenerate_code(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "change_courseassignment")
    access = get_object_or_404(
        PartnerAccess.objects.filter(
            assignment__in=services.assignments_for_user(request.user)
        ).select_related("assignment__application", "assignment__course", "partner"),
        pk=pk,
    )
    if access.assignment.is_cancelled:
        raise Http404
    form = SendEmailForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        code = services.regenerate_code(access, request.user)
        _remember_codes(request, access.assignment_id, {access.partner_id: code})
        if form.cleaned_data["send_email"]:
            _email_codes([access], {access.partner_id: code})
        messages.success(request, _("A new code was made; the old one no longer works."))
        return redirect("applications:slips", pk=access.assignment_id)
    return TemplateResponse(
        request,
        "registry_offices/admin/confirm.html",
        {
            "page_title": _("Replace a lost access code"),
            "message": _(
                "Partner %(position)s gets a new access code for this course; the old code stops "
                "working at once. Their progress is kept."
            )
            % {"position": services.partner_position(access.partner)},
            "form": form,
            "submit_label": _("Make a new code"),
            "edit_url": _edit_url(access.assignment.application_id),
        },
    )


@never_cache
def cancel_assignment(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "change_courseassignment")
    assignment = _scoped_assignment(request, pk)
    if assignment.is_cancelled:
        raise Http404
    if request.method == "POST":
        services.cancel_assignment(assignment, request.user)
        messages.success(request, _("The assignment was cancelled; its codes no longer work."))
        return redirect(_edit_url(assignment.application_id))
    return TemplateResponse(
        request,
        "registry_offices/admin/confirm.html",
        {
            "page_title": _("Cancel the course assignment"),
            "message": _(
                "Cancel the course “%(course)s” for this couple? Both access codes stop working."
            )
            % {"course": assignment.course.title},
            "form": None,
            "submit_label": _("Cancel the assignment"),
            "destructive": True,
            "edit_url": _edit_url(assignment.application_id),
        },
    )


# --- Reports ---------------------------------------------------------------------------------------


def _report_offices(request: HttpRequest, office_id: int | None):
    offices = services.report_offices_for_user(request.user)
    if office_id is None:
        if not services.sees_all_offices(request.user):
            raise Http404
        return offices
    offices = offices.filter(pk=office_id)
    if not offices.exists():
        raise Http404
    return offices


REPORT_COLUMNS = (
    ("office", gettext_lazy("Office")),
    ("course", gettext_lazy("Course")),
    ("month", gettext_lazy("Month")),
    ("assigned", gettext_lazy("Not started")),
    ("in_progress", gettext_lazy("In progress")),
    ("completed", gettext_lazy("Completed")),
    ("overdue", gettext_lazy("Overdue")),
    ("cancelled", gettext_lazy("Cancelled")),
)


@never_cache
def report(request: HttpRequest, office_id: int | None = None) -> HttpResponse:
    """Aggregate figures per office, course and month; never a name, IIN or contact."""
    offices = _report_offices(request, office_id)
    figures = services.office_figures(offices)
    rows = services.report_rows(offices)
    export_url = (
        reverse("applications:report_export", args=[office_id])
        if office_id
        else reverse("applications:report_export_all")
    )
    return TemplateResponse(
        request,
        "registry_offices/admin/report.html",
        {
            "page_title": _("Course completion report"),
            "figures": figures,
            "rows": rows,
            "columns": REPORT_COLUMNS,
            "export_url": export_url,
            "all_offices": office_id is None,
        },
    )


def reports(request: HttpRequest) -> HttpResponse:
    """The menu's way in: the all-offices report for analysts, else the user's own office."""
    if services.sees_all_offices(request.user):
        return redirect("applications:report_all")
    office = services.report_offices_for_user(request.user).first()
    if office is None:
        raise Http404
    return redirect("applications:report", office_id=office.pk)


@never_cache
def report_export(request: HttpRequest, office_id: int | None = None) -> StreamingHttpResponse:
    offices = _report_offices(request, office_id)
    rows = services.report_rows(offices)

    class Echo:
        def write(self, value: str) -> str:
            return value

    writer = csv.writer(Echo())

    def lines():
        yield writer.writerow([str(label) for _key, label in REPORT_COLUMNS])
        for row in rows:
            yield writer.writerow(
                [
                    row.office.code,
                    row.course_title,
                    f"{row.month:%Y-%m}",
                    row.assigned,
                    row.in_progress,
                    row.completed,
                    row.overdue,
                    row.cancelled,
                ]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    name = f"report-{datetime.date.today():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def office_for_dashboard(user) -> list[RegistryOffice]:
    return list(services.report_offices_for_user(user))
