"""The registry API's request and response shapes (pydantic, through Django Ninja).

Requests refuse unknown fields (422 naming them) and text with control characters or lone
surrogates before the admin's form sees them; responses carry ids, states and dates, never a
partner's name, IIN or contact."""

from __future__ import annotations

import datetime
import unicodedata
from typing import Annotated, Literal

from ninja import Schema
from pydantic import AfterValidator, ConfigDict, Field

REFUSED_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}


def _plain_text(value: str) -> str:
    if any(unicodedata.category(ch) in REFUSED_CATEGORIES for ch in value):
        raise ValueError("Text cannot contain line breaks, tabs or other control characters.")
    return value


def text(max_length: int, min_length: int = 0):
    return Annotated[
        str, Field(min_length=min_length, max_length=max_length), AfterValidator(_plain_text)
    ]


Language = Literal["kk", "ru", "en"]


class Strict(Schema):
    model_config = ConfigDict(extra="forbid")


class PartnerIn(Strict):
    full_name: text(200, 1)
    date_of_birth: datetime.date
    iin: text(20) | None = None
    phone: text(40) | None = None
    email: text(254) | None = None
    preferred_language: Language = "kk"
    notify_by_email: bool = False
    notify_by_sms: bool = False


class ApplicationIn(Strict):
    number: text(30, 1) = Field(description="The number in the office's register.")
    external_id: text(64, 1) | None = Field(
        None, description="The registry information system's own number, unique per office."
    )
    application_date: datetime.date | None = Field(None, description="Today when left out.")
    planned_registration_date: datetime.date
    partners: list[PartnerIn] = Field(min_length=2, max_length=2)


class AssignIn(Strict):
    course: int = Field(description="A course id from GET /courses.")
    due_date: datetime.date = Field(description="No later than the planned registration date.")
    send_slips: bool = Field(
        False, description="E-mail each partner their slip (the worker sends them)."
    )


class FindIn(Strict):
    iin: text(20) | None = Field(None, description="A partner's IIN; hashed on arrival.")
    external_id: text(64, 1) | None = None


class ProgressOut(Schema):
    lessons_done: int
    lessons_total: int
    study_minutes: int
    last_activity: datetime.datetime | None
    started: bool


class PartnerStateOut(Schema):
    position: int
    preferred_language: str
    progress: ProgressOut | None


class AssignmentOut(Schema):
    id: int
    course: int
    course_title: str
    due_date: datetime.date
    state: Literal["assigned", "in_progress", "completed", "overdue", "cancelled"]
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    partners: list[PartnerStateOut]


class ApplicationOut(Schema):
    id: int
    office: str
    number: str
    external_id: str | None
    status: Literal["submitted", "accepted", "registered", "withdrawn"]
    application_date: datetime.date
    planned_registration_date: datetime.date
    shortened_term: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    assignments: list[AssignmentOut]


class ApplicationPage(Schema):
    items: list[ApplicationOut]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null at the end."
    )


class CourseOut(Schema):
    id: int
    title: str
    audience: str


class SlipOut(Schema):
    position: int
    language: str
    course_title: str
    office_name: str
    due_date: datetime.date
    code: str | None = Field(description="Shown once: null on later reads.")
    link: str | None


class SlipsOut(Schema):
    assignment: int
    slips: list[SlipOut]


class CertificateOut(Schema):
    id: int
    assignment: int
    code: str
    state: str
    issued_on: datetime.date
    expires_on: datetime.date
    accepted_at: datetime.datetime | None
    revoked_at: datetime.datetime | None


class SubscriptionIn(Strict):
    url: text(500, 1)
    events: list[
        Literal[
            "certificate.issued",
            "certificate.accepted",
            "certificate.revoked",
            "certificate.reissued",
            "assignment.overdue",
            "assignment.cancelled",
        ]
    ] = Field(min_length=1, max_length=6)


class SubscriptionOut(Schema):
    id: int
    url: str
    events: list[str]
    active: bool
    created_at: datetime.datetime


class SubscriptionCreated(SubscriptionOut):
    secret: str = Field(description="The signing secret (Standard Webhooks), shown once.")


class ProblemOut(Schema):
    type: str
    title: str
    status: int
    detail: str | None = None
    errors: list[dict] | None = None
