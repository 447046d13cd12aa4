"""Kazakh formats, as Kazakhstan writes them: 11.12.2026, 08:11, 1 234,5; the week starts on Monday.

Without this module Django falls back to its US defaults for `kk` («Жел. 11, 2026», «8:11 т.қ.»,
«1.0»). Long dates stay numeric too: the Kazakh long form («2026 жылғы 11 желтоқсан») needs the
genitive year and case endings that Django's date format cannot produce, and the same
`11.12.2026` is what registry offices print on their own documents. The format strings follow
https://docs.djangoproject.com/en/5.2/ref/templates/builtins/#date.
"""

DATE_FORMAT = "d.m.Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "d.m.Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# What people may type: the Kazakh way first, then ISO (what date pickers and machines send).
DATE_INPUT_FORMATS = [
    "%d.%m.%Y",  # '25.10.2026'
    "%d.%m.%y",  # '25.10.26'
    "%Y-%m-%d",  # '2026-10-25'
]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",  # '25.10.2026 14:30:59'
    "%d.%m.%Y %H:%M",  # '25.10.2026 14:30'
    "%d.%m.%Y",  # '25.10.2026'
    "%Y-%m-%d %H:%M:%S",  # '2026-10-25 14:30:59'
    "%Y-%m-%d %H:%M",  # '2026-10-25 14:30'
    "%Y-%m-%dT%H:%M:%S",  # '2026-10-25T14:30:59'
    "%Y-%m-%dT%H:%M",  # '2026-10-25T14:30'
    "%Y-%m-%d",  # '2026-10-25'
]
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M"]

DECIMAL_SEPARATOR = ","
# A no-break space (U+00A0), as Django's ru module uses: "1 234" never breaks across lines.
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
