"""One suppression pattern for every filter view of a table at once, decided in one fast pass.

A statistics page that can be filtered (a year, a city, or all of them) publishes many views of
the same finest cells. Suppressing each view on its own is not enough: "all years" minus the
years shown gives back a year hidden in its own view. So every figure any view publishes is
decided together, here, and each view reads its figures from that one decision.

The finest cells are indexed by one coordinate per dimension (a centre, a month); each
coordinate belongs to a chain of nested groups (centre → city → all; month → year → all), and a
published figure is one group per dimension (a city's year, a centre's month). The general
search of `home.privacy.suppress` (span checks after every step) is too slow for the thousands of
figures all views have together, so this module protects each small figure by construction:

For a figure F below the threshold it picks a *perturbation* d = a₁ ⊗ … ⊗ aₖ of the finest
cells, each factor either e_x (one coordinate) or e_x − e_x' (a coordinate and a partner outside
F's group), with every cell of d's support present. Adding any multiple of d to the data changes
exactly the figures whose every group "separates" its factor (contains x, or exactly one of x
and x'), F among them, and leaves every other figure as it is. Hiding all the figures d changes
therefore makes F's value impossible to work out from everything published: the published
numbers are the same for the true data and for the data plus t·d, whose F differs. The figures
hidden beside F are protected by the same d. So no hidden figure is in the span of the
published ones, across every view, without a single rank computation; the choice of x, x' only
decides how much else is hidden (fewest figures first, then fewest people).

Figures with the same cells (a city with one centre, a year with one month reported) are one
figure here, so two views can never show one and hide the other.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from itertools import product

from .privacy import HIDDEN, SMALL, THRESHOLD, shown

Chain = Callable[[Hashable], Sequence[Hashable]]
# How many partners per dimension are tried, nearest first (sharing the deepest group).
PARTNERS = 8
# Up to this many choices are all tried; more (over three dimensions) one dimension at a time.
EXHAUSTIVE = 400


def suppress_views(
    counts: Mapping[tuple, int],
    chains: Sequence[Chain],
    figures: Iterable[tuple],
    threshold: int = THRESHOLD,
) -> dict[tuple, int | str]:
    """Each published figure's value or marker, decided for all views together.

    `counts` by finest cell (a tuple of one coordinate per dimension); `chains[i](x)` the groups
    coordinate x of dimension i belongs to, itself first and the widest last; `figures` every
    figure any view publishes, as a tuple of one group per dimension."""
    _Pattern.check_dimensions(counts, chains)
    return _Pattern(counts, chains, figures, threshold).decide()


class _Pattern:
    def __init__(self, counts, chains, figures, threshold) -> None:
        self.counts = {cell: value for cell, value in counts.items()}
        self.dims = len(chains)
        self.coordinates = [
            sorted({cell[i] for cell in counts}, key=repr) for i in range(self.dims)
        ]
        self.ancestors = [
            {x: tuple(chains[i](x)) for x in self.coordinates[i]} for i in range(self.dims)
        ]
        members: list[dict] = [{} for _ in range(self.dims)]
        for i in range(self.dims):
            for x, groups in self.ancestors[i].items():
                for group in groups:
                    members[i].setdefault(group, set()).add(x)
        self.members = members
        # Each figure's cells, and one id per distinct set of cells.
        self.canonical: dict[tuple, int] = {}
        self.value: dict[int, int] = {}
        ids: dict[frozenset, int] = {}
        groups_of_cell = {
            cell: [self.ancestors[i][cell[i]] for i in range(self.dims)] for cell in self.counts
        }
        cells_of: dict[tuple, set] = {}
        wanted = set(figures)
        for cell, groups in groups_of_cell.items():
            for figure in product(*groups):
                if figure in wanted:
                    cells_of.setdefault(figure, set()).add(cell)
        self.cells_of = cells_of
        for figure in sorted(cells_of, key=repr):
            cells = frozenset(cells_of[figure])
            index = ids.setdefault(cells, len(ids))
            self.canonical[figure] = index
            self.value[index] = sum(self.counts[c] for c in cells)
        self.figures_of: dict[int, list[tuple]] = {}
        for figure, index in self.canonical.items():
            self.figures_of.setdefault(index, []).append(figure)
        self.threshold = threshold
        self.memo: dict[tuple, set[int] | None] = {}

    @staticmethod
    def check_dimensions(counts, chains) -> None:
        for cell in counts:
            if len(cell) != len(chains):
                raise ValueError("each cell needs one coordinate per dimension")

    def decide(self) -> dict[tuple, int | str]:
        small = sorted(
            (i for i, v in self.value.items() if v < self.threshold),
            key=lambda i: (self.value[i], i),
        )
        self.hidden = set(small)
        protected: set[int] = set()
        for index in small:
            if index in protected:
                continue
            changed = self._protect(self.figures_of[index][0])
            self.hidden |= changed
            protected |= changed
        result = {}
        for figure, index in self.canonical.items():
            value = self.value[index]
            if value < self.threshold:
                result[figure] = SMALL
            else:
                result[figure] = shown(value, HIDDEN if index in self.hidden else None)
        return result

    # --- choosing the perturbation ------------------------------------------------------------

    def _factors(self, dim: int, group: Hashable, x: Hashable) -> list[tuple]:
        """Factors for one dimension: (x, partner) with the partner outside `group`, nearest
        first, then (x, None)."""
        mine = self.ancestors[dim][x]
        outside = [y for y in self.coordinates[dim] if y not in self.members[dim][group]]
        outside.sort(key=lambda y: (-len(set(mine) & set(self.ancestors[dim][y])), repr(y)))
        return [(x, y) for y in outside[:PARTNERS]] + [(x, None)]

    def _separated(self, dim: int, factor: tuple) -> set:
        x, partner = factor
        if partner is None:
            return set(self.ancestors[dim][x])
        return set(self.ancestors[dim][x]) ^ set(self.ancestors[dim][partner])

    def _changed(self, factors: Sequence[tuple]) -> set[int] | None:
        """The figures d changes, or None when a cell of d's support is not in the data (the
        same d is often tried for several figures: kept)."""
        factors = tuple(factors)
        if factors not in self.memo:
            self.memo[factors] = self._find_changed(factors)
        return self.memo[factors]

    def _find_changed(self, factors: tuple) -> set[int] | None:
        supports = [[x] if y is None else [x, y] for x, y in factors]
        if any(cell not in self.counts for cell in product(*supports)):
            return None
        separated = [self._separated(i, f) for i, f in enumerate(factors)]
        changed = set()
        for figure in product(*separated):
            index = self.canonical.get(figure)
            if index is not None:
                changed.add(index)
        return changed

    def _cost(self, factors: Sequence[tuple], index: int) -> tuple | None:
        changed = self._changed(factors)
        if changed is None or index not in changed:
            return None
        new = changed - self.hidden
        return (len(new), sum(self.value[i] for i in new)), changed

    def _protect(self, figure: tuple) -> set[int]:
        """The figures to hide with `figure`: those the cheapest perturbation found changes.
        Every choice tried from a few of its smallest cells; over many dimensions (too many
        choices) one dimension at a time from the lone cell, which is always possible."""
        index = self.canonical[figure]
        cells = heapq.nsmallest(3, self.cells_of[figure], key=lambda c: (self.counts[c], repr(c)))
        best: tuple | None = None
        for cell in cells:
            options = [self._factors(i, figure[i], cell[i]) for i in range(self.dims)]
            if _size(options) <= EXHAUSTIVE:
                choices = product(*options)
            else:
                choices = self._descend(options, index)
            for factors in choices:
                found = self._cost(factors, index)
                if found and (best is None or found[0] < best[0]):
                    best = found
                    if not found[0][0]:
                        return found[1]
        assert best is not None  # the lone cell (every factor e_x) always qualifies
        return best[1]

    def _descend(self, options: list[list[tuple]], index: int) -> Iterable[tuple]:
        """From the lone cell, the best factor of each dimension in turn, others kept (twice)."""
        current = [dim_options[-1] for dim_options in options]  # (x, None) each
        current_cost = self._cost(current, index)
        for _ in range(2):
            for dim, dim_options in enumerate(options):
                for factor in dim_options:
                    trial = list(current)
                    trial[dim] = factor
                    found = self._cost(trial, index)
                    if found and found[0] < current_cost[0]:
                        current, current_cost = trial, found
        return [tuple(current)]


def _size(options: list[list]) -> int:
    size = 1
    for dim_options in options:
        size *= len(dim_options)
    return size
