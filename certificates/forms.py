"""The certificate's forms: the public "check a certificate" box, the clerk's counter (a typed
code or a scanned QR), and the reason for revoking."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.text import RefuseControlCharactersMixin

from .counter import NotACode, check_scanned_credential, read_code


class RevokeForm(RefuseControlCharactersMixin, forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded in the history; not shown on the public verify page."),
    )


class VerifyForm(forms.Form):
    """The public "check a certificate" form."""

    code = forms.CharField(
        label=_("Certificate code"),
        max_length=40,
        help_text=_("Twelve letters and digits, as printed on the certificate."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class CounterForm(forms.Form):
    """The clerk's "Check a certificate" box: a code typed in any case, or a scanner's address."""

    code = forms.CharField(
        label=_("Certificate code or scanned QR code"),
        max_length=4000,
        help_text=_(
            "Type the code (small or capital letters, dashes optional) or scan the "
            "certificate's QR code into this box."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def __init__(self, *args, request_host: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.request_host = request_host

    def clean_code(self) -> str:
        try:
            code = read_code(self.cleaned_data["code"], self.request_host)
            check_scanned_credential(self.cleaned_data["code"], code)
            return code
        except NotACode as refusal:
            raise ValidationError(str(refusal), code="not_a_code") from None
