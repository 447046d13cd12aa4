"""generate_scale's weighted draws: the same values as `random.choices` for the same seed (a
fixed seed must keep making the same database, so runs compare), at a fraction of its cost."""

import random

from registry_offices.scale.couples import FATES, LANGUAGES, PAST_STATES, Weighted


def test_a_weighted_pick_draws_what_random_choices_draws():
    for weighted in (FATES, LANGUAGES, PAST_STATES, Weighted(["a", "b"], [1, 0])):
        weights = [weighted.cumulative[0]] + [
            b - a for a, b in zip(weighted.cumulative, weighted.cumulative[1:], strict=False)
        ]
        ours, theirs = random.Random("2026:7"), random.Random("2026:7")
        picked = [weighted.pick(ours) for _ in range(20000)]
        expected = [theirs.choices(weighted.values, weights)[0] for _ in range(20000)]
        assert picked == expected
        assert ours.random() == theirs.random()  # the same draws consumed


def test_rare_fates_still_happen_in_their_proportion():
    rng = random.Random(1)
    fates = [FATES.pick(rng) for _ in range(100000)]
    assert 400 < fates.count("revoked") < 600 and 400 < fates.count("reissued") < 600
