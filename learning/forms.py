"""The learner's forms: the access code, the self-paced resume code and completion name, and a
quiz's answers read from the posted form."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from . import selfpaced
from .models import FeedbackMissing

MAX_CHOICES_PER_QUESTION = 20
# A choice id is a block's UUID (36 characters); anything much longer is not an answer.
MAX_CHOICE_ID_LENGTH = 64


class ResumeCodeForm(forms.Form):
    code = forms.CharField(label=_("Resume code"), max_length=200, strip=True)


class CompletionNameForm(forms.Form):
    name = forms.CharField(
        label=_("Name on the certificate (optional)"),
        max_length=selfpaced.NAME_MAX_LENGTH,
        required=False,
        strip=True,
        help_text=_("Used only to draw the PDF; it is not saved anywhere."),
    )


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


SCORES = [(n, str(n)) for n in range(1, 6)]


class FeedbackForm(forms.Form):
    """The survey after the course: anonymous, every question but the scores optional."""

    usefulness = forms.TypedChoiceField(
        label=_("How useful was the course? (1 = not at all, 5 = very)"),
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how useful the course was, from 1 to 5.")},
    )
    clarity = forms.TypedChoiceField(
        label=_("How clear was it? (1 = not at all, 5 = very)"),
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how clear the course was, from 1 to 5.")},
    )
    would_recommend = forms.TypedChoiceField(
        label=_("Would you recommend it to a couple you know?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whether you would recommend the course.")},
    )
    missing = forms.MultipleChoiceField(
        label=_("What was missing? (optional)"),
        choices=[],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    comment = forms.CharField(
        label=_("Anything else? (optional)"),
        help_text=_(
            "Please do not write names, phone numbers or other personal details: they are removed "
            "before anyone reads the comment."
        ),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["missing"].choices = FeedbackMissing.choices

    def clean_comment(self) -> str:
        value = self.cleaned_data["comment"]
        if any(not (ch.isprintable() or ch in "\n\r") for ch in value):
            raise forms.ValidationError(
                _("The comment cannot contain control characters."), code="control"
            )
        return value
