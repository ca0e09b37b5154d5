"""Befunde über die Normen selbst, für alle Fälle statt für die getesteten: mit einem SMT-Solver (z3).

Jede Fassung einer Norm wird so übersetzt:

* je Merkmal eine Variable: ja/nein als Wahrheitswert, Anzahl als ganze Zahl ab 0, Dauer als ganze Zahl
  halber Monate ab 0 (die Schwellen der Normen sind ganze Monate; zwischen zwei ganzen Monaten liegt
  immer ein halber, so geht kein Fall verloren), Datum als Tagnummer zwischen 1949 und 2100, Auswahl als
  Nummer ihres Werts;
* je Prüfpunkt (Tatbestand, Bedingung einer Regel, Ausnahme, Abweichung …) sein Bedingungsbaum, Knoten
  für Knoten wie in der Laufzeit (``runtime.analysis.Evaluator``);
* die Entscheidung selbst als Wahrheitstafel: Die übersetzte Funktion ``kombinieren`` der Fassung wird für
  jede Belegung der Prüfpunkte aufgerufen (höchstens 2^16); der Solver sieht genau diese Tafel.

Darauf beantwortet der Solver:

``reachability``
    Welche Ergebnisse die Fassung überhaupt geben kann: je Ergebnis ein Zeugenfall, oder der Beweis, dass
    es keinen gibt.
``transitions``
    Was sich zwischen zwei Fassungen ändert: je Paar (Ergebnis vorher, Ergebnis nachher) ein Fall, den die
    beiden so verschieden entscheiden, oder der Beweis, dass es keinen gibt („gleichwertig“).

Welchen von mehreren möglichen Zeugenfällen der Solver liefert, ist nicht festgelegt; die Befunde selbst
(erreichbar oder nicht, Übergang oder gleichwertig) hängen davon nicht ab.
Jeder Zeugenfall wird danach durch die übersetzte Norm selbst entschieden und auf die Merkmale verkleinert,
ohne die sie nicht mehr sicher gleich entscheidet. Weicht die Norm vom Solver ab, ist das ein Programmfehler
(``FindingError``), nie ein stiller Befund.

z3 wird nur hier importiert (``pip install 'lexdsl[analyse]'``); ``lexdsl prüfen`` lädt es nie.
"""

from __future__ import annotations

import datetime
from fractions import Fraction
from typing import Any, NamedTuple

from .runtime import Catalog
from .runtime.norm import CompiledNorm
from .runtime.program import FactValue
from .vocabulary import OUTCOME_ORDER, RANK_OUTCOMES, MerkmalType, NodeKind, Operator, Outcome, german_sort_key

# So viele Prüfpunkte übersetzt die Analyse als Wahrheitstafel (2^16 Zeilen); mehr hat keine Norm.
MAX_CHECKPOINTS = 16

_EPOCH = datetime.date(1900, 1, 1)
_FIRST_DAY = (datetime.date(1949, 1, 1) - _EPOCH).days
_LAST_DAY = (datetime.date(2100, 12, 31) - _EPOCH).days


class FindingError(Exception):
    """Solver und übersetzte Norm entscheiden einen Zeugenfall verschieden: ein Programmfehler."""


class TooLarge(Exception):
    """Eine Fassung hat mehr Prüfpunkte, als die Analyse als Wahrheitstafel übersetzt."""


class Witness(NamedTuple):
    """Ein Fall (nur die bekannten Merkmale) und das Ergebnis, das die übersetzte Norm für ihn gibt."""

    outcome: Outcome
    facts: dict[str, FactValue]


class Reachability(NamedTuple):
    """Welche Ergebnisse eine Fassung geben kann: je erreichbarem Ergebnis ein Zeugenfall."""

    witnesses: tuple[Witness, ...]
    unreachable: tuple[Outcome, ...]


class Transition(NamedTuple):
    """Ein Fall, den zwei Fassungen verschieden entscheiden; ``witness`` None: bewiesen, dass es keinen gibt."""

    before: Outcome
    after: Outcome
    witness: dict[str, FactValue] | None


_CODES = {outcome: code for code, outcome in RANK_OUTCOMES.items()}
OUTCOMES = tuple(o for o in OUTCOME_ORDER if o is not Outcome.OFFEN)


class _Encoding:
    """Die Variablen der Merkmale, gemeinsam für alle Fassungen, die zusammen betrachtet werden."""

    def __init__(self, catalog: Catalog):
        import z3

        self.z3 = z3
        self.ctx = z3.Context()          # ein eigener Kontext je Frage: nichts bleibt zwischen Fragen liegen
        self.catalog = catalog
        self.vars: dict[str, Any] = {}
        self.domain: list[Any] = []

    def var(self, merkmal: str) -> Any:
        z3 = self.z3
        found = self.vars.get(merkmal)
        if found is not None:
            return found
        info = self.catalog.merkmale[merkmal]
        name = f"m{len(self.vars)}"
        if info.type is MerkmalType.BOOL:
            found = z3.Bool(name, self.ctx)
        elif info.type is MerkmalType.DURATION:          # in halben Monaten
            found = z3.Int(name, self.ctx)
            self.domain.append(found >= 0)
        elif info.type is MerkmalType.CHOICE:
            found = z3.Int(name, self.ctx)
            self.domain += [found >= 0, found < len(info.values)]
        else:                                   # Anzahl, Datum (Tagnummer)
            found = z3.Int(name, self.ctx)
            if info.type is MerkmalType.COUNT:
                self.domain.append(found >= 0)
            else:
                self.domain += [found >= _FIRST_DAY, found <= _LAST_DAY]
        self.vars[merkmal] = found
        return found

    def value(self, merkmal: str, model: Any) -> FactValue:
        """Der Wert eines Merkmals im Modell, wie die Laufzeit ihn erwartet."""
        info = self.catalog.merkmale[merkmal]
        raw = model.eval(self.vars[merkmal], model_completion=True)
        if info.type is MerkmalType.BOOL:
            return bool(self.z3.is_true(raw))
        if info.type is MerkmalType.CHOICE:
            return str(info.values[raw.as_long()])
        if info.type is MerkmalType.DURATION:
            number = Fraction(raw.as_long(), 2)
            return int(number) if number.denominator == 1 else number
        if info.type is MerkmalType.DATE:
            return (_EPOCH + datetime.timedelta(days=raw.as_long())).isoformat()
        return int(raw.as_long())

    def constant(self, merkmal: str, value: object) -> Any:
        """Der Vergleichswert einer Norm in der Sprache des Solvers."""
        info = self.catalog.merkmale[merkmal]
        if info.type is MerkmalType.CHOICE:
            return info.values.index(str(value))
        if info.type is MerkmalType.DATE:
            return (datetime.date.fromisoformat(str(value)) - _EPOCH).days
        if info.type is MerkmalType.DURATION:
            halves = Fraction(str(value)) * 2
            if halves.denominator != 1:   # die Prüfung der Normen verlangt ganze Monate
                raise FindingError(f"»{merkmal}«: Schwelle {value} ist kein Vielfaches eines halben Monats.")
            return int(halves)
        return value

    def variant(self, variant: CompiledNorm) -> dict[int, Any]:
        """Je Ergebnis-Code der Fassung die Formel der Fälle, die ihn ergeben (aus der Wahrheitstafel)."""
        z3 = self.z3
        nodes = variant.program.nodes
        memo: dict[int, Any] = {}

        def leaf(node_id: int) -> Any:
            node = nodes[node_id]
            assert node.merkmal is not None
            x = self.var(node.merkmal)
            c = node.comparison
            if c is None:
                return x
            if c.op in (Operator.IN, Operator.NOT_IN):
                members = [x == self.constant(node.merkmal, v) for v in c.value]  # type: ignore[union-attr]
                inside = z3.Or(*members) if members else z3.BoolVal(False, self.ctx)
                return inside if c.op is Operator.IN else z3.Not(inside)
            k = self.constant(node.merkmal, c.value)
            return {Operator.GE: x >= k, Operator.GT: x > k, Operator.LE: x <= k, Operator.LT: x < k,
                    Operator.EQ: x == k}[c.op]

        def node(node_id: int | None) -> Any:
            assert node_id is not None
            found = memo.get(node_id)
            if found is not None:
                return found
            n = nodes[node_id]
            kids = [c for c in n.children if c is not None]
            if n.kind.is_leaf:
                result = leaf(node_id)
            elif n.kind is NodeKind.NICHT:
                result = z3.Not(node(n.children[0]))
            elif n.kind is NodeKind.ALLE:
                result = z3.And(*[node(c) for c in kids]) if kids else z3.BoolVal(True, self.ctx)
            elif n.kind is NodeKind.MINDESTENS:
                result = z3.Or(*[node(c) for c in kids]) if kids else z3.BoolVal(False, self.ctx)
            elif n.kind is NodeKind.KEINES:
                result = z3.Not(z3.Or(*[node(c) for c in kids])) if kids else z3.BoolVal(True, self.ctx)
            elif n.kind is NodeKind.BEGRIFF:      # Regelbeispiele oder Definition (wie die Laufzeit)
                parts = [node(c) for c in (n.children[1], n.children[0]) if c is not None]
                result = z3.Or(*parts) if parts else z3.BoolVal(False, self.ctx)
            else:  # pragma: no cover – Regeln sind keine Bedingungsknoten
                raise FindingError(f"{variant.id}: unbekannte Knotenart {n.kind}")
            memo[node_id] = result
            return result

        points = list(variant.program.checkpoints)
        if len(points) > MAX_CHECKPOINTS:
            raise TooLarge(f"{len(points)} Prüfpunkte (die Analyse übersetzt höchstens {MAX_CHECKPOINTS})")
        conditions = [node(p) for p in points]
        rows: dict[int, list[Any]] = {}
        for bits in range(1 << len(points)):
            W = {p: bool(bits >> k & 1) for k, p in enumerate(points)}
            literal = [c if W[p] else z3.Not(c) for p, c in zip(points, conditions, strict=True)]
            rows.setdefault(variant.combine(W), []).append(z3.And(*literal) if literal else z3.BoolVal(True, self.ctx))
        formulas = {code: z3.Or(*row) for code, row in rows.items()}
        return formulas


def _solve(encoding: _Encoding, goals: list[Any]) -> Any | None:
    """Ein Modell der Ziele, oder None, wenn es keines gibt (dann ist bewiesen: kein Fall erfüllt sie)."""
    z3 = encoding.z3
    solver = z3.Solver(ctx=encoding.ctx)
    solver.add(*encoding.domain, *goals)
    verdict = solver.check()
    if verdict == z3.sat:
        return solver.model()
    if verdict == z3.unsat:
        return None
    raise FindingError("Der Solver konnte die Frage nicht entscheiden.")


def _shrink(catalog: Catalog, variants: list[CompiledNorm], known: dict[str, FactValue],
            expected: list[Outcome]) -> dict[str, FactValue]:
    """Vergisst jedes Merkmal, ohne das die Fassungen nicht mehr sicher wie erwartet entscheiden."""

    def decided() -> list[Outcome]:
        facts = catalog.complete(known)
        return [v.entscheiden(facts) for v in variants]

    if decided() != expected:
        raise FindingError(f"{variants[0].id}: Die übersetzte Norm entscheidet den Zeugenfall des Solvers "
                           f"anders ({[o.value for o in decided()]} statt {[o.value for o in expected]}).")
    for merkmal in sorted(known, key=german_sort_key):
        value = known.pop(merkmal)
        if decided() != expected:
            known[merkmal] = value
    return known


def _merkmale(variants: list[CompiledNorm]) -> list[str]:
    names: set[str] = set()
    for variant in variants:
        names |= set(variant.structure.leaves)
    return sorted(names, key=german_sort_key)


def reachability(variant: CompiledNorm, catalog: Catalog) -> Reachability:
    """Je Ergebnis ein kleiner Zeugenfall, oder der Beweis, dass die Fassung es nie gibt."""
    encoding = _Encoding(catalog)
    formulas = encoding.variant(variant)
    witnesses, unreachable = [], []
    for outcome in OUTCOMES:
        formula = formulas.get(_CODES[outcome])
        model = _solve(encoding, [formula]) if formula is not None else None
        if model is None:
            unreachable.append(outcome)
            continue
        known = {m: encoding.value(m, model) for m in _merkmale([variant]) if m in encoding.vars}
        witnesses.append(Witness(outcome, _shrink(catalog, [variant], known, [outcome])))
    return Reachability(tuple(witnesses), tuple(unreachable))


def transitions(before: CompiledNorm, after: CompiledNorm, catalog: Catalog) -> list[Transition]:
    """Alle Übergänge zwischen zwei Fassungen: je Paar verschiedener Ergebnisse ein Zeugenfall oder keiner."""
    encoding = _Encoding(catalog)
    old = encoding.variant(before)
    new = encoding.variant(after)
    found = []
    for first in OUTCOMES:
        for second in OUTCOMES:
            if first is second:
                continue
            a, b = old.get(_CODES[first]), new.get(_CODES[second])
            model = _solve(encoding, [a, b]) if a is not None and b is not None else None
            if model is None:
                found.append(Transition(first, second, None))
                continue
            known = {m: encoding.value(m, model) for m in _merkmale([before, after]) if m in encoding.vars}
            found.append(Transition(first, second, _shrink(catalog, [before, after], known, [first, second])))
    return found


# ------------------------------------------------------------ Der ganze Korpus

class VariantFindings(NamedTuple):
    """Die Befunde einer Fassung einer Norm."""

    norm: str
    fassung: str | None
    place: str
    reachability: Reachability
    skipped: str | None = None            # warum die Fassung nicht analysiert ist


class Comparison(NamedTuple):
    """Der Vergleich zweier aufeinanderfolgender Fassungen einer Norm."""

    norm: str
    before: str
    after: str
    transitions: tuple[Transition, ...]


FORMAT_VERSION = 1


def analyse_corpus(catalog: Catalog, norm: str | None = None) -> tuple[list[VariantFindings], list[Comparison]]:
    """Erreichbare Ergebnisse je Fassung und der Vergleich aufeinanderfolgender Fassungen (alle Normen oder eine)."""
    findings: list[VariantFindings] = []
    comparisons: list[Comparison] = []
    norms = [catalog.normen[norm]] if norm else list(catalog.normen.values())
    for versioned in norms:
        too_large = False
        for variant in versioned.variants:
            fassung = variant.program.fassung
            name = fassung.name if fassung else None
            try:
                findings.append(VariantFindings(variant.id, name, variant.file, reachability(variant, catalog)))
            except TooLarge as exc:
                too_large = True
                findings.append(VariantFindings(variant.id, name, variant.file, Reachability((), ()), str(exc)))
        if too_large:
            continue
        for first, second in zip(versioned.variants, versioned.variants[1:], strict=False):
            f1, f2 = first.program.fassung, second.program.fassung
            assert f1 is not None and f2 is not None
            comparisons.append(Comparison(versioned.id, f1.name, f2.name,
                                          tuple(transitions(first, second, catalog))))
    return findings, comparisons


def _facts_data(facts: dict[str, FactValue]) -> dict[str, object]:
    return {name: (str(value) if isinstance(value, Fraction) else value) for name, value in facts.items()}


def to_data(findings: list[VariantFindings], comparisons: list[Comparison]) -> dict[str, Any]:
    """Der JSON-Vertrag von ``lexdsl analysieren`` (siehe docs/api.md)."""
    return {
        "format": "lexdsl-analyse",
        "version": FORMAT_VERSION,
        "fassungen": [
            {"norm": f.norm, "fassung": f.fassung, "datei": f.place,
             "erreichbar": [{"ergebnis": w.outcome.value, "zeugenfall": _facts_data(w.facts)}
                            for w in f.reachability.witnesses],
             "nie_erreichbar": [o.value for o in f.reachability.unreachable],
             "nicht_analysiert": f.skipped}
            for f in findings],
        "vergleiche": [
            {"norm": c.norm, "vorher": c.before, "nachher": c.after,
             "gleichwertig": all(t.witness is None for t in c.transitions),
             "uebergaenge": [{"vorher": t.before.value, "nachher": t.after.value,
                              "zeugenfall": _facts_data(t.witness)}
                             for t in c.transitions if t.witness is not None]}
            for c in comparisons],
    }


def _case(facts: dict[str, FactValue], catalog: Catalog) -> str:
    from .runtime.explain import value_text

    if not facts:
        return "jeder Fall (kein Merkmal nötig)"
    return "; ".join(f"{name}: {value_text(catalog.merkmale[name].type, value)}" for name, value in facts.items())


def to_text(findings: list[VariantFindings], comparisons: list[Comparison], catalog: Catalog) -> str:
    """Die Befunde als deutscher Bericht."""
    out: list[str] = []
    for f in findings:
        head = f"{f.norm}" + (f", Fassung „{f.fassung}“" if f.fassung else "") + f" ({f.place})"
        out += [head, "-" * min(len(head), 78)]
        if f.skipped:
            out.append(f"  nicht analysiert: {f.skipped}")
        for w in f.reachability.witnesses:
            out.append(f"  erreichbar: {w.outcome.grade_name} – zum Beispiel bei {_case(w.facts, catalog)}")
        for o in f.reachability.unreachable:
            out.append(f"  nie erreichbar: {o.grade_name} (bewiesen: kein Fall ergibt es)")
        out.append("")
    for c in comparisons:
        head = f"{c.norm}: Fassung „{c.before}“ → „{c.after}“"
        out += [head, "-" * min(len(head), 78)]
        changes = [t for t in c.transitions if t.witness is not None]
        if not changes:
            out.append("  gleichwertig: Kein Fall wird verschieden entschieden (bewiesen).")
        for t in changes:
            assert t.witness is not None
            out.append(f"  {t.before.value} → {t.after.value}: zum Beispiel bei {_case(t.witness, catalog)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
