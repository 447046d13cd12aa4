"""The load test's own verdicts (tests/load/run.py): which failures the instance loss excuses."""

from tests.load.run import in_flight_at_kill, percentile

KILLED = 1_000.0
DEAD = "127.0.0.1:40001"
ALIVE = "127.0.0.1:40002"


def _failed(start: float, seconds: float, instances: str) -> list:
    return ["partner", "partner: quiz answers", "POST", start, seconds, False, "502", instances]


def test_a_post_in_the_killed_instances_hands_at_the_kill_is_excused():
    assert in_flight_at_kill(_failed(KILLED - 0.3, 0.4, DEAD), KILLED, DEAD)
    # Connection reset before nginx could name the instance: still the kill's.
    assert in_flight_at_kill(_failed(KILLED - 0.1, 0.2, ""), KILLED, DEAD)


def test_failures_elsewhere_or_at_another_time_are_breaches():
    assert not in_flight_at_kill(_failed(KILLED - 0.3, 0.4, ALIVE), KILLED, DEAD)
    assert not in_flight_at_kill(_failed(KILLED + 5, 0.1, DEAD), KILLED, DEAD)  # after the kill
    assert not in_flight_at_kill(_failed(KILLED - 3, 0.5, DEAD), KILLED, DEAD)  # done before it
    assert not in_flight_at_kill(_failed(KILLED - 0.3, 0.4, DEAD), None, DEAD)  # no kill at all


def test_p95_is_the_value_below_which_95_in_100_requests_fall():
    values = [float(ms) for ms in range(1, 101)]
    assert percentile(values, 0.95) == 95.0
    assert percentile(values, 0.5) == 50.0
    assert percentile([120.0, 80.0], 0.95) == 120.0
    assert percentile([], 0.95) == 0.0
