"""The application form with its two partners; every rule a clerk can break has a message."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import InlinePanel

from home.text import RefuseControlCharactersMixin

from .. import iin as iin_rules
from ..models import (
    MINIMUM_AGE,
    MarriageApplication,
    add_months,
    age_on,
    is_shortened_term,
)
from ..phones import NOT_MOBILE, can_take_sms, invalid_phone, normalise_phone
from ..scoping import offices_for_user

PARTNERS_PER_APPLICATION = 2
NAME_MAX_LENGTH = 150  # the column holds 200; a person's name in an ID document is shorter
EARLIEST_BIRTH_DATE = datetime.date(1900, 1, 1)
YOUNGEST_AGE_ON_FILE = 16  # at the application; 18 on the registration date is checked apart
EARLIEST_APPLICATION_DATE = datetime.date(2019, 1, 1)
PLANNING_MONTHS = 6  # a registration is planned at most this far ahead


def years_before(day: datetime.date, years: int) -> datetime.date:
    """The same day `years` earlier (28 February for a 29 February in a common year)."""
    return add_months(day, -12 * years)


class PartnerForm(RefuseControlCharactersMixin, WagtailAdminModelForm):
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
        if "full_name" in self.fields:
            self.fields["full_name"].widget.attrs["maxlength"] = NAME_MAX_LENGTH
        if self.instance.iin_last4:
            self.fields["iin"].help_text = _(
                "An IIN ending in %(digits)s is on file. Leave empty to keep it, or type a new one."
            ) % {"digits": self.instance.iin_last4}

    def clean_full_name(self) -> str:
        name = self.cleaned_data["full_name"]  # control characters: refused by the mixin
        if len(name) > NAME_MAX_LENGTH:
            raise ValidationError(
                _("A name can have at most %(limit)s characters (this one has %(length)s)."),
                code="too_long",
                params={"limit": NAME_MAX_LENGTH, "length": len(name)},
            )
        return name

    def clean_date_of_birth(self) -> datetime.date:
        born = self.cleaned_data["date_of_birth"]
        today = timezone.localdate()
        if born > today:
            raise ValidationError(_("The date of birth cannot be in the future."), code="future")
        latest = years_before(today, YOUNGEST_AGE_ON_FILE)
        if not EARLIEST_BIRTH_DATE <= born <= latest:
            raise ValidationError(
                _("The date of birth must be between %(earliest)s and %(latest)s."),
                code="out_of_range",
                params={
                    "earliest": date_format(EARLIEST_BIRTH_DATE, "DATE_FORMAT"),
                    "latest": date_format(latest, "DATE_FORMAT"),
                },
            )
        return born

    def clean_phone(self) -> str:
        raw = self.cleaned_data["phone"].strip()
        return normalise_phone(raw) if raw else ""

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
        self._check_consent(cleaned)
        return cleaned

    def _check_consent(self, cleaned: dict) -> None:
        """Notices need the address they go to; the moment of the choice is recorded."""
        if cleaned.get("notify_by_email") and not cleaned.get("email") and "email" in cleaned:
            self.add_error(
                "notify_by_email",
                ValidationError(
                    _("Enter the e-mail address the notices should go to."), code="no_email"
                ),
            )
        phone = cleaned.get("phone")
        if cleaned.get("notify_by_sms") and "phone" in cleaned:
            if not phone:
                self.add_error(
                    "notify_by_sms",
                    ValidationError(
                        _("Enter the mobile number the SMS should go to."), code="no_phone"
                    ),
                )
            elif not can_take_sms(phone):
                self.add_error("phone", invalid_phone(NOT_MOBILE))
        chosen = ("notify_by_email", "notify_by_sms")
        if any(name in self.changed_data for name in chosen):
            wanted = any(cleaned.get(name) for name in chosen)
            self.instance.notices_consent_at = timezone.now() if wanted else None


DUPLICATE_NUMBER_MESSAGE = _("This office already has an application with this number.")


class PartnersInlinePanel(InlinePanel):
    """The two partners inline in the application form, using PartnerForm for the IIN field."""

    def get_form_options(self) -> dict:
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = PartnerForm
        return options


class MarriageApplicationForm(RefuseControlCharactersMixin, WagtailAdminModelForm):
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

    def _is_new_or_changed(self, name: str) -> bool:
        """Date bounds apply to what the clerk types now, so older rows stay editable."""
        if self.instance.pk is None:
            return True
        return self.cleaned_data.get(name) != getattr(self.instance, name)

    def clean_application_date(self) -> datetime.date:
        applied = self.cleaned_data["application_date"]
        if self._is_new_or_changed("application_date"):
            if applied > timezone.localdate():
                raise ValidationError(
                    _("The application date cannot be in the future."), code="future"
                )
            if applied < EARLIEST_APPLICATION_DATE:
                raise ValidationError(
                    _("The application date cannot be before %(date)s."),
                    code="too_early",
                    params={"date": date_format(EARLIEST_APPLICATION_DATE, "DATE_FORMAT")},
                )
        return applied

    def _check_planned_range(self, planned: datetime.date) -> bool:
        if not self._is_new_or_changed("planned_registration_date"):
            return True
        today = timezone.localdate()
        latest = add_months(today, PLANNING_MONTHS)
        if today <= planned <= latest:
            return True
        self.add_error(
            "planned_registration_date",
            ValidationError(
                _("The planned registration date must be between today and %(date)s."),
                code="out_of_range",
                params={"date": date_format(latest, "DATE_FORMAT")},
            ),
        )
        return False

    def number_taken(self, office, number: str) -> bool:
        taken = MarriageApplication.objects.filter(office=office, number=number)
        if self.instance.pk:
            taken = taken.exclude(pk=self.instance.pk)
        return taken.exists()

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
        elif planned and not self._check_planned_range(planned):
            planned = None
        office, number = cleaned.get("office"), cleaned.get("number")
        if office and number:
            if self.number_taken(office, number):
                self.add_error(
                    "number",
                    ValidationError(DUPLICATE_NUMBER_MESSAGE, code="duplicate_number"),
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
        self._check_distinct_iins(live)
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

    def _check_distinct_iins(self, live: list) -> None:
        hashes = [form.instance.iin_hash for form in live]
        if len(hashes) == PARTNERS_PER_APPLICATION and hashes[0] and hashes[0] == hashes[1]:
            live[1].add_error(
                "iin" if "iin" in live[1].fields else None,
                ValidationError(_("Both partners cannot have the same IIN."), code="same_iin"),
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
