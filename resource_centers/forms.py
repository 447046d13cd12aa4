"""Forms: the public consultation request and directory filters; the admin forms of a monthly
report and of a staff membership."""

from __future__ import annotations

import hashlib
import hmac

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from home.choices import Language
from home.text import RefuseControlCharactersMixin

from .models import (
    CentreMembership,
    City,
    ConsultationRequest,
    ConsultationTopic,
    FamilyStage,
    ReferralSource,
    ResourceCentrePage,
    Service,
    TookCourse,
)
from .permissions import centres_for


def referring_office(code: object):
    """The registry office whose public code this is, or None for an unknown or missing code.

    Offices belong to an app above this one, so the model is reached through the request's
    foreign key rather than imported."""
    if not isinstance(code, str) or not code or len(code) > 30:
        return None
    office_model = ConsultationRequest._meta.get_field("office").related_model
    return office_model.objects.filter(code=code).first()


# The same request (these fields, to the same centre) again within this time is a repeat.
REPEAT_SECONDS = 10 * 60
REPEAT_FIELDS = ("name", "contact", "topic", "preferred_language", "message", "source", "office")
MESSAGE_MAX_LENGTH = 1000
TOO_LONG_MESSAGE = _(
    "Your message is too long: write at most %(limit)d characters, and tell the rest when the "
    "centre contacts you."
)


class ConsultationRequestForm(RefuseControlCharactersMixin, forms.ModelForm):
    """What a visitor sends to a centre; `website` is a honeypot that people never see or fill.

    `source` and `office` come from the link the visitor followed (a word and an office's public
    code, never personal data) and travel in hidden fields; unknown values are not an error:
    an unknown source counts as the directory, an unknown office as none."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    source = forms.CharField(required=False, widget=forms.HiddenInput)
    office = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = ConsultationRequest
        fields = [
            "name",
            "contact",
            "topic",
            "preferred_language",
            "stage",
            "took_course",
            "message",
            "consent",
        ]
        labels = {
            "name": _("First name or alias"),
            "contact": _("Phone or e-mail"),
            "topic": _("What would you like to talk about?"),
            "preferred_language": _("Language for the conversation"),
            "stage": _("Where is your family now? (optional)"),
            "took_course": _("Did you take a family-life course on this site? (optional)"),
            "message": _("Anything we should know (optional)"),
            "consent": _("I agree that the centre contacts me about this request"),
        }
        help_texts = {
            "name": _("You need not give your real name."),
            "contact": _("How the centre can reach you, for example +7 701 234 56 78."),
        }
        error_messages = {
            "name": {"required": _("Tell us how to address you: a first name or any alias.")},
            "contact": {"required": _("Give a phone number or an e-mail address.")},
            "topic": {"required": _("Choose a topic.")},
            "preferred_language": {"required": _("Choose a language.")},
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 4, "maxlength": MESSAGE_MAX_LENGTH}),
            "name": forms.TextInput(attrs={"autocomplete": "given-name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].required = True
        self.fields["consent"].error_messages["required"] = _(
            "The centre can contact you only with your consent."
        )
        self.fields["topic"].choices = [("", _("Choose…")), *ConsultationTopic.choices]
        self.fields["preferred_language"].choices = [("", _("Choose…")), *Language.choices]
        self.fields["message"].error_messages["max_length"] = TOO_LONG_MESSAGE % {
            "limit": MESSAGE_MAX_LENGTH
        }
        self.fields["stage"].choices = [("", _("I'd rather not say")), *FamilyStage.choices]
        self.fields["took_course"].choices = [("", _("I'd rather not say")), *TookCourse.choices]

    def clean_source(self) -> str:
        return ReferralSource.parse(self.cleaned_data.get("source"))

    def clean_office(self):
        return referring_office(self.cleaned_data.get("office"))

    def clean_contact(self) -> str:
        value = self.cleaned_data["contact"].strip()
        digits = sum(ch.isdigit() for ch in value)
        if "@" in value:
            try:
                forms.EmailField().clean(value)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("This e-mail address does not look right."), code="invalid_email"
                ) from None
        elif digits < 10 or digits > 15 or any(not (ch.isdigit() or ch in "+-() ") for ch in value):
            raise forms.ValidationError(
                _("Give a phone number with its code (10 to 15 digits) or an e-mail address."),
                code="invalid_contact",
            )
        return value

    def is_spam(self) -> bool:
        return bool(self.data.get("website"))

    def is_first_sending(self, centre) -> bool:
        """False for the same request to the same centre again within a few minutes (a double
        click on "Send", a resent POST): the first is stored, the repeat only told it was sent.
        The shared cache holds a keyed hash of the request, never its text."""
        cleaned = self.cleaned_data
        values = (cleaned.get(name) for name in REPEAT_FIELDS)
        parts = [str(centre.pk), *(str(getattr(value, "pk", value)) for value in values)]
        digest = hmac.new(
            settings.SECRET_KEY.encode(), "\x1f".join(parts).encode(), hashlib.sha256
        ).hexdigest()
        key = f"consultation-sent:{digest}"
        if cache.add(key, 1, REPEAT_SECONDS):
            return True
        # Not added: a repeat, unless the cache cannot keep anything (then store it).
        return cache.get(key) is None


class DirectoryFilterForm(forms.Form):
    """The directory's filters, read from the query string (never personal data)."""

    city = forms.ChoiceField(label=_("City"), required=False)
    service = forms.ChoiceField(
        label=_("Service"), required=False, choices=[("", _("Any service")), *Service.choices]
    )
    open_now = forms.BooleanField(label=_("Open now"), required=False)

    def __init__(self, *args, cities: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        available = [c for c in City if cities is None or c.value in cities]
        self.fields["city"].choices = [
            ("", _("All cities")),
            *((c.value, c.label) for c in available),
        ]


class MonthlyReportAdminForm(RefuseControlCharactersMixin, WagtailAdminModelForm):
    """Limits the centre to the ones the member is staff of."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "centre" in self.fields and self.for_user is not None:
            self.fields["centre"].queryset = centres_for(self.for_user).order_by("title")
            if self.fields["centre"].queryset.count() == 1 and not self.instance.pk:
                self.fields["centre"].initial = self.fields["centre"].queryset.first()


class CentreMembershipForm(forms.ModelForm):
    """Staff belong to a centre, not to one of its translations: offer the source pages."""

    class Meta:
        model = CentreMembership
        fields = ["user", "centre"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["centre"].queryset = ResourceCentrePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by("title")
