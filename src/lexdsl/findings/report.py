"""Der Bericht von ``lexdsl analysieren``: als deutscher Text und als versioniertes JSON (docs/api.md)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from ..runtime import Catalog
from ..runtime.program import FactValue
from .model import Case, Comparison, Finding, Pair, Report, VariantFindings

FORMAT_VERSION = 2


def _value(value: FactValue) -> object:
    return str(value) if isinstance(value, Fraction) else value


def _facts(facts: Case | None) -> dict[str, object] | None:
    return None if facts is None else {name: _value(value) for name, value in facts.items()}


def _finding(f: Finding) -> dict[str, Any]:
    return {"art": f.kind.value, "norm": f.norm, "fassung": f.fassung, "stelle": f.place,
            "fundstellen": list(f.citations), "text": f.message, "fall": _facts(f.case),
            "angenommen": f.accepted}


def _pair(p: Pair) -> dict[str, Any]:
    return {"bedingung": p.label, "stelle": p.place, "merkmal": p.merkmal, "gemeinsam": _facts(p.shared),
            "fall_a": {"wert": _value(p.first), "ergebnis": p.first_outcome.value},
            "fall_b": {"wert": _value(p.second), "ergebnis": p.second_outcome.value},
            "wechseln_mit": list(p.together)}


def _variant(f: VariantFindings) -> dict[str, Any]:
    return {"norm": f.norm, "fassung": f.fassung, "datei": f.place,
            "erreichbar": [{"ergebnis": w.outcome.value, "zeugenfall": _facts(w.facts)}
                           for w in f.reachability.witnesses],
            "nie_erreichbar": [o.value for o in f.reachability.unreachable],
            "bedingungen": [_pair(p) for p in f.pairs],
            "befunde": [_finding(x) for x in f.findings],
            "nicht_analysiert": f.skipped}


def _comparison(c: Comparison) -> dict[str, Any]:
    return {"norm": c.norm, "vorher": c.before, "nachher": c.after, "gleichwertig": c.equivalent,
            "uebergaenge": [{"vorher": t.before.value, "nachher": t.after.value, "zeugenfall": _facts(t.witness),
                             "bedingungen": [{"bedingung": label, "erfuellt": held} for label, held in t.conditions]}
                            for t in c.transitions if t.witness is not None]}


def open_findings(report: Report) -> list[Finding]:
    """Die Befunde, die niemand als gewollt angenommen hat."""
    return [f for f in report.all_findings() if f.accepted is None]


def to_data(report: Report) -> dict[str, Any]:
    """Der JSON-Vertrag von ``lexdsl analysieren`` (siehe docs/api.md)."""
    data: dict[str, Any] = {
        "format": "lexdsl-analyse",
        "version": FORMAT_VERSION,
        "fassungen": [_variant(f) for f in report.variants],
        "vergleiche": [_comparison(c) for c in report.comparisons],
        "befunde": [_finding(f) for f in report.corpus],
        "offen": len(open_findings(report)),
    }
    if report.revision is not None:
        data["revision"] = report.revision
        data["hinweise"] = list(report.notes)
    return data


def _case(facts: Case, catalog: Catalog) -> str:
    from ..runtime.explain import value_text

    if not facts:
        return "jeder Fall (kein Merkmal nötig)"
    return "; ".join(f"{name}: {value_text(catalog.merkmale[name].type, value)}" for name, value in facts.items())


def _finding_lines(f: Finding) -> list[str]:
    cite = f" [{'; '.join(f.citations)}]" if f.citations else ""
    head = "angenommen" if f.accepted is not None else "Befund"
    lines = [f"  {head} ({f.kind.title}): {f.place}{cite}", f"    {f.message}"]
    if f.accepted is not None:
        lines.append(f"    gewollt: {f.accepted}")
    return lines


def to_text(report: Report, catalog: Catalog) -> str:
    """Die Befunde als deutscher Bericht."""
    out: list[str] = []
    if report.revision is not None:
        out += [f"Vergleich der Normen mit der Version {report.revision}", ""]
        out += [f"  Hinweis: {note}" for note in report.notes]
        out += [""] if report.notes else []
    for f in report.variants:
        head = f"{f.norm}" + (f", Fassung „{f.fassung}“" if f.fassung else "") + f" ({f.place})"
        out += [head, "-" * min(len(head), 78)]
        if f.skipped:
            out.append(f"  nicht analysiert: {f.skipped}")
        for w in f.reachability.witnesses:
            out.append(f"  erreichbar: {w.outcome.grade_name} – zum Beispiel bei {_case(w.facts, catalog)}")
        for o in f.reachability.unreachable:
            out.append(f"  nie erreichbar: {o.grade_name} (bewiesen: kein Fall ergibt es)")
        if not f.skipped:
            out.append(f"  entscheidende Bedingungen: {len(f.pairs)} mit Unabhängigkeitspaar")
        for finding in f.findings:
            out += _finding_lines(finding)
        out.append("")
    for c in report.comparisons:
        head = (f"{c.norm}: {c.before} → {c.after}" if report.revision is not None
                else f"{c.norm}: Fassung „{c.before}“ → „{c.after}“")
        out += [head, "-" * min(len(head), 78)]
        if c.equivalent:
            out.append("  gleichwertig: Kein Fall wird verschieden entschieden (bewiesen).")
        for t in c.transitions:
            if t.witness is None:
                continue
            out.append(f"  {t.before.value} → {t.after.value}: zum Beispiel bei {_case(t.witness, catalog)}")
            if t.conditions:
                out.append("    wenn " + "; ".join(f"{label}: {'ja' if held else 'nein'}"
                                               for label, held in t.conditions))
        out.append("")
    if report.corpus:
        out += ["Über mehrere Normen", "-------------------"]
        for finding in report.corpus:
            out += _finding_lines(finding)
            if finding.case:
                out.append(f"    zum Beispiel bei {_case(finding.case, catalog)}")
        out.append("")
    if report.revision is not None:
        changed = [c for c in report.comparisons if not c.equivalent]
        count = len(report.comparisons)
        out.append(f"Verglichen: {count} {'Fassung' if count == 1 else 'Fassungen'}; "
                   f"{len(changed)} davon {'entscheidet' if len(changed) == 1 else 'entscheiden'} Fälle anders.")
        return "\n".join(out).rstrip() + "\n"
    pending = open_findings(report)
    total = len(report.all_findings())
    out.append(f"{total} Befunde, davon {total - len(pending)} angenommen, {len(pending)} offen.")
    return "\n".join(out).rstrip() + "\n"
