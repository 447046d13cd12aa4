"""Suppression: no published table lets a count below 10 be worked out, on random small tables.

The check here is independent of home/privacy.py's own: a hidden figure can be derived
exactly when adding its cell vector to the published figures' vectors does not raise their rank
(computed afresh with dense fractions). The published numbers must also be the true ones, and no
shown count may be below 10.
"""

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home import privacy

small_count = st.one_of(st.integers(0, 12), st.integers(0, 60))


def rank(vectors: list[list[int]]) -> int:
    rows = [[Fraction(x) for x in v] for v in vectors]
    found = 0
    width = len(rows[0]) if rows else 0
    for column in range(width):
        pivot = next((i for i in range(found, len(rows)) if rows[i][column] != 0), None)
        if pivot is None:
            continue
        rows[found], rows[pivot] = rows[pivot], rows[found]
        for i in range(len(rows)):
            if i != found and rows[i][column] != 0:
                factor = rows[i][column] / rows[found][column]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[found], strict=True)]
        found += 1
    return found


def derivable(published: list[list[int]], target: list[int]) -> bool:
    return rank(published + [target]) == rank(published) if published else False


def assert_safe(figures: list[tuple[frozenset, int, object]], cells: list, shown: dict) -> None:
    """`figures`: (cells, true value, key); `shown`: key → published value or marker."""
    vectors = {key: [1 if c in support else 0 for c in cells] for support, _v, key in figures}
    published = [vectors[key] for _s, _v, key in figures if privacy.is_shown(shown[key])]
    for _support, value, key in figures:
        mark = shown[key]
        if privacy.is_shown(mark):
            assert mark == value, "a published figure is not the true count"
            assert value >= privacy.THRESHOLD, f"{key} shows {value}, below 10"
        else:
            assert mark in privacy.MARKERS
            if value < privacy.THRESHOLD:
                assert mark == privacy.SMALL
            assert not derivable(published, vectors[key]), f"{key} ({value}) can be worked out"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(1, 4).flatmap(
        lambda rows: st.integers(1, 4).flatmap(
            lambda cols: st.lists(
                st.lists(small_count, min_size=cols, max_size=cols), min_size=rows, max_size=rows
            )
        )
    )
)
def test_no_small_count_can_be_derived_from_a_table_with_totals(matrix):
    rows = list(range(len(matrix)))
    columns = list(range(len(matrix[0])))
    counts = {(r, c): matrix[r][c] for r in rows for c in columns}
    result = privacy.table(counts, rows, columns)
    cells = list(counts)
    figures = [(frozenset([cell]), value, ("cell", *cell)) for cell, value in counts.items()]
    figures += [(frozenset((r, c) for c in columns), sum(matrix[r]), ("row", r)) for r in rows]
    figures += [
        (frozenset((r, c) for r in rows), sum(matrix[r][c] for r in rows), ("column", c))
        for c in columns
    ]
    figures.append((frozenset(cells), sum(counts.values()), privacy.TOTAL))
    shown = {("cell", r, c): result.cell(r, c) for r in rows for c in columns}
    shown |= {("row", r): result.row_totals[r] for r in rows}
    shown |= {("column", c): result.column_totals[c] for c in columns}
    shown[privacy.TOTAL] = result.total
    assert_safe(figures, cells, shown)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(small_count, min_size=1, max_size=8),
    st.lists(st.integers(0, 2), min_size=8, max_size=8),
)
def test_no_small_count_can_be_derived_from_units_with_subtotals(values, group_of):
    """Offices with their regions' subtotals and the country's total, as the open data has."""
    counts = {f"office-{i}": value for i, value in enumerate(values)}
    groups: dict[str, list[str]] = {}
    for i, unit in enumerate(counts):
        groups.setdefault(f"region-{group_of[i]}", []).append(unit)
    result = privacy.hierarchy(counts, groups)
    cells = list(counts)
    figures = [(frozenset([u]), v, ("unit", u)) for u, v in counts.items()]
    figures += [
        (frozenset(units), sum(counts[u] for u in units), ("group", g))
        for g, units in groups.items()
    ]
    figures.append((frozenset(cells), sum(values), privacy.TOTAL))
    assert_safe(figures, cells, result)


def test_a_lone_small_cell_takes_its_neighbours_with_it():
    """The reader's subtraction: 25 - 22 would give the 3 back if 22 were shown; in a 2 × 2 table
    every cell goes, and the totals stay."""
    counts = {("a", "x"): 3, ("a", "y"): 22, ("b", "x"): 40, ("b", "y"): 50}
    result = privacy.table(counts, ["a", "b"], ["x", "y"])
    assert result.cell("a", "x") == privacy.SMALL
    assert {result.cell(*cell) for cell in counts if cell != ("a", "x")} == {privacy.HIDDEN}
    assert (result.row_totals["a"], result.column_totals["y"], result.total) == (25, 72, 115)


def test_a_small_cell_in_a_wider_table_hides_the_smallest_neighbours():
    counts = {(r, c): 50 for r in "abc" for c in "xyz"}
    counts[("a", "x")] = 4
    counts[("a", "y")] = 20
    counts[("b", "x")] = 30
    counts[("b", "y")] = 45
    result = privacy.table(counts, list("abc"), list("xyz"))
    hidden = {cell for cell in counts if not privacy.is_shown(result.cell(*cell))}
    assert hidden == {("a", "x"), ("a", "y"), ("b", "x"), ("b", "y")}
    assert result.cell("c", "z") == 50 and result.total == sum(counts.values())


def test_large_counts_are_all_shown():
    result = privacy.table({("a", "x"): 10, ("a", "y"): 11}, ["a"], ["x", "y"])
    assert not result.suppressed
    assert (result.cell("a", "x"), result.total) == (10, 21)


def test_a_small_office_takes_its_regional_neighbour_not_another_region():
    shown = privacy.hierarchy({1: 21, 2: 2, 3: 12, 4: 30}, {"astana": [1, 2], "almaty": [3, 4]})
    assert (shown[("unit", 2)], shown[("unit", 1)]) == (privacy.SMALL, privacy.HIDDEN)
    assert (shown[("unit", 3)], shown[("group", "astana")], shown[privacy.TOTAL]) == (12, 23, 65)
