from django.db import models


class ReleaseMark(models.Model):
    """A table the new release brings: the old release never reads it (expand)."""

    release = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.release
