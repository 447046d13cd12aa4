"""The learner's forms: the access code, and a quiz's answers read from the posted form."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

MAX_CHOICES_PER_QUESTION = 20
# A choice id is a block's UUID (36 characters); anything much longer is not an answer.
MAX_CHOICE_ID_LENGTH = 64


class AccessCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Access code"),
        max_length=200,
        strip=True,
        help_text=_(
            "It is printed on the slip the registry office gave you. Small or capital letters, "
            "with or without dashes: both work."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}
        ),
    )

    @classmethod
    def refused(cls, code: str = "") -> "AccessCodeForm":
        """The form showing `code` again (empty for a code that came by link, which is not kept)
        with one message for every code that does not work, whatever the reason (wrong,
        replaced, cancelled, expired)."""
        form = cls(data={"code": code})
        form.full_clean()
        form.errors.pop("code", None)
        form.add_error(
            None,
            _(
                "This code does not work. Check it against your slip; if it still does not "
                "work, ask your registry office for a new one."
            ),
        )
        return form


def quiz_answers(data: QueryDict, quiz) -> dict[str, list[str]]:
    """The choices posted for each question of one quiz block (`q-<question id>` fields)."""
    answers = {}
    for question in quiz.value["questions"].bound_blocks:
        values = data.getlist(f"q-{question.id}")[:MAX_CHOICES_PER_QUESTION]
        picked = [value for value in values if is_choice_id(value)]
        if picked:
            answers[question.id] = picked
    return answers


def is_choice_id(value: str) -> bool:
    """Short and printable: a NUL byte or a megabyte of text is dropped, never stored (PostgreSQL
    refuses NUL in text) or graded; an unknown id simply scores as a wrong answer."""
    return 0 < len(value) <= MAX_CHOICE_ID_LENGTH and value.isprintable()
