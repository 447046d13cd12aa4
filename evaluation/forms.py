"""The dashboard's filters: region, office, course, language (all optional)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from home.choices import Language
from registry_offices.models import RegistryOffice
from resource_centers.models import City


class DashboardFilterForm(forms.Form):
    region = forms.ChoiceField(label=_("Region"), required=False)
    office = forms.ModelChoiceField(
        label=_("Office"), queryset=RegistryOffice.objects.none(), required=False
    )
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), required=False
    )
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", _("All regions")), *City.choices]
        self.fields["office"].queryset = RegistryOffice.objects.order_by("city", "code")
        self.fields["office"].empty_label = _("All offices")
        self.fields["course"].queryset = CoursePage.objects.filter(audience="premarital").order_by(
            "title"
        ) | CoursePage.objects.filter(self_paced=True)
        self.fields["course"].empty_label = _("All courses")
        self.fields["language"].choices = [("", _("All languages")), *Language.choices]
