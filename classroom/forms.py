"""The pupil's forms: joining a class, and a quiz's answers read from the posted form."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from home.text import RefuseControlCharactersMixin

from .codes import is_join_code, normalise_join_code
from .models import NICKNAME_MAX, NICKNAME_MIN

MAX_CHOICES_PER_QUESTION = 20
MAX_CHOICE_ID_LENGTH = 64


class JoinForm(RefuseControlCharactersMixin, forms.Form):
    code = forms.CharField(
        label=_("Class code"),
        max_length=50,
        help_text=_("The six letters and digits on your teacher's screen."),
    )
    nickname = forms.CharField(
        label=_("Your first name or a nickname"),
        min_length=NICKNAME_MIN,
        max_length=NICKNAME_MAX,
        help_text=_(
            "Only your teacher sees it, and it is deleted when the lesson ends. "
            "Do not type your surname."
        ),
    )

    def clean_code(self) -> str:
        code = normalise_join_code(self.cleaned_data["code"])
        if not is_join_code(code):
            raise forms.ValidationError(_("A class code has six letters and digits."))
        return code

    def clean_nickname(self) -> str:
        # Control characters (a line break, a direction override) are refused by the mixin;
        # joiners and variation selectors of emoji and names are kept.
        nickname = " ".join(self.cleaned_data["nickname"].split())
        if len(nickname) < NICKNAME_MIN:
            raise forms.ValidationError(_("Type at least two letters."))
        return nickname


def posted_answers(data: QueryDict, quiz) -> dict[str, list[str]]:
    """The choices posted for each question of one quiz block (`q-<question id>` fields); long
    or unprintable values are dropped, unknown ids simply score as wrong."""
    answers = {}
    for question in quiz["questions"].bound_blocks:
        values = data.getlist(f"q-{question.id}")[:MAX_CHOICES_PER_QUESTION]
        picked = [v for v in values if 0 < len(v) <= MAX_CHOICE_ID_LENGTH and v.isprintable()]
        if picked:
            answers[question.id] = picked
    return answers
