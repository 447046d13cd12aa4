"""A pupil's nickname (issue 28): a line break or a direction override is refused with a message
in the pupil's language; an emoji ZWJ sequence, as children type them, is accepted."""

import pytest

from classroom.models import Pupil

from .conftest import join

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "text"),
    [("kk", "көрінбейтін басқару таңбалары"), ("ru", "невидимые управляющие символы")],
)
@pytest.mark.parametrize("nickname", ["Ару\nжан", "Ару\u202eжан", "Ару\x85жан"])
def test_a_nickname_with_a_line_break_or_override_is_refused(
    client, class_session, nickname, language, text
):
    response = join(client, class_session.code, nickname, language=language)
    assert response.status_code == 400
    assert text in response.content.decode()
    assert not Pupil.objects.exists()


def test_a_nickname_with_an_emoji_zwj_sequence_is_accepted(client, class_session):
    nickname = "Дана \U0001f9d1\u200d\U0001f680"  # person ZWJ rocket
    response = join(client, class_session.code, nickname)
    assert response.status_code == 302
    assert Pupil.objects.get().nickname == nickname
