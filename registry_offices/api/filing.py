"""Filing an application through the admin's own form, so the API refuses exactly what a clerk's
form refuses (IIN checksum and birth date, dates, ages, phones, control characters, duplicate
numbers) with the same translated messages; errors come back with the API's field paths."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..forms import DUPLICATE_NUMBER_MESSAGE
from ..models import MarriageApplication, RegistryOffice
from ..panels import APPLICATION_EDIT_HANDLER
from .problems import Problem, validation_problem

PARTNER_FIELDS = (
    "full_name",
    "date_of_birth",
    "iin",
    "phone",
    "email",
    "preferred_language",
    "notify_by_email",
    "notify_by_sms",
)
# The form's field names that the API calls otherwise.
APPLICATION_FIELDS = {
    "number": "number",
    "application_date": "application_date",
    "planned_registration_date": "planned_registration_date",
}


def _form_class():
    return APPLICATION_EDIT_HANDLER.bind_to_model(MarriageApplication).get_form_class()


def _value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def form_data(office: RegistryOffice, payload: dict) -> dict:
    """The POST data the admin's form would receive for this payload."""
    data = {
        "office": str(office.pk),
        "status": MarriageApplication.Status.SUBMITTED,
        "partners-TOTAL_FORMS": str(len(payload["partners"])),
        "partners-INITIAL_FORMS": "0",
        "partners-MIN_NUM_FORMS": "2",
        "partners-MAX_NUM_FORMS": "2",
    }
    for name in APPLICATION_FIELDS:
        data[name] = _value(payload.get(name))
    if not data["application_date"]:
        data["application_date"] = timezone.localdate().isoformat()
    for index, partner in enumerate(payload["partners"]):
        prefix = f"partners-{index}-"
        for name in PARTNER_FIELDS:
            value = _value(partner.get(name))
            if value:
                data[prefix + name] = value
        data[prefix + "ORDER"] = str(index + 1)
    return data


def _errors(form) -> list[dict]:
    found = []
    for name, errors in form.errors.get_json_data().items():
        field = "" if name == "__all__" else APPLICATION_FIELDS.get(name, name)
        found += [{"field": field, "code": e["code"], "message": e["message"]} for e in errors]
    formset = form.formsets["partners"]
    for index, partner_form in enumerate(formset.forms):
        for name, errors in partner_form.errors.get_json_data().items():
            field = f"partners.{index}" + ("" if name == "__all__" else f".{name}")
            found += [{"field": field, "code": e["code"], "message": e["message"]} for e in errors]
    for error in formset.non_form_errors().get_json_data():
        found.append({"field": "partners", "code": error["code"], "message": error["message"]})
    return found


def file_application(office: RegistryOffice, payload: dict) -> MarriageApplication:
    """Validate with the admin's form and save the application with both partners, or raise a
    422 Problem naming each refused field."""
    external_id = payload.get("external_id")
    if external_id and office.applications.filter(external_id=external_id).exists():
        raise _duplicate_external_id()
    form = _form_class()(data=form_data(office, payload), instance=MarriageApplication())
    if not form.is_valid():
        raise validation_problem(_errors(form))
    try:
        with transaction.atomic():
            form.instance.external_id = external_id or None
            application = form.save()
    except IntegrityError:
        # Two requests at once: the unique indexes decide, the loser is told why.
        if external_id and office.applications.filter(external_id=external_id).exists():
            raise _duplicate_external_id() from None
        raise validation_problem(
            [
                {
                    "field": "number",
                    "code": "duplicate_number",
                    "message": str(DUPLICATE_NUMBER_MESSAGE),
                }
            ]
        ) from None
    return application


def _duplicate_external_id() -> Problem:
    return Problem(
        409,
        "conflict",
        _("This office already has an application with this registry number."),
    )
