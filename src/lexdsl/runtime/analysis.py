"""Die exakte Analyse offener Fälle: welche Ergebnisse noch möglich sind und welche Merkmale sie ändern können.

Ein Prüfpunkt ist eine Bedingung, aus der ``kombinieren`` das Ergebnis
zusammensetzt (Tatbestand, Regelbedingung, Ausnahme, atypischer Fall,
Abweichung). Die Analyse nutzt die Struktur der Bedingungen aus dem Programm
der Norm:

1. Unbekannte Merkmale, die mehrfach vorkommen, werden durchprobiert (je ein
   Vertreter jedes Wertebereichs).
2. Danach kommt jedes übrige unbekannte Merkmal nur einmal vor. Für solche
   Formeln ist die Menge der erreichbaren Werte jedes Knotens exakt aus den
   Mengen seiner Kinder bestimmbar; ein unbekannter Vergleich erreicht genau
   die Werte, die sein Wertebereich hergibt.
3. Verschiedene Prüfpunkte teilen dann keine unbekannten Merkmale mehr; ihre
   Werte sind unabhängig, und ``kombinieren`` ergibt alle möglichen Ergebnisse.
4. Ein einmal vorkommendes Merkmal ist entscheidend, wenn es seinen Prüfpunkt
   kippen kann (alle Geschwister auf dem Weg lassen es durch) und der
   Prüfpunkt das Ergebnis kippen kann. Ein mehrfach vorkommendes ist
   entscheidend, wenn sich die möglichen Ergebnisse mit seinem Wert ändern;
   bleiben sie gleich, aber mehrdeutig, entscheidet eine Auswertung in zwei
   Kopien (sein Wert verschieden, alles andere gleich).

``certain_values`` und ``certain`` bestimmen, welche Knoten in *jeder*
Vervollständigung des Falls denselben Wert haben. Die dreiwertige Auswertung
sieht das nicht, wenn ein unbekanntes Merkmal mehrfach vorkommt (ein
Auswahlmerkmal, dessen jeder Wert zu einer Versagung führt); die Begründung
und die Nebenfolgen eines so entschiedenen Falls beruhen auf diesen Werten.

``Structure``, ``Evaluator`` und ``can_flip`` sind öffentlich: Die
Bedingungsabdeckung verwendet sie für die Frage, ob eine Bedingung in einem
Fall entscheidend war.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..vocabulary import NodeKind
from .program import FactValue, Node, NormProgram

if TYPE_CHECKING:
    from .facts import Facts
    from .norm import CompiledNorm

# Die Grenze jeder Analyse: 262.144 Schritte (siehe ``analyse``), auf einer gewöhnlichen Maschine höchstens
# etwa eine Sekunde. Das echte Korpus braucht im schlimmsten gemessenen Fall rund ein Viertel davon (make bench).
MAX_STEPS = 1 << 18
# Höchstens so viele Belegungen mehrfach vorkommender unbekannter Merkmale je Bedingung probiert
# ``certain_values`` durch; darüber bleibt der Knoten dreiwertig (unbekannt), was vorsichtig ist.
MAX_CERTAIN = 1 << 12

# Erreichbare Werte eines Knotens: eine Menge von Tupeln (je Kopie des Falls ein Wahrheitswert).
Reachable = frozenset[tuple[bool, ...]]

# Slot der Gegenbeispiele unter den Kindern eines Begriffs (Definition, Regelbeispiele, Gegenbeispiele).
_GEGENBEISPIELE = 2

# Glieder der Aufzählungen als Modulkonstanten: In Python 3.11 kostet ``Aufzählung.GLIED`` in den
# heißen Schleifen der Laufzeit ein Vielfaches eines Namens.
_NODEKIND_ALLE = NodeKind.ALLE
_NODEKIND_BEGRIFF = NodeKind.BEGRIFF
_NODEKIND_KEINES = NodeKind.KEINES
_NODEKIND_MINDESTENS = NodeKind.MINDESTENS
_NODEKIND_NICHT = NodeKind.NICHT


class Structure:
    """Eltern, Wurzeln und Vorkommen der Merkmale in den Prüfpunkten einer Norm (einmal berechnet)."""

    def __init__(self, program: NormProgram):
        self.program = program
        self.parent: dict[int, tuple[int, int]] = {}
        for i, node in enumerate(program.nodes):
            for slot, child in enumerate(node.children):
                if child is not None:
                    self.parent[child] = (i, slot)
        points = set(program.checkpoints)
        # Merkmal → Blätter in Prüfpunkten; Gegenbeispiele zählen nicht, sie bestimmen keinen Wert.
        self.leaves: dict[str, list[int]] = {}
        for i, node in enumerate(program.nodes):
            if node.merkmal and self.root(i) in points and not self.in_gegenbeispiel(i):
                self.leaves.setdefault(node.merkmal, []).append(i)
        # Merkmal → ein Wert je Gruppe gleich wirkender Werte (``value_classes``, bei Bedarf berechnet).
        self.classes: dict[str, dict[FactValue, tuple[FactValue, ...]]] = {}

    def root(self, i: int) -> int:
        """Der Prüfpunkt (oder die Wurzel), unter dem der Knoten steht."""
        while i in self.parent:
            i = self.parent[i][0]
        return i

    def in_gegenbeispiel(self, i: int) -> bool:
        """Steht der Knoten in den Gegenbeispielen eines Begriffs (bestimmt also keinen Wert)?"""
        nodes = self.program.nodes
        while i in self.parent:
            parent, slot = self.parent[i]
            if nodes[parent].kind is _NODEKIND_BEGRIFF and slot == _GEGENBEISPIELE:
                return True
            i = parent
        return False

    def ancestors(self, i: int) -> Iterator[int]:
        while i in self.parent:
            i = self.parent[i][0]
            yield i


class Evaluator:
    """Erreichbare Werte jedes Knotens als Mengen von Tupeln (eine oder zwei Kopien des Falls).

    ``values``: Merkmal → Wert (``None`` = unbekannt; dann alle Werte seines Wertebereichs).
    ``twin``: (Merkmal, Wert in Kopie 1, Wert in Kopie 2) für die Auswertung in zwei Kopien.
    """

    def __init__(self, compiled: CompiledNorm, values: Mapping[str, FactValue | None], copies: int = 1,
                 twin: tuple[str, FactValue, FactValue] | None = None):
        self.nodes = compiled.program.nodes
        self.domains = compiled.domains
        self.values = values
        self.copies = copies
        self.twin = twin
        self.memo: dict[int, Reachable] = {}

    def leaf(self, node_id: int, merkmal: str) -> Reachable:
        comparison = self.nodes[node_id].comparison

        def test(value: FactValue) -> bool:
            return bool(value) if comparison is None else comparison.op.test(value, comparison.value)

        if self.twin is not None and merkmal == self.twin[0]:
            return frozenset(((test(self.twin[1]), test(self.twin[2])),))
        value = self.values.get(merkmal)
        outcomes = {test(v) for v in self.domains[merkmal]} if value is None else {test(value)}
        return frozenset((o,) * self.copies for o in outcomes)

    def node(self, node_id: int) -> Reachable:
        """Die erreichbaren Werte des Knotens."""
        found = self.memo.get(node_id)
        if found is not None:
            return found
        node = self.nodes[node_id]
        kind, children = node.kind, node.children
        if kind.is_leaf:
            assert node.merkmal is not None
            result = self.leaf(node_id, node.merkmal)
        elif kind is _NODEKIND_NICHT:
            result = frozenset(tuple(not x for x in t) for t in self.node(_child(children[0])))
        elif kind is _NODEKIND_ALLE:
            result = self._fold(children, all_of=True)
        elif kind is _NODEKIND_MINDESTENS:
            result = self._fold(children, all_of=False)
        elif kind is _NODEKIND_KEINES:
            result = frozenset(tuple(not x for x in t) for t in self._fold(children, all_of=False))
        elif kind is _NODEKIND_BEGRIFF:
            result = self._fold([c for c in (children[1], children[0]) if c is not None], all_of=False)
        else:  # pragma: no cover – Regeln sind keine Bedingungsknoten
            raise ValueError(kind)
        self.memo[node_id] = result
        return result

    def _fold(self, children: Sequence[int | None], all_of: bool) -> Reachable:
        if self.copies == 1:
            # Eine Kopie: „alle“ kann wahr sein, wenn jedes Glied es kann, und falsch, wenn eines es kann
            # („mindestens eines“ umgekehrt) – dasselbe wie das Produkt unten, ohne die Paare zu bilden.
            sets = [self.node(_child(child)) for child in children]
            if all_of:
                can_true, can_false = all(_TRUE in s for s in sets), any(_FALSE in s for s in sets)
            else:
                can_true, can_false = any(_TRUE in s for s in sets), all(_FALSE in s for s in sets)
            return _SINGLE[can_true, can_false]
        acc: Reachable = frozenset(((all_of,) * self.copies,))
        for child in children:
            values = self.node(_child(child))
            if all_of:
                acc = frozenset(tuple(a and b for a, b in zip(x, y, strict=True)) for x in acc for y in values)
            else:
                acc = frozenset(tuple(a or b for a, b in zip(x, y, strict=True)) for x in acc for y in values)
        return acc


_TRUE, _FALSE = (True,), (False,)
_SINGLE: dict[tuple[bool, bool], Reachable] = {
    (True, True): frozenset((_TRUE, _FALSE)), (True, False): frozenset((_TRUE,)),
    (False, True): frozenset((_FALSE,)), (False, False): frozenset(),
}


def _child(node_id: int | None) -> int:
    assert node_id is not None
    return node_id


def can_flip(structure: Structure, ev: Evaluator, leaf: int) -> bool:
    """Kann ein einmal vorkommendes Blatt seinen Prüfpunkt kippen? (alle Geschwister lassen es durch)"""
    nodes = structure.program.nodes
    node = leaf
    while node in structure.parent:
        parent, slot = structure.parent[node]
        kind, children = nodes[parent].kind, nodes[parent].children
        siblings = [c for c in children if c is not None and c != node]
        if kind is _NODEKIND_ALLE:
            if any((True,) not in ev.node(c) for c in siblings):
                return False
        elif kind in (_NODEKIND_MINDESTENS, _NODEKIND_KEINES):
            if any((False,) not in ev.node(c) for c in siblings):
                return False
        elif kind is _NODEKIND_BEGRIFF:
            if slot == _GEGENBEISPIELE:
                return False
            other = children[1 - slot] if slot in (0, 1) else None
            if other is not None and (False,) not in ev.node(other):
                return False
        node = parent
    return True


class Analysis(NamedTuple):
    """Das Ergebnis der Analyse eines offenen Falls.

    ``outcomes``: die möglichen Ergebnis-Codes (leer, wenn ``exact`` falsch ist).
    ``missing``: die unbekannten Merkmale, die das Ergebnis noch ändern können.
    ``exact``: Die möglichen Ergebnisse sind genau bestimmt.
    ``unresolved``: Merkmale, bei denen die Analyse ihre Grenze (``MAX_STEPS``) erreicht hat,
    bevor sie klären konnte, ob sie entscheiden; sie stehen vorsichtshalber in ``missing``.
    """

    outcomes: frozenset[int]
    missing: tuple[str, ...]
    exact: bool
    unresolved: tuple[str, ...] = ()


class Budget:
    """Die Schritte, die eine Analyse höchstens machen darf (siehe ``MAX_STEPS``)."""

    __slots__ = ("left",)

    def __init__(self, steps: int = 0):
        self.left = steps or MAX_STEPS

    def spend(self, steps: int) -> None:
        self.left -= steps
        if self.left < 0:
            raise OutOfBudget


class OutOfBudget(Exception):
    """Die Analyse hat ihre Grenze erreicht."""


def value_classes(compiled: CompiledNorm, merkmal: str) -> dict[FactValue, tuple[FactValue, ...]]:
    """Die Werte eines Merkmals in Gruppen, die sich in jeder Bedingung der Norm gleich verhalten:
    ein Vertreter → alle Werte seiner Gruppe.

    Zwei Werte einer Auswahl, die jede Bedingung über das Merkmal gleich beantwortet, sind für die
    Entscheidung nicht zu unterscheiden; die Analyse probiert nur den Vertreter (exakt, nicht geschätzt).
    """
    cache = compiled.structure.classes
    found = cache.get(merkmal)
    if found is None:
        nodes = compiled.program.nodes
        tests = [nodes[i].comparison for i in compiled.structure.leaves.get(merkmal, ())]
        groups: dict[tuple[bool, ...], list[FactValue]] = {}
        for value in compiled.domains[merkmal]:
            signature = tuple(bool(value) if c is None else c.op.test(value, c.value) for c in tests)
            groups.setdefault(signature, []).append(value)
        found = cache[merkmal] = {members[0]: tuple(members) for members in groups.values()}
    return found


def analyse(compiled: CompiledNorm, facts: Facts, budget: Budget | None = None,
            outcomes_only: bool = False) -> Analysis:
    """Mögliche Ergebnis-Codes und die entscheidenden unbekannten Merkmale, exakt – bis zur Grenze.

    Jede Analyse hat höchstens ``MAX_STEPS`` Schritte (eine Auswertung von ``kombinieren``, eine
    Kombination in zwei Kopien oder ein Knoten je Belegung zählt als Schritt). Reicht das nicht, um die
    möglichen Ergebnisse zu bestimmen, ist ``exact`` falsch und ``missing`` nennt alle unbekannten
    Merkmale der Prüfpunkte; reicht es nur nicht, um jedes Merkmal zu trennen, stehen die ungeklärten in
    ``unresolved`` (und vorsichtshalber in ``missing``). ``outcomes_only``: nur die möglichen
    Ergebnisse, ohne die entscheidenden Merkmale (``missing`` bleibt leer).
    """
    structure = compiled.structure
    known = facts.three
    unknown = [m for m in structure.leaves if known.get(m) is None]
    shared = [m for m in unknown if len(structure.leaves[m]) > 1]
    single = [m for m in unknown if len(structure.leaves[m]) == 1]
    budget = budget or Budget()
    try:
        per_sigma = _tables(compiled, known, shared, budget)
    except OutOfBudget:
        return Analysis(frozenset(), tuple(sorted(unknown)), False, tuple(sorted(unknown)))

    outcomes = frozenset(code for _s, _e, _f, table in per_sigma for code in table.values())
    if len(outcomes) <= 1 or outcomes_only:
        return Analysis(outcomes, (), True)

    missing: set[str] = set()
    open_: list[str] = [*single, *shared]
    try:
        # Einmal vorkommende Merkmale: Blatt kippt Prüfpunkt, Prüfpunkt kippt Ergebnis.
        for m in single:
            leaf = structure.leaves[m][0]
            point = structure.root(leaf)
            for _sigma, ev, free, table in per_sigma:
                if point not in free or len(ev.node(leaf)) < 2 or not can_flip(structure, ev, leaf):
                    continue
                k = free.index(point)
                budget.spend(len(table))
                if any(table[bits] != table[bits ^ (1 << k)] for bits in table):
                    missing.add(m)
                    break
            open_.remove(m)
        # Mehrfach vorkommende Merkmale: ändern sich die möglichen Ergebnisse mit ihrem Wert?
        for m in shared:
            groups: dict[tuple[tuple[str, FactValue], ...], dict[FactValue, frozenset[int]]] = {}
            for sigma, _ev, _free, table in per_sigma:
                rest = tuple(item for item in sigma if item[0] != m)
                value = dict(sigma)[m]
                groups.setdefault(rest, {})[value] = frozenset(table.values())
            for rest, by_value in groups.items():
                sets_ = list(by_value.values())
                if any(s != sets_[0] for s in sets_):
                    missing.add(m)
                    break
                if len(sets_[0]) > 1 and _twin_differs(compiled, known, dict(rest), m, list(by_value), budget):
                    missing.add(m)
                    break
            open_.remove(m)
    except OutOfBudget:
        unresolved = tuple(sorted(open_))
        return Analysis(outcomes, tuple(sorted(missing | set(open_))), True, unresolved)
    return Analysis(outcomes, tuple(sorted(missing)), True)


# Je Belegung σ der mehrfach vorkommenden Merkmale: σ, ihre Auswertung, die offenen Prüfpunkte, die Ergebnis-Tabelle.
_SigmaTable = tuple[tuple[tuple[str, FactValue], ...], "Evaluator", list[int], dict[int, int]]


class Prober:
    """Die möglichen Ergebnis-Codes, wenn ein unbekanntes Merkmal einen bestimmten Wert hätte.

    Dasselbe wie ``analyse`` mit ``outcomes_only`` auf dem um das Merkmal ergänzten Fall, aber aus den
    Tabellen einer einzigen Analyse, einmal für alle Merkmale berechnet: Ein mehrfach vorkommendes Merkmal
    wählt die Belegungen σ mit seinem Wert; ein einmal vorkommendes legt höchstens seinen Prüfpunkt fest.
    ``outcomes`` gibt ``None``, wenn die Grenze (``MAX_STEPS``) nicht reicht.
    """

    def __init__(self, compiled: CompiledNorm, facts: Facts, budget: Budget | None = None):
        self.compiled = compiled
        self.known = facts.three
        structure = compiled.structure
        unknown = [m for m in structure.leaves if self.known.get(m) is None]
        self.shared = [m for m in unknown if len(structure.leaves[m]) > 1]
        self.budget = budget or Budget()
        self.per_sigma: list[_SigmaTable] | None
        try:
            self.per_sigma = _tables(compiled, self.known, self.shared, self.budget)
        except OutOfBudget:
            self.per_sigma = None

    def outcomes(self, merkmal: str, values: Sequence[FactValue]) -> dict[FactValue, frozenset[int]] | None:
        per_sigma = self.per_sigma
        if per_sigma is None:
            return None
        compiled, structure = self.compiled, self.compiled.structure
        try:
            found: dict[FactValue, frozenset[int]] = {}
            if merkmal in self.shared:
                classes = value_classes(compiled, merkmal)
                representative = {member: rep for rep, members in classes.items() for member in members}
                for value in values:
                    rep = representative.get(value, value)
                    found[value] = frozenset(code for sigma, _ev, _free, table in per_sigma
                                             if dict(sigma)[merkmal] == rep for code in table.values())
                return found
            if merkmal not in structure.leaves:      # prüft kein Prüfpunkt: ändert kein Ergebnis
                everything = frozenset(code for *_rest, table in per_sigma for code in table.values())
                return dict.fromkeys(values, everything)
            leaf = structure.leaves[merkmal][0]
            point = structure.root(leaf)
            path = {leaf, *structure.ancestors(leaf)}    # nur diese Knoten hängen vom Merkmal ab
            for value in values:
                codes: set[int] = set()
                for sigma, ev, free, table in per_sigma:
                    self.budget.spend(len(table))
                    if point not in free:
                        codes.update(table.values())
                        continue
                    fixed = dict(self.known)
                    fixed.update(sigma)
                    fixed[merkmal] = value
                    probe = Evaluator(compiled, fixed)
                    probe.memo = {k: v for k, v in ev.memo.items() if k not in path}
                    reachable = {t[0] for t in probe.node(point)}
                    if len(reachable) > 1:
                        codes.update(table.values())
                        continue
                    k, wanted = free.index(point), next(iter(reachable))
                    codes.update(code for bits, code in table.items() if bool(bits >> k & 1) is wanted)
                found[value] = frozenset(codes)
            return found
        except OutOfBudget:
            return None


def probe(compiled: CompiledNorm, facts: Facts, merkmal: str, values: Sequence[FactValue],
          budget: Budget | None = None) -> dict[FactValue, frozenset[int]] | None:
    """``Prober`` für ein einziges Merkmal."""
    return Prober(compiled, facts, budget).outcomes(merkmal, values)


def _tables(compiled: CompiledNorm, known: Mapping[str, FactValue | None], shared: list[str],
            budget: Budget) -> list[tuple[tuple[tuple[str, FactValue], ...], Evaluator, list[int], dict[int, int]]]:
    """Je Belegung σ der mehrfach vorkommenden Merkmale: Werte der Prüfpunkte und die Ergebnis-Tabelle
    über die offenen Prüfpunkte."""
    points = compiled.program.checkpoints
    combine = compiled.combine
    size = len(compiled.program.nodes)
    sigmas: list[tuple[tuple[str, FactValue], ...]] = [()]
    for m in shared:
        classes = list(value_classes(compiled, m))
        budget.spend(len(sigmas) * len(classes))
        sigmas = [(*s, (m, v)) for s in sigmas for v in classes]
    per_sigma = []
    for sigma in sigmas:
        budget.spend(size)
        values = dict(known)
        values.update(sigma)
        ev = Evaluator(compiled, values)
        sets = {p: ev.node(p) for p in points}
        free = [p for p in points if len(sets[p]) > 1]
        fixed = {p: next(iter(sets[p]))[0] for p in points if len(sets[p]) == 1}
        if len(free) > 62:
            raise OutOfBudget
        budget.spend(1 << len(free))
        table = {}
        for bits in range(1 << len(free)):
            W = dict(fixed)
            for k, p in enumerate(free):
                W[p] = bool(bits >> k & 1)
            table[bits] = combine(W)
        per_sigma.append((sigma, ev, free, table))
    return per_sigma


def _twin_differs(compiled: CompiledNorm, known: Mapping[str, FactValue | None], rest: Mapping[str, FactValue],
                  m: str, values: list[FactValue], budget: Budget) -> bool:
    """Gibt es eine Vervollständigung, in der nur ``m`` verschieden ist und das Ergebnis sich ändert?"""
    points = compiled.program.checkpoints
    size = len(compiled.program.nodes)
    for i, v in enumerate(values):
        for w in values[i + 1:]:
            budget.spend(size)
            base = dict(known)
            base.update(rest)
            ev = Evaluator(compiled, base, copies=2, twin=(m, v, w))
            pair_sets = [sorted(ev.node(p)) for p in points]
            total = 1
            for options in pair_sets:
                total *= len(options)
            budget.spend(total)
            for choice in _product(pair_sets):
                first = {p: pair[0] for p, pair in zip(points, choice, strict=True)}
                second = {p: pair[1] for p, pair in zip(points, choice, strict=True)}
                if compiled.combine(first) != compiled.combine(second):
                    return True
    return False


def _product(lists: list[list[tuple[bool, ...]]]) -> Iterator[tuple[tuple[bool, ...], ...]]:
    if not lists:
        yield ()
        return
    for head in lists[0]:
        for tail in _product(lists[1:]):
            yield (head, *tail)


# ------------------------------------------------------------ feste Werte trotz Unbekanntem


def subtree(nodes: Sequence[Node], root: int) -> list[int]:
    """Der Knoten und alle darunter (ohne Rekursion), Eltern vor Kindern."""
    out, stack = [], [root]
    while stack:
        i = stack.pop()
        out.append(i)
        stack.extend(c for c in reversed(nodes[i].children) if c is not None)
    return out


def _assignments(compiled: CompiledNorm, values: Mapping[str, FactValue | None],
                 members: Sequence[int]) -> list[dict[str, FactValue]] | None:
    """Die Belegungen der unbekannten Merkmale, die unter ``members`` mehr als einmal vorkommen.

    Danach kommt jedes übrige unbekannte Merkmal nur einmal vor, und die erreichbaren Werte
    sind exakt. ``None``, wenn es mehr als ``MAX_CERTAIN`` Belegungen wären.
    """
    nodes = compiled.program.nodes
    counts: Counter[str] = Counter()
    for i in members:
        merkmal = nodes[i].merkmal
        if merkmal is not None and values.get(merkmal) is None:
            counts[merkmal] += 1
    repeated = sorted(m for m, count in counts.items() if count > 1)
    total = 1
    for m in repeated:
        total *= len(compiled.domains[m])
        if total > MAX_CERTAIN:
            return None
    found: list[dict[str, FactValue]] = [{}]
    for m in repeated:
        found = [{**a, m: v} for a in found for v in compiled.domains[m]]
    return found


def certain(compiled: CompiledNorm, values: Mapping[str, FactValue | None], root: int) -> bool | None:
    """Der Wert einer Bedingung, wenn er in jeder Vervollständigung des Falls derselbe ist; sonst ``None``.

    ``None`` auch, wenn zu viele Belegungen durchzuprobieren wären (vorsichtig: dann gilt sie als offen).
    """
    members = subtree(compiled.program.nodes, root)
    assignments = _assignments(compiled, values, members)
    if assignments is None:
        return None
    seen: set[bool] = set()
    for assignment in assignments:
        seen.update(t[0] for t in Evaluator(compiled, {**values, **assignment}).node(root))
        if len(seen) > 1:
            return None
    return seen.pop() if len(seen) == 1 else None


def certain_values(compiled: CompiledNorm, values: Mapping[str, FactValue | None]) -> dict[int, bool]:
    """Knoten und Regeln, deren Wert in jeder Vervollständigung des Falls derselbe ist: Nummer → Wert.

    Bedingungsknoten je Prüfpunkt (mit Gegenbeispielen); eine Regel greift, wenn ihre Bedingung
    erfüllt ist und keine ihrer Ausnahmen („es sei denn“). Über ``MAX_CERTAIN`` Belegungen bleibt
    der Knoten ungenannt.
    """
    program = compiled.program
    nodes = program.nodes
    out: dict[int, bool] = {}
    for point in dict.fromkeys(program.checkpoints):
        members = subtree(nodes, point)
        assignments = _assignments(compiled, values, members)
        if assignments is None:
            continue
        seen: dict[int, set[bool]] = {}
        for assignment in assignments:
            ev = Evaluator(compiled, {**values, **assignment})
            for i in members:
                seen.setdefault(i, set()).update(t[0] for t in ev.node(i))
        out.update((i, next(iter(found))) for i, found in seen.items() if len(found) == 1)
    rules = [*program.rules, *(r for v in program.vorschriften for r in v.rules)]
    for rule in rules:
        roots = ([rule.condition] if rule.condition is not None else []) + [a.condition for a in rule.ausnahmen]
        members = [i for root in roots for i in subtree(nodes, root)]
        assignments = _assignments(compiled, values, members)
        if assignments is None:
            continue
        fires: set[bool] = set()
        for assignment in assignments:
            ev = Evaluator(compiled, {**values, **assignment})
            condition = {t[0] for t in ev.node(rule.condition)} if rule.condition is not None else {True}
            exceptions = [{t[0] for t in ev.node(a.condition)} for a in rule.ausnahmen]
            # Nach der Belegung teilen Bedingung und Ausnahmen kein unbekanntes Merkmal: unabhängig.
            fires.update(c and not any(choice) for c in condition for choice in _choices(exceptions))
            if len(fires) > 1:
                break
        if len(fires) == 1:
            out[rule.id] = fires.pop()
    return out


def _choices(sets: list[set[bool]]) -> Iterator[tuple[bool, ...]]:
    if not sets:
        yield ()
        return
    for head in sets[0]:
        for tail in _choices(sets[1:]):
            yield (head, *tail)
