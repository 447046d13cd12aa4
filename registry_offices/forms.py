"""Forms of the clerk screens; every rule a clerk can break has a translated message here."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import InlinePanel
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Locale

from courses.models import Audience, CoursePage

from . import iin as iin_rules
from .models import (
    MINIMUM_AGE,
    CourseAssignment,
    MarriageApplication,
    age_on,
    is_shortened_term,
)
from .models.assignments import CERTIFIED_MESSAGE
from .scoping import offices_for_user

PARTNERS_PER_APPLICATION = 2


class PartnerForm(WagtailAdminModelForm):
    """One partner; the IIN is a form-only field turned into a keyed hash and four digits."""

    iin = forms.CharField(
        label=_("IIN"),
        required=False,
        max_length=20,
        help_text=_("Optional. 12 digits; only a keyed hash and the last four digits are kept."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.iin_last4:
            self.fields["iin"].help_text = _(
                "An IIN ending in %(digits)s is on file. Leave empty to keep it, or type a new one."
            ) % {"digits": self.instance.iin_last4}

    def clean_date_of_birth(self) -> datetime.date:
        born = self.cleaned_data["date_of_birth"]
        if born > timezone.localdate():
            raise ValidationError(_("The date of birth cannot be in the future."), code="future")
        return born

    def clean(self) -> dict:
        cleaned = super().clean()
        raw = (cleaned.get("iin") or "").strip()
        if raw:
            try:
                iin_rules.validate_iin(raw, cleaned.get("date_of_birth"))
            except ValidationError as error:
                self.add_error("iin", error)
            else:
                self.instance.set_iin(raw)
        return cleaned


class PartnersInlinePanel(InlinePanel):
    """The two partners inline in the application form, using PartnerForm for the IIN field."""

    def get_form_options(self) -> dict:
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = PartnerForm
        return options


class MarriageApplicationForm(WagtailAdminModelForm):
    """The application with both partners; the rules that span them live in `clean`."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        office_field = self.fields.get("office")
        if office_field is not None and self.for_user is not None:
            offices = offices_for_user(self.for_user)
            office_field.queryset = offices
            if self.instance.pk is None and not self.initial.get("office"):
                only = list(offices[:2])
                if len(only) == 1:
                    self.initial["office"] = only[0].pk
        if self.instance.pk is None and "planned_registration_date" in self.fields:
            self.initial.setdefault(
                "planned_registration_date",
                timezone.localdate() + datetime.timedelta(days=15),
            )

    def clean(self) -> dict:
        cleaned = super().clean()
        applied = cleaned.get("application_date")
        planned = cleaned.get("planned_registration_date")
        if applied and planned and planned < applied:
            self.add_error(
                "planned_registration_date",
                ValidationError(
                    _("The planned registration date cannot be before the application date."),
                    code="before_application",
                ),
            )
            planned = None
        office, number = cleaned.get("office"), cleaned.get("number")
        if office and number:
            taken = MarriageApplication.objects.filter(office=office, number=number)
            if self.instance.pk:
                taken = taken.exclude(pk=self.instance.pk)
            if taken.exists():
                self.add_error(
                    "number",
                    ValidationError(
                        _("This office already has an application with this number."),
                        code="duplicate_number",
                    ),
                )
        self._check_partners(planned)
        return cleaned

    def _check_partners(self, planned: datetime.date | None) -> None:
        formset = self.formsets.get("partners")
        if formset is None:
            return
        formset.is_valid()  # validate the partner forms now so their dates can be checked here
        live = [
            form
            for form in formset.forms
            if not (formset.can_delete and formset._should_delete_form(form))
            and (form.has_changed() or form.instance.pk)
        ]
        self._check_partner_ids(formset, live)
        if len(live) != PARTNERS_PER_APPLICATION:
            self.add_error(
                None,
                ValidationError(
                    _("An application has exactly two partners."), code="partner_count"
                ),
            )
        if planned is None:
            return
        for form in live:
            born = getattr(form, "cleaned_data", {}).get("date_of_birth")
            if born and age_on(born, planned) < MINIMUM_AGE:
                form.add_error(
                    "date_of_birth",
                    ValidationError(
                        _(
                            "A partner must be at least %(age)s years old on the planned "
                            "registration date (%(date)s)."
                        ),
                        code="too_young",
                        params={"age": MINIMUM_AGE, "date": date_format(planned, "DATE_FORMAT")},
                    ),
                )

    def _check_partner_ids(self, formset, live: list) -> None:
        """The posted hidden ids name this application's partners only, and once a course is
        assigned no partner may go: their access (and so the certificate) depends on them."""
        existing = (
            set(self.instance.partners.values_list("pk", flat=True)) if self.instance.pk else set()
        )
        pk_name = formset.model._meta.pk.name
        posted = {
            str(form.data.get(form.add_prefix(pk_name)) or "").strip() for form in formset.forms
        }
        if posted - {"", *map(str, existing)}:
            self.add_error(
                None,
                ValidationError(
                    _(
                        "A partner in the form does not belong to this application. Reload the "
                        "page and try again."
                    ),
                    code="foreign_partner",
                ),
            )
            return
        kept = {form.instance.pk for form in live if form.instance.pk}
        if existing - kept and self.instance.has_assignments:
            self.add_error(
                None,
                ValidationError(
                    _(
                        "A partner cannot be removed once a course is assigned: their access "
                        "code and certificate depend on them. Correct the name instead (a "
                        "certificate already issued can then be reissued)."
                    ),
                    code="partner_removed",
                ),
            )

    @property
    def is_shortened_term(self) -> bool:
        cleaned = getattr(self, "cleaned_data", {})
        return is_shortened_term(
            cleaned.get("application_date"), cleaned.get("planned_registration_date")
        )

    def save(self, commit: bool = True) -> MarriageApplication:
        if self.instance.pk is None and self.for_user is not None:
            self.instance.created_by = self.for_user
        return super().save(commit=commit)


def assignable_courses():
    """Published courses of the default language (premarital first): what a clerk may assign."""
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    courses = CoursePage.objects.live().exclude(audience=Audience.SCHOOL)
    if locale is not None:
        courses = courses.filter(locale=locale)
    return courses.order_by("-audience", "title")


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: CoursePage) -> str:
        return f"{obj.title} ({obj.get_audience_display()})"


class AssignCourseForm(forms.Form):
    course = CourseChoiceField(label=_("Course"), queryset=CoursePage.objects.none())
    due_date = forms.DateField(
        label=_("Due date"),
        widget=AdminDateInput,
        help_text=_("No later than the planned registration date."),
    )
    send_email = forms.BooleanField(
        label=_("Also e-mail each partner their slip (if they gave an e-mail address)"),
        required=False,
    )

    def __init__(self, *args, application: MarriageApplication, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.application = application
        self.fields["course"].queryset = assignable_courses()
        today = timezone.localdate()
        planned = application.planned_registration_date
        self.fields["due_date"].initial = max(today, planned - datetime.timedelta(days=3))
        premarital = self.fields["course"].queryset.filter(audience=Audience.PREMARITAL).first()
        if premarital is not None:
            self.fields["course"].initial = premarital.pk

    def clean_due_date(self) -> datetime.date:
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise ValidationError(_("The due date cannot be in the past."), code="past")
        planned = self.application.planned_registration_date
        if due > planned:
            raise ValidationError(
                _("The due date cannot be after the planned registration date (%(date)s)."),
                code="after_registration",
                params={"date": date_format(planned, "DATE_FORMAT")},
            )
        return due

    def clean(self) -> dict:
        cleaned = super().clean()
        course = cleaned.get("course")
        if course is not None:
            live = CourseAssignment.objects.filter(
                application=self.application, course=course
            ).exclude(state=CourseAssignment.State.CANCELLED)
            if live.exists():
                self.add_error(
                    "course",
                    ValidationError(
                        _("This course is already assigned to this couple."), code="duplicate"
                    ),
                )
            certified = CourseAssignment.objects.filter(
                application=self.application, course=course, certificates__state="valid"
            )
            if certified.exists():
                self.add_error("course", ValidationError(CERTIFIED_MESSAGE, code="certified"))
        if self.application.partners.count() != PARTNERS_PER_APPLICATION:
            raise ValidationError(
                _("Add both partners to the application before assigning a course."),
                code="partners_missing",
            )
        return cleaned


class SendEmailForm(forms.Form):
    send_email = forms.BooleanField(
        label=_("Also e-mail the new slip to the partner (if they gave an e-mail address)"),
        required=False,
    )


class FindCoupleForm(forms.Form):
    """A partner's name or full IIN, posted so that neither enters a URL."""

    query = forms.CharField(
        label=_("A partner's name or IIN"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def clean_query(self) -> str:
        query = " ".join(self.cleaned_data["query"].split())
        digits = iin_rules.normalise(query)
        if digits.isdigit():
            return iin_rules.validate_iin(digits)
        if len(query) < 2:
            raise ValidationError(_("Type at least two letters of a name."))
        return query


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded in the history; not shown on the public verify page."),
    )


class VerifyForm(forms.Form):
    """The public "check a certificate" form."""

    code = forms.CharField(
        label=_("Certificate code"),
        max_length=40,
        help_text=_("Twelve letters and digits, as printed on the certificate."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
