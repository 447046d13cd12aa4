"""Russian times with two-digit hours (08:30), as the Kazakh module writes them.

Django's own ru module writes "8:30" (`G:i`) where kk writes "08:30": a learner switching languages
would see one time two ways. Only the time formats are set here; everything else comes from
Django's ru module (Django reads this module first, then its own, per format name).
"""

TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y г. H:i"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
