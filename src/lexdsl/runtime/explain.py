"""Die Begründung: aus den Knotenwerten einer Auswertung der Baum der tragenden Gründe, mit Fundstellen.

Gezeigt wird, was das Ergebnis trägt: bei erfüllten „alle folgenden“ jede
Voraussetzung, bei nicht erfüllten nur die fehlenden; bei „mindestens eines“
umgekehrt. Unbekannte Teile werden immer gezeigt. Jeder Knoten nennt seine
Fundstellen. Ein Knoten der Begründung ist ein ``dict`` mit ``text``, ``wert``
(ja/nein/unbekannt), ``fundstellen`` und ``kinder`` – so steht er auch im
JSON-Vertrag von ``lexdsl prüfen``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from ..vocabulary import (
    Geltung,
    MerkmalType,
    NodeKind,
    Outcome,
    duration_text,
    fassung_period,
    german_date,
    german_number,
    truth_word,
)
from .facts import NICHT_AUSGEWERTET, Facts
from .program import FactValue, Fassung, Node, Rule, Vorschrift

if TYPE_CHECKING:
    from .norm import CompiledNorm

# Ein Knoten der Begründung (JSON-Vertrag): text, wert, fundstellen, kinder.
Reason = dict[str, Any]

_GROUP_TEXTS = tuple(k.label for k in (NodeKind.ALLE, NodeKind.MINDESTENS, NodeKind.KEINES))

# Glieder der Aufzählungen als Modulkonstanten: In Python 3.11 kostet ``Aufzählung.GLIED`` in den
# heißen Schleifen der Laufzeit ein Vielfaches eines Namens.
_GELTUNG_ABWEICHEND = Geltung.ABWEICHEND
_GELTUNG_ERMESSEN = Geltung.ERMESSEN
_MERKMALTYPE_BOOL = MerkmalType.BOOL
_MERKMALTYPE_COUNT = MerkmalType.COUNT
_MERKMALTYPE_DATE = MerkmalType.DATE
_MERKMALTYPE_DURATION = MerkmalType.DURATION
_NODEKIND_ALLE = NodeKind.ALLE
_NODEKIND_BEGRIFF = NodeKind.BEGRIFF
_NODEKIND_MERKMAL = NodeKind.MERKMAL
_NODEKIND_MINDESTENS = NodeKind.MINDESTENS
_NODEKIND_NICHT = NodeKind.NICHT
_NODEKIND_VERGLEICH = NodeKind.VERGLEICH
_OUTCOME_ANSPRUCH = Outcome.ANSPRUCH
_OUTCOME_NICHT_ERFUELLT = Outcome.NICHT_ERFUELLT
_OUTCOME_SOLL = Outcome.SOLL
_OUTCOME_VERSAGT = Outcome.VERSAGT


def value_text(merkmal_type: MerkmalType, value: FactValue | None) -> str:
    """Der Wert eines Merkmals im Fall, deutsch geschrieben."""
    if value is None:
        return truth_word(None)
    if merkmal_type is _MERKMALTYPE_DURATION:
        assert not isinstance(value, str)
        return duration_text(value)
    if merkmal_type is _MERKMALTYPE_COUNT:
        assert not isinstance(value, str)
        return german_number(value)
    if merkmal_type is _MERKMALTYPE_DATE:
        assert isinstance(value, str)
        return german_date(value)
    if merkmal_type is _MERKMALTYPE_BOOL:
        return truth_word(bool(value))
    return f"„{value}“"


# Der Wert eines ausgewerteten Knotens in Worten (Wörterbücher: die Begründung braucht sie für jeden Knoten).
_WORDS: dict[object, str] = {True: truth_word(True), False: truth_word(False), None: truth_word(None)}
_BEGRIFF: dict[object, str] = {True: "liegt vor", False: "liegt nicht vor", None: "offen"}
_RULE: dict[object, str] = {True: "greift", False: "greift nicht", None: "offen"}
_TATBESTAND: dict[object, str] = {True: "erfüllt", False: "nicht erfüllt", None: "offen"}


# Zusatz, wenn eine Aufzählung fest ist, obwohl keines ihrer Glieder fest ist (Schlüssel: „alle folgenden“?).
_WITNESS_OPEN = {
    False: " – in jedem möglichen Fall trifft eines davon zu; welches, ist noch offen",
    True: " – in jedem möglichen Fall fehlt eines davon; welches, ist noch offen",
}


def _truth(value: object) -> str:
    return _WORDS.get(value, _WORDS[None])


def fassung_node(fassung: Fassung, grund: str | None) -> Reason:
    period = fassung_period(fassung.ab, fassung.bis, fassung.unmodelled_before, fassung.undated_change)
    text = f"Angewandte Fassung: {fassung.name} ({period})"
    if grund:
        text += f" – {grund}"
    return {"text": text, "wert": "ja", "fundstellen": list(fassung.citations), "kinder": []}


def _negated_text(leaf: Node, types: Mapping[str, MerkmalType], facts: Facts) -> str:
    """„nicht X“ ohne doppelte Verneinung: erst, was der Fall sagt, dann, was die Norm verlangt."""
    merkmal = leaf.merkmal
    assert merkmal is not None
    known = facts.three.get(merkmal)
    if leaf.kind is _NODEKIND_VERGLEICH:
        wanted = leaf.label[len(merkmal) + 2:] if leaf.label.startswith(merkmal + ": ") else leaf.label
        return f"{merkmal}: {value_text(types[merkmal], known)} (verlangt: nicht {wanted})"
    return f"{leaf.label}: {value_text(_MERKMALTYPE_BOOL, known)} (verlangt: nein)"


def explain(compiled: CompiledNorm, V: Sequence[object], facts: Facts, outcome: Outcome) -> list[Reason]:
    """Begründungsbaum aus den Knotenwerten ``V`` einer Auswertung mit ``werte``."""
    program = compiled.program
    nodes = program.nodes
    types = compiled.types

    def leaf_text(node_id: int) -> str:
        node = nodes[node_id]
        merkmal = node.merkmal
        assert merkmal is not None
        if node.kind is _NODEKIND_VERGLEICH:
            known = facts.three.get(merkmal)
            settled = "" if known is not None or V[node_id] not in (True, False) else \
                (" – trifft für jeden möglichen Wert zu" if V[node_id] else " – trifft für keinen möglichen Wert zu")
            return f"{node.label} (laut Fall: {value_text(types[merkmal], known)}{settled})"
        return f"{node.label} (laut Fall: {value_text(_MERKMALTYPE_BOOL, facts.three.get(merkmal))})"

    def negated_text(node_id: int) -> str:
        return _negated_text(nodes[node_id], types, facts)

    def node(node_id: int) -> Reason:
        entry = nodes[node_id]
        kind, children = entry.kind, entry.children
        value = V[node_id]
        if kind is _NODEKIND_MERKMAL:   # der häufigste Fall zuerst
            word = _WORDS[value]
            return {"text": f"{entry.label}: {word}", "wert": word, "fundstellen": list(entry.citations), "kinder": []}
        cites = list(entry.citations)
        kids: list[Reason] = []
        if kind is _NODEKIND_VERGLEICH:
            text = leaf_text(node_id)
        elif kind is _NODEKIND_NICHT:
            inner = children[0]
            assert inner is not None
            if nodes[inner].kind.is_leaf:
                text = negated_text(inner)
                cites = list(dict.fromkeys(cites + list(nodes[inner].citations)))
            else:
                text = entry.label
                kids = [node(inner)]
        elif kind is _NODEKIND_BEGRIFF:
            text = f"{entry.label}: " + _BEGRIFF[value]
            definition, regel, gegen = children
            parts = [c for c in (regel, definition) if c is not None]
            if value is True:
                parts = [c for c in parts if V[c] is True] or [c for c in parts if V[c] is None]
                if parts and V[parts[0]] is None:
                    text += _WITNESS_OPEN[False]
            elif value is None:
                parts = [c for c in parts if V[c] is None]
            for c in parts:
                child = node(c)
                if c == regel:
                    child["text"] = "Regelbeispiele: " + child["text"]
                kids.append(child)
            if gegen is not None and V[gegen] is True and value is not True:
                child = node(gegen)
                child["text"] = "genügt allein regelmäßig nicht: " + child["text"]
                kids.append(child)
            kids = _collapse(kids, cites)
        else:  # Aufzählungen
            text = entry.label
            relevant = _relevant(kind, value, children, V)
            if not relevant and value is not None:
                # Fest, obwohl kein Glied fest ist: in jedem möglichen Fall trägt eines der offenen.
                relevant = [c for c in children if c is not None and V[c] is None]
                if relevant:
                    text += _WITNESS_OPEN[kind is _NODEKIND_ALLE]
            kids = [node(c) for c in relevant]
        return {"text": text, "wert": _WORDS[value], "fundstellen": cites, "kinder": kids}

    def rule_node(rule: Rule, prefix: str) -> Reason:
        value = V[rule.id]
        verdict = _RULE[value]
        kids = []
        if rule.condition is not None:
            kids.append(node(rule.condition))
        for ausnahme in rule.ausnahmen:
            if V[ausnahme.condition] is True or V[ausnahme.condition] is None:
                child = node(ausnahme.condition)
                child["text"] = "es sei denn: " + child["text"]
                child["fundstellen"] = list(dict.fromkeys(list(ausnahme.citations) + child["fundstellen"]))
                kids.append(child)
        if rule.atypisch is not None and V[rule.atypisch] is not NICHT_AUSGEWERTET:
            child = node(rule.atypisch)
            child["text"] = "atypischer Fall: " + child["text"]
            kids.append(child)
        return {"text": f"{prefix}{rule.text} – {verdict}", "wert": _WORDS[value],
                "fundstellen": list(rule.citations), "kinder": _collapse(kids, rule.citations)}

    def tatbestand() -> Reason | None:
        tb = program.tatbestand
        if tb is None:
            return None
        value = V[tb]
        verdict = _TATBESTAND[value]
        return {"text": f"Tatbestand des {program.id} {verdict}", "wert": _WORDS[value],
                "fundstellen": list(program.tatbestand_citations),
                "kinder": _collapse([node(tb)], program.tatbestand_citations)}

    def vorschrift_node(applied: Vorschrift) -> Reason | None:
        """Eine allgemeine Vorschrift: steht sie entgegen, öffnet sie nur das Ermessen, gilt sie nicht?"""
        rules = applied.rules
        fired = _any3(V[r.id] for r in rules)
        name = f"{applied.id} ({applied.title})"
        derogation = applied.condition
        cites = list(applied.citations)
        if applied.mode is _GELTUNG_ABWEICHEND and (derogation is None or V[derogation] is True):
            if fired is False:
                return None
            kids = [rule_node(r, "") for r in rules if V[r.id] is not False]
            if derogation is not None:
                kids.append(node(derogation))
            return {"text": f"abweichend von {name}: steht nicht entgegen", "wert": "nein", "fundstellen": cites,
                    "kinder": kids}
        if applied.mode is _GELTUNG_ERMESSEN and (derogation is None or V[derogation] is not False):
            text = {True: f"{name}: nicht erfüllt – nach Ermessen abweichend, daher nur Ermessen",
                    False: f"{name}: steht nicht entgegen", None: f"{name}: offen"}[fired]
            kids = [rule_node(r, "") for r in rules]
            if derogation is not None and fired is not False:
                kids.append(node(derogation))
            return {"text": text, "wert": truth_word(fired), "fundstellen": cites or list(rules[0].citations),
                    "kinder": kids}
        kids = [rule_node(r, "") for r in rules]
        if derogation is not None and V[derogation] is not True:
            child = node(derogation)
            child["text"] = "Abweichung nur, wenn: " + child["text"]
            kids.append(child)
        text = {True: f"{name}: steht entgegen", False: f"{name}: steht nicht entgegen", None: f"{name}: offen"}[fired]
        return {"text": text, "wert": truth_word(fired), "fundstellen": cites or list(rules[0].citations),
                "kinder": kids}

    refusals, grants = compiled.refusals, compiled.grants
    vorschriften = [v for v in (vorschrift_node(a) for a in program.vorschriften) if v is not None]
    out: list[Reason] = []
    if outcome is _OUTCOME_VERSAGT:
        out.extend(rule_node(r, "Versagung: ") for r in refusals if V[r.id] is True)
        out.extend(v for v in vorschriften if v["wert"] == "ja" and "entgegen" in v["text"])
        if not out:
            # Fest versagt, aber kein einzelner Grund steht fest: Jeder mögliche Fall trifft einen davon.
            candidates = [rule_node(r, "") for r in refusals if V[r.id] is None]
            candidates += [v for v in vorschriften if v["wert"] == truth_word(None)]
            out.append({"text": "Versagung: In jedem möglichen Fall greift einer dieser Gründe – welcher, hängt "
                                "von noch offenen Merkmalen ab", "wert": _WORDS[True],
                        "fundstellen": list(dict.fromkeys(c for r in refusals if V[r.id] is None
                                                          for c in r.citations)),
                        "kinder": candidates})
    elif outcome is _OUTCOME_NICHT_ERFUELLT:
        tb = tatbestand()
        if tb is not None:
            out.append(tb)
        if tb is None or tb["wert"] != "nein":
            out.extend(rule_node(r, "Rechtsfolge: ") for r in grants)
    else:
        tb = tatbestand()
        if tb is not None:
            out.append(tb)
        if outcome in (_OUTCOME_ANSPRUCH, _OUTCOME_SOLL):
            shown = [r for r in grants if r.grade.outcome is outcome and V[r.id] is True]
        else:
            # Bei Ermessen gehört dazu, warum keine stärkere Rechtsfolge greift.
            shown = grants
        out.extend(rule_node(r, "Rechtsfolge: ") for r in shown or grants)
        out.extend(rule_node(r, "Versagungsgrund: ") for r in refusals)
        out.extend(vorschriften)
    return out


def reasons(compiled: CompiledNorm, V: Sequence[object], outcome: Outcome, facts: Facts) -> list[str]:
    """Kurze Gründe für Versagung oder Nichtanwendbarkeit (für die Gesamtprüfung)."""
    program = compiled.program
    nodes = program.nodes

    def negated(node_id: int) -> str | None:
        """Ein verneintes Merkmal in Worten ohne doppelte Verneinung; sonst None."""
        entry = nodes[node_id]
        inner = entry.children[0] if entry.kind is _NODEKIND_NICHT else None
        if inner is not None and nodes[inner].kind.is_leaf:
            return _negated_text(nodes[inner], compiled.types, facts)
        return None

    def label(node_id: int | None) -> str:
        if node_id is None:
            return ""
        return negated(node_id) or nodes[node_id].label

    def cites(items: Sequence[str]) -> str:
        return f" ({'; '.join(items)})" if items else ""

    out: list[str] = []
    if outcome is _OUTCOME_VERSAGT:
        for rule in program.rules:
            if rule.grade.is_refusal and V[rule.id] is True:
                out.append(f"{label(rule.condition)}{cites(rule.citations)}")
        for applied in program.vorschriften:
            derogation = applied.condition
            derogated = derogation is None or V[derogation] is True
            if applied.mode in (_GELTUNG_ERMESSEN, _GELTUNG_ABWEICHEND) and derogated:
                continue
            for rule in applied.rules:
                if V[rule.id] is True:
                    out.append(f"{applied.id}: {label(rule.condition)}{cites(rule.citations)}")
    elif outcome is _OUTCOME_NICHT_ERFUELLT:
        tb = program.tatbestand
        if tb is not None and V[tb] is False:
            entry = nodes[tb]
            failing = [c for c in entry.children if c is not None and V[c] is False] \
                if entry.kind is _NODEKIND_ALLE else [tb]
            out.extend(negated(c) or f"nicht erfüllt: {label(c)}" for c in failing)
        else:
            out.append("keine Rechtsfolge greift")
    return out


def _collapse(kids: list[Reason], parent_cites: Iterable[str] = ()) -> list[Reason]:
    """Eine einzelne Aufzählung unter einem Knoten wird nicht als eigene Zeile gezeigt,
    wenn der Knoten ihre Fundstellen schon nennt."""
    if len(kids) == 1 and kids[0]["text"] in _GROUP_TEXTS and set(kids[0]["fundstellen"]) <= set(parent_cites):
        return list(kids[0]["kinder"])
    return kids


def _any3(values: Iterable[object]) -> bool | None:
    found = list(values)
    if True in found:
        return True
    if None in found:
        return None
    return False


def _relevant(kind: NodeKind, value: object, children: Sequence[int | None], V: Sequence[object]) -> list[int]:
    """Die Kinder einer Aufzählung, die ihren Wert tragen (Aufzählungen haben keine leeren Plätze)."""
    members = cast("Sequence[int]", children)
    if value is None:
        return [c for c in members if V[c] is None]
    if kind is _NODEKIND_ALLE:
        return list(members) if value else [c for c in members if V[c] is False]
    if kind is _NODEKIND_MINDESTENS:
        return [c for c in members if V[c] is True] if value else list(members)
    return list(members) if value else [c for c in members if V[c] is True]
