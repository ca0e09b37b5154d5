"""Bedingungsabdeckung der Szenarien.

Für jede Norm (und jede ihrer Fassungen) zeigt der Bericht, welche Bedingungen
– jedes Tatbestandsmerkmal, jede Verknüpfung, jeder Begriff, jede Ausnahme,
jeder atypische Fall und jede Regelversagung – die Szenarien auf „ja“ und auf
„nein“ gebracht haben, und durch welche Szenarien. Eine Bedingung ist in einem
Szenario *entscheidend*, wenn das Umkippen nur dieser Bedingung das Ergebnis
ändert (im Sinne von MC/DC).

Grundlage sind die Fälle, die die Szenarien geprüft haben; jede Bedingung wird
für den ganzen Fall ausgewertet (ohne Kurzschluss). Gegenbeispiele eines
Begriffs zählen nicht: Sie bestimmen keinen Wert.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .runtime import CompiledNorm, Evaluator, Facts, can_flip
from .runtime.norm import Catalog
from .runtime.program import Rule
from .vocabulary import NodeKind


class Record:
    """Ein geprüfter Fall: Normvariante, Fakten, Szenario."""

    __slots__ = ("facts", "scenario", "variant")

    def __init__(self, variant: CompiledNorm, facts: Facts, scenario: str):
        self.variant = variant
        self.facts = facts
        self.scenario = scenario


def conditions(variant: CompiledNorm) -> list[int]:
    """Die Bedingungsknoten einer Normvariante: alles unter den Prüfpunkten außer Gegenbeispielen."""
    structure = variant.structure
    points = set(variant.program.checkpoints)
    return [i for i, node in enumerate(variant.program.nodes)
            if node.kind is not NodeKind.REGEL and structure.root(i) in points and not structure.in_gegenbeispiel(i)]


def _path(variant: CompiledNorm, node: int, owner: dict[int, str]) -> str:
    nodes = variant.program.nodes
    labels = [nodes[a].label for a in variant.structure.ancestors(node) if nodes[a].kind is NodeKind.BEGRIFF]
    rule = owner.get(variant.structure.root(node))
    if rule:
        labels.append(rule)
    return " › ".join(reversed(labels))


def _checkpoint_owner(variant: CompiledNorm) -> dict[int, str]:
    """Prüfpunkt → woher er stammt (Tatbestand, Regel, Ausnahme, …), als lesbarer Text."""
    program = variant.program
    owner: dict[int, str] = {}
    if program.tatbestand is not None:
        owner[program.tatbestand] = "Tatbestand"

    def rule(r: Rule, prefix: str = "") -> None:
        if r.condition is not None:
            owner[r.condition] = f"{prefix}{r.text}"
        for a in r.ausnahmen:
            owner[a.condition] = f"{prefix}{r.text} – es sei denn"
        if r.atypisch is not None:
            owner[r.atypisch] = f"{prefix}{r.text} – atypischer Fall"

    for r in program.rules:
        rule(r)
    for applied in program.vorschriften:
        if applied.condition is not None:
            owner[applied.condition] = f"Abweichung von {applied.id}"
        for r in applied.rules:
            rule(r, f"{applied.id}: ")
    return owner


def _decisive(variant: CompiledNorm, ev: Evaluator, node: int, values: dict[int, bool]) -> bool:
    """Ändert das Umkippen nur dieses Knotens das Ergebnis? (alle Werte des Falls stehen fest)

    Bei feststehenden Werten lässt ein Geschwister den Knoten genau dann durch,
    wenn es den nicht entscheidenden Wert hat; das prüft ``can_flip`` der Laufzeit.
    """
    if not can_flip(variant.structure, ev, node):
        return False
    root = variant.structure.root(node)
    flipped = dict(values)
    flipped[root] = not values[root]
    return variant.combine(values) != variant.combine(flipped)


def report(records: Iterable[Record], corpus: Catalog) -> dict[str, Any]:
    """Der Abdeckungsbericht als JSON-fähiges dict, je Norm.

    Eine Bedingung ist eine Stelle im Quelltext (mit ihrer Art): Gemeinsame
    Teile aller Fassungen einer Norm zählen so einmal, und ein Szenario mit
    beliebigem Stichtag deckt sie ab.
    """
    norms: dict[str, dict[str, Any]] = {}
    slot_of: dict[int, dict[str, Any]] = {}            # id(Variante) → Eintrag ihrer Norm
    rows_of: dict[int, list[tuple[dict[str, Any], int]]] = {}   # id(Variante) → [(Zeile, Knoten)]
    for norm_id, versioned in corpus.normen.items():
        slot: dict[str, Any] = {"rows": {}, "szenarien": set(), "ergebnisse": {}}
        norms[norm_id] = slot
        for variant in versioned.variants:
            slot_of[id(variant)] = slot
            rows_of[id(variant)] = pairs = []
            owner = _checkpoint_owner(variant)
            for node in conditions(variant):
                entry = variant.program.nodes[node]
                key = f"{entry.kind.value}@{entry.place}"
                row = slot["rows"].setdefault(key, {
                    "stelle": entry.place, "text": entry.label, "art": entry.kind.value,
                    "pfad": _path(variant, node, owner), "fundstellen": list(entry.citations),
                    "wahr": set(), "falsch": set(), "entscheidend": set(),
                })
                pairs.append((row, node))
    for record in records:
        variant = record.variant
        found = slot_of.get(id(variant))
        if found is None:
            continue
        found["szenarien"].add(record.scenario)
        fassung = variant.program.fassung
        found["ergebnisse"].setdefault(fassung.name if fassung else "", set()).add(
            variant.entscheiden(record.facts).value)
        ev = Evaluator(variant, dict(record.facts.three))
        points = variant.program.checkpoints
        values = {p: next(iter(ev.node(p)))[0] for p in points if len(ev.node(p)) == 1}
        complete = len(values) == len(points)
        for row, node in rows_of[id(variant)]:
            result = ev.node(node)
            if len(result) != 1:
                continue
            row["wahr" if next(iter(result))[0] else "falsch"].add(record.scenario)
            if complete and _decisive(variant, ev, node, values):
                row["entscheidend"].add(record.scenario)

    normen = []
    for norm_id, slot in norms.items():
        rows = [{k: (sorted(v) if isinstance(v, set) else v) for k, v in row.items()}
                for row in slot["rows"].values()]
        both = sum(1 for r in rows if r["wahr"] and r["falsch"])
        normen.append({
            "norm": norm_id,
            "szenarien": len(slot["szenarien"]),
            "bedingungen": len(rows),
            "beide_richtungen": both,
            "anteil": round(both / len(rows), 4) if rows else 1.0,
            "entscheidend": sum(1 for r in rows if r["entscheidend"]),
            "ergebnisse": {name: sorted(found) for name, found in sorted(slot["ergebnisse"].items())},
            "luecken": [{"stelle": r["stelle"], "text": r["text"], "pfad": r["pfad"], "fundstellen": r["fundstellen"],
                         "fehlt": ("ja und nein" if not r["wahr"] and not r["falsch"]
                                   else "ja" if not r["wahr"] else "nein")}
                        for r in rows if not (r["wahr"] and r["falsch"])],
            "liste": rows,
        })
    return _with_total(normen)


def merge(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Berichte mehrerer Normverzeichnisse eines Laufs zu einem zusammenführen."""
    return _with_total([n for data in reports for n in data["normen"]])


def _with_total(normen: list[dict[str, Any]]) -> dict[str, Any]:
    total = sum(n["bedingungen"] for n in normen)
    both = sum(n["beide_richtungen"] for n in normen)
    return {"normen": normen,
            "gesamt": {"bedingungen": total, "beide_richtungen": both,
                       "anteil": round(both / total, 4) if total else 1.0}}


def summary_text(data: dict[str, Any], gaps: int = 0) -> str:
    """Kurzfassung für das Terminal; mit ``gaps`` > 0 auch die ersten Lücken je Norm."""
    out = ["Bedingungsabdeckung der Szenarien (beide Richtungen: je einmal ja und einmal nein):"]
    for n in data["normen"]:
        name = n["norm"]
        out.append(f"  {name:<62} {n['beide_richtungen']:>4}/{n['bedingungen']:<4} {n['anteil'] * 100:6.1f} %"
                   f"  entscheidend {n['entscheidend']:>4}  Szenarien {n['szenarien']:>3}")
        for gap in n["luecken"][:gaps]:
            where = f" ({gap['pfad']})" if gap["pfad"] else ""
            out.append(f"      fehlt {gap['fehlt']}: {gap['text']}{where}")
    g = data["gesamt"]
    out.append(f"  {'Gesamt':<62} {g['beide_richtungen']:>4}/{g['bedingungen']:<4} {g['anteil'] * 100:6.1f} %")
    return "\n".join(out)


def write(data: dict[str, Any], path: str | Path) -> None:
    from .workspace.atomic import write_atomic

    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    write_atomic(Path(path), text.encode("utf-8"))
