"""The learner's forms: the access code, and a quiz's answers read from the posted form."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

MAX_CHOICES_PER_QUESTION = 20


class AccessCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Access code"),
        max_length=200,
        strip=True,
        help_text=_("It is printed on the slip the registry office gave you."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}
        ),
    )

    @classmethod
    def refused(cls, code: str) -> "AccessCodeForm":
        """The form showing `code` again with one message for every code that does not work,
        whatever the reason (wrong, replaced, cancelled, expired)."""
        form = cls(data={"code": code})
        form.full_clean()
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
        picked = [value for value in data.getlist(f"q-{question.id}") if value]
        if picked:
            answers[question.id] = picked[:MAX_CHOICES_PER_QUESTION]
    return answers
