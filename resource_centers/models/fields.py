"""Model fields of the centres."""

from django import forms
from django.db import models


class ChoiceListField(models.JSONField):
    """A list of choice keys stored as JSON, edited as checkboxes.

    JSON rather than a join table keeps the directory at one query; filters use `icontains` on the
    quoted key, which works on SQLite and PostgreSQL alike.
    """

    def __init__(self, *args, choices_class: type[models.TextChoices] | None = None, **kwargs):
        self.choices_class = choices_class
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        kwargs.pop("choices_class", None)
        # The public name (re-exported by the models package), which the migrations record.
        return name, "resource_centers.models.ChoiceListField", args, kwargs

    def formfield(self, **kwargs):
        choices = self.choices_class.choices if self.choices_class else []
        return forms.TypedMultipleChoiceField(
            choices=choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )
