"""Password rules beyond Django's: no guessable word dressed up with digits, and a log of changes.

Why this check and not a bigger breach list: cracking tools try dictionary words with the usual
dressing first (a capital, digits or a year at the end, @ for a, 0 for o), so `Astana2024!`,
`P@ssw0rd2024` and `Aigerim1995!!` fall in minutes although no list holds them exactly. Django's
CommonPasswordValidator only refuses exact matches of its 20,000 breached passwords. Here the
dressing is taken off and the word left is looked up in those 20,000 (their own digits removed
too) and in a small list of the places, names, months and site words people here use
(data/guessable_words.txt). It works offline, and a few hundred kilobytes of memory cover more
guesses than a million-line list shipped in the repository would.
"""

import string
from functools import cache
from pathlib import Path

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import SecurityEvent

WORDS_FILE = Path(__file__).resolve().parent / "data" / "guessable_words.txt"
DRESSING = string.digits + string.punctuation + string.whitespace
# What people type instead of a letter; applied only inside the word, after the dressing is gone.
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
MIN_WORD = 4  # a shorter word between digits and symbols is no word at all


def word_of(password: str) -> str:
    """The password without its dressing: `P@ssw0rd2024!` -> `password`, `2024Astana` -> `astana`."""
    return password.casefold().strip(DRESSING).translate(LEET)


@cache
def guessable_words() -> frozenset[str]:
    """Django's breached passwords reduced to their words, plus our own list (read once)."""
    words = {word_of(password) for password in CommonPasswordValidator().passwords}
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(word_of(line))
    return frozenset(word for word in words if len(word) >= MIN_WORD)


class GuessableWordValidator:
    """Refuse a common word, name or place with digits or symbols around it, and passwords that
    are digits and symbols around almost nothing."""

    def validate(self, password: str, user=None) -> None:
        word = word_of(password)
        if len(word) < MIN_WORD or word in guessable_words():
            raise ValidationError(
                _(
                    "This password is too easy to guess: it is a common word, name or place "
                    "with digits or symbols added. Use a few unrelated words instead."
                ),
                code="password_guessable",
            )

    def get_help_text(self) -> str:
        return _(
            "Your password can’t be a common word, name or place with digits or symbols added."
        )


# Neighbours in these orders make a run like `abcd`, `4321`, `qwerty` or `йцукен` (either way).
SEQUENCES = (
    string.ascii_lowercase,
    "01234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
)
NEIGHBOURS = frozenset(
    pair
    for order in SEQUENCES
    for left, right in zip(order, order[1:], strict=False)
    for pair in ((left, right), (right, left))
)
MIN_RUNS = 6  # a password must have at least this many runs (of repeats or neighbours)
MIN_DISTINCT = 5  # and at least this many different characters


def runs_of(password: str) -> int:
    """How many runs the password is made of when repeats (`aaaa`) and neighbours in the
    alphabet, digits or a keyboard row (`abcd`, `4321`, `qwerty`) each count as one."""
    text = password.casefold()
    runs = 1 if text else 0
    for previous, current in zip(text, text[1:], strict=False):
        if previous != current and (previous, current) not in NEIGHBOURS:
            runs += 1
    return runs


class RepetitiveValidator:
    """Refuse passwords that are mostly repeated or sequential characters (`aaaaaaaaaaaa`,
    `abcdefghijkl`, `123456789012`, `abcabcabcabc`): long enough for the length rule, yet
    among the first guesses of any cracking tool."""

    def validate(self, password: str, user=None) -> None:
        if runs_of(password) < MIN_RUNS or len(set(password.casefold())) < MIN_DISTINCT:
            raise ValidationError(
                _(
                    "This password is mostly repeated or sequential characters (like aaaa, "
                    "abcd or 1234). Use a few unrelated words instead."
                ),
                code="password_repetitive",
            )

    def get_help_text(self) -> str:
        return _("Your password can’t be mostly repeated or sequential characters.")


class PasswordChangeLog:
    """Not a rule: Django calls every configured validator's `password_changed()` once a new
    password is saved, whichever screen set it (the account page, a reset link, an administrator,
    `manage.py changepassword`), so this is the one place that sees them all."""

    def validate(self, password: str, user=None) -> None:
        return None

    def get_help_text(self) -> str:
        return _("Each password change is written to the security log.")

    def password_changed(self, password: str, user=None) -> None:
        if user is not None and user.pk is not None:
            SecurityEvent.objects.record(None, SecurityEvent.Kind.PASSWORD_CHANGED, user=user)
