"""The clerk's other forms: assigning a course, finding a couple, sending a slip."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from courses.models import Audience, CoursePage
from home.text import RefuseControlCharactersMixin

from .. import iin as iin_rules
from ..models import (
    CourseAssignment,
    MarriageApplication,
)
from ..models.assignments import CERTIFIED_MESSAGE
from .applications import PARTNERS_PER_APPLICATION


def assignable_courses():
    """Published courses of the default language (premarital first): what a clerk may assign."""
    return (
        CoursePage.objects.live()
        .exclude(audience=Audience.SCHOOL)
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("-audience", "title")
    )


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


class FindCoupleForm(RefuseControlCharactersMixin, forms.Form):
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
