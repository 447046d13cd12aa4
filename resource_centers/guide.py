"""The "which help do I need?" guide: a few questions, each answered by the services that help
(or, first of all, by the emergency numbers)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import Service


@dataclass(frozen=True)
class Need:
    key: str
    question: str
    answer: str
    services: tuple[str, ...]
    danger: bool = False


NEEDS = (
    Need(
        "communication",
        _("We argue often or have stopped talking to each other"),
        _(
            "A family psychologist helps you understand what lies behind the arguments; a mediator "
            "helps you agree on concrete questions when talking alone no longer works."
        ),
        (Service.PSYCHOLOGIST, Service.MEDIATOR),
    ),
    Need(
        "divorce",
        _("We are thinking about divorce or must agree where the children will live"),
        _(
            "A mediator helps you reach an agreement on the children, their residence and contact "
            "with both parents without a court; a lawyer explains the rights and the procedure; a "
            "child psychologist supports the children."
        ),
        (Service.MEDIATOR, Service.LAWYER, Service.CHILD_PSYCHOLOGIST),
    ),
    Need(
        "legal",
        _("I have a legal question: alimony, property, documents, benefits"),
        _(
            "A lawyer explains your rights and the documents you need; a social worker helps with "
            "benefits and support services."
        ),
        (Service.LAWYER, Service.SOCIAL_WORKER),
    ),
    Need(
        "danger",
        _("Someone hurts or threatens me or my child, or I feel unsafe at home"),
        _(
            "Your safety comes first. If you are in danger now, call 112 or the police on 102. The "
            "free line 111 helps families and children in crisis around the clock. When you are "
            "safe, a psychologist and a social worker of a centre can help you with the next steps."
        ),
        (Service.PSYCHOLOGIST, Service.SOCIAL_WORKER),
        danger=True,
    ),
)
