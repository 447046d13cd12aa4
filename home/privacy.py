"""The one place that decides which published figures may be shown: no count below 10 people.

Every table the dashboard, its downloads, the open data and the public statistics page show goes
through `suppress()`:

- primary suppression: a count below `THRESHOLD` is hidden and shown as "<10";
- secondary suppression: a figure that could be worked out exactly from the published ones (a
  total minus the other cells, or any sum and difference of published figures, across rows,
  columns and subtotals together) is hidden too, shown as "x", so no hidden count can be
  recovered from the totals.

A figure is a sum of the table's finest cells (an office in a month, a stage in a region); a total
is the sum of its cells. A hidden figure is recoverable exactly when its cell vector lies in the
span of the published figures' vectors: that is what `_Span` decides (exactly, modulo a large
prime, see PRIME). While
some hidden figure is recoverable, the smallest published figure that shares a cell with it is
hidden as well; hiding everything is always safe, so this ends.

Means and rates are not counts: they are shown only when the count they are taken over is shown
(`shown_if`), which keeps them as safe as that count.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

THRESHOLD = 10
SMALL = "<10"  # a count below the threshold
HIDDEN = "x"  # a count hidden so that a small one cannot be worked out from the totals
MARKERS = (SMALL, HIDDEN)
TOTAL = "__total__"


@dataclass(frozen=True)
class Figure:
    """One published count: its key, the finest cells it adds up, and its value."""

    key: Hashable
    cells: frozenset
    value: int


# The span is computed modulo this prime (2**61 - 1): exact integer arithmetic, many times faster
# than fractions. A vector in the rational span is in the span modulo the prime too (the rational
# coefficients' denominators are never a multiple of a 61-bit prime for tables this size), so
# working modulo it can only find more figures recoverable, never fewer: it hides, never shows.
PRIME = (1 << 61) - 1


class _Span:
    """The span of some 0/1 cell vectors, kept in echelon form (modulo PRIME)."""

    def __init__(self) -> None:
        self.rows: list[tuple[Hashable, dict[Hashable, int]]] = []

    def _reduce(self, vector: dict[Hashable, int]) -> dict[Hashable, int]:
        vector = dict(vector)
        for pivot, row in self.rows:
            factor = vector.get(pivot)
            if factor:
                for cell, amount in row.items():
                    value = (vector.get(cell, 0) - factor * amount) % PRIME
                    if value:
                        vector[cell] = value
                    else:
                        vector.pop(cell, None)
        return vector

    def add(self, cells: Iterable[Hashable]) -> None:
        rest = self._reduce(dict.fromkeys(cells, 1))
        if rest:
            pivot = min(rest)  # cells are numbered (see suppress)
            inverse = pow(rest[pivot], PRIME - 2, PRIME)
            self.rows.append(
                (pivot, {cell: amount * inverse % PRIME for cell, amount in rest.items()})
            )

    def contains(self, cells: Iterable[Hashable]) -> bool:
        return not self._reduce(dict.fromkeys(cells, 1))


def _published_span(figures: Sequence[Figure], hidden: set[Hashable]) -> _Span:
    span = _Span()
    for figure in figures:
        if figure.key not in hidden:
            span.add(figure.cells)
    return span


def recoverable(
    figures: Sequence[Figure], hidden: set[Hashable], span: _Span | None = None
) -> list[Figure]:
    """The hidden figures that the published ones (or `span`, their span) determine exactly."""
    span = span or _published_span(figures, hidden)
    return [f for f in figures if f.key in hidden and f.cells and span.contains(f.cells)]


def suppress(figures: Sequence[Figure], threshold: int = THRESHOLD) -> dict[Hashable, str | None]:
    """For each figure's key: None (shown), SMALL (below the threshold) or HIDDEN (secondary)."""
    # Number the cells once: the span's arithmetic then compares and hashes small integers.
    number: dict[Hashable, int] = {}
    figures = [
        Figure(f.key, frozenset(number.setdefault(c, len(number)) for c in f.cells), f.value)
        for f in figures
    ]
    status: dict[Hashable, str | None] = {
        f.key: (SMALL if f.value < threshold else None) for f in figures
    }
    hidden = {key for key, mark in status.items() if mark}
    secondary: list[Hashable] = []
    while hidden:
        exposed = recoverable(figures, hidden)
        if not exposed:
            break
        # Protect the figure hidden last first: it closes the pattern being built.
        order = {key: index for index, key in enumerate(secondary)}
        target = max(exposed, key=lambda f: order.get(f.key, -1))
        chosen = _beside(target, [f for f in figures if f.key not in hidden])
        hidden.add(chosen.key)
        secondary.append(chosen.key)
    # Give back any secondary suppression that turned out not to be needed (latest first): try
    # the published span with the figure added (the span only grows, so no rebuild).
    span = _published_span(figures, hidden)
    cells_of = {f.key: f.cells for f in figures}
    for key in reversed(secondary):
        hidden.discard(key)
        trial = _Span()
        trial.rows = list(span.rows)  # rows are never changed once added: a shallow copy
        trial.add(cells_of[key])
        if recoverable(figures, hidden, trial):
            hidden.add(key)
        else:
            span = trial
    for key in secondary:
        if key in hidden:
            status[key] = HIDDEN
    return status


def _beside(target: Figure, published: list[Figure]) -> Figure:
    """The published figure to hide with `target`: a part of a total it is in (the reader's
    subtraction), from the smallest such total first, then the finest and smallest part; a total
    only when no part is left."""
    totals = [f for f in published if f.cells & target.cells]

    def nearness(part: Figure) -> tuple:
        shared = min(len(t.cells) for t in totals if part.cells < t.cells)
        return (shared, len(part.cells), part.value, repr(part.key))

    parts = [
        f
        for f in published
        if not f.cells & target.cells and any(f.cells < total.cells for total in totals)
    ]
    if parts:
        return min(parts, key=nearness)
    return min(totals, key=lambda f: (len(f.cells), f.value, repr(f.key)))


def shown(value: int, mark: str | None) -> int | str:
    """The value as published: the number, or its marker."""
    return mark or value


def shown_if(value, count_mark: str | None):
    """A mean or rate over a count: shown only when that count is."""
    return None if count_mark else value


@dataclass
class Table:
    """A two-way table of counts with its row, column and grand totals, as published."""

    rows: list[Hashable]
    columns: list[Hashable]
    cells: dict[tuple[Hashable, Hashable], int | str] = field(default_factory=dict)
    row_totals: dict[Hashable, int | str] = field(default_factory=dict)
    column_totals: dict[Hashable, int | str] = field(default_factory=dict)
    total: int | str = 0
    marks: dict[Hashable, str | None] = field(default_factory=dict)

    def cell(self, row: Hashable, column: Hashable) -> int | str:
        return self.cells[(row, column)]

    @property
    def suppressed(self) -> bool:
        return any(self.marks.values())


def table(
    counts: Mapping[tuple[Hashable, Hashable], int],
    rows: Sequence[Hashable],
    columns: Sequence[Hashable],
    *,
    threshold: int = THRESHOLD,
) -> Table:
    """Suppress a rows × columns table of counts published with every total."""
    figures = [
        Figure(("cell", r, c), frozenset([(r, c)]), counts.get((r, c), 0))
        for r in rows
        for c in columns
    ]
    figures += [
        Figure(
            ("row", r),
            frozenset((r, c) for c in columns),
            sum(counts.get((r, c), 0) for c in columns),
        )
        for r in rows
    ]
    figures += [
        Figure(
            ("column", c), frozenset((r, c) for r in rows), sum(counts.get((r, c), 0) for r in rows)
        )
        for c in columns
    ]
    every = frozenset((r, c) for r in rows for c in columns)
    figures.append(Figure(TOTAL, every, sum(counts.get(cell, 0) for cell in every)))
    marks = suppress(figures, threshold)
    values = {f.key: shown(f.value, marks[f.key]) for f in figures}
    return Table(
        rows=list(rows),
        columns=list(columns),
        cells={(r, c): values[("cell", r, c)] for r in rows for c in columns},
        row_totals={r: values[("row", r)] for r in rows},
        column_totals={c: values[("column", c)] for c in columns},
        total=values[TOTAL],
        marks=marks,
    )


def hierarchy(
    counts: Mapping[Hashable, int], groups: Mapping[Hashable, Sequence[Hashable]]
) -> dict[Hashable, int | str]:
    """Suppress counts published with their group subtotals and the grand total.

    `counts` by unit (an office), `groups` each group's units (a region's offices); the result is
    keyed ("unit", unit), ("group", group) and TOTAL.
    """
    figures = [Figure(("unit", unit), frozenset([unit]), value) for unit, value in counts.items()]
    figures += [
        Figure(("group", group), frozenset(units), sum(counts.get(u, 0) for u in units))
        for group, units in groups.items()
    ]
    figures.append(Figure(TOTAL, frozenset(counts), sum(counts.values())))
    marks = suppress(figures)
    return {figure.key: shown(figure.value, marks[figure.key]) for figure in figures}


def is_shown(value: int | str | None) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def suppress_groups(
    counts: Mapping[Hashable, int],
    keys_of: Callable[[Hashable], Iterable[Hashable]],
    threshold: int = THRESHOLD,
) -> dict[Hashable, int | str]:
    """Suppress every figure that any view of some finest cells publishes, all together.

    `counts` by finest cell; `keys_of(cell)` names each published figure the cell adds into (its
    own row, a month's total under each filter, a year's total...). Deciding every filter's
    figures at once means no difference between two views (all years minus one year) recovers
    what either hides. Returns each figure key's published value or marker.
    """
    members: dict[Hashable, set] = {}
    for cell in counts:
        for key in keys_of(cell):
            members.setdefault(key, set()).add(cell)
    figures = [
        Figure(key, frozenset(cells), sum(counts[cell] for cell in cells))
        for key, cells in members.items()
    ]
    marks = suppress(figures, threshold)
    return {figure.key: shown(figure.value, marks[figure.key]) for figure in figures}
