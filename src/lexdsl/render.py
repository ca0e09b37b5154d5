"""Ergebnisse als deutscher Text und als JSON (der stabile Vertrag von ``lexdsl prüfen``)."""

from __future__ import annotations

import json

from .runtime import Outcome, Result, grade_name, outcome_sentence

_MARK = {"ja": "[ja]   ", "nein": "[nein] ", "unbekannt": "[offen]"}


def _cites(cites) -> str:
    return f"  ({'; '.join(cites)})" if cites else ""


def _tree(node: dict, depth: int, out: list[str]) -> None:
    out.append(f"{'  ' * depth}{_MARK[node['wert']]} {node['text']}{_cites(node['fundstellen'])}")
    for child in node["kinder"]:
        _tree(child, depth + 1, out)


def result_text(result: Result, corpus=None) -> str:
    """Ein Ergebnis so, wie es in einem Vermerk stehen könnte."""
    out = [f"{result.norm} – {result.title}"]
    if result.outcome is Outcome.OFFEN:
        possible = ", ".join(outcome_sentence(o, result.action).rstrip(".").replace("Die Aufenthaltserlaubnis ", "")
                             for o in result.possible)
        out.append(f"Ergebnis: offen{' – möglich ist: ' + possible if possible else ''}.")
    else:
        out.append(f"Ergebnis: {result.sentence} [{grade_name(result.outcome)}]")
    if result.missing:
        out.append("")
        out.append("Noch festzustellen (diese Merkmale können das Ergebnis ändern):")
        for name in result.missing:
            cites = corpus.merkmale[name]["fundstellen"] if corpus is not None and name in corpus.merkmale else ()
            out.append(f"  - {name}{_cites(cites)}")
    if result.begruendung:
        out.append("")
        out.append("Begründung:")
        for node in result.begruendung:
            _tree(node, 1, out)
    if result.nebenfolgen:
        out.append("")
        out.append("Nebenfolgen:")
        for key, entry in result.nebenfolgen.items():
            extra = f" ({entry['vorbehalt']})" if "vorbehalt" in entry else ""
            out.append(f"  {key}: {entry['text']}{extra}{_cites(entry['fundstellen'])}")
    if result.ermessenskriterien:
        out.append("")
        heading = "Ermessenskriterien (nur im atypischen Fall)" if result.outcome is Outcome.SOLL else \
            "Ermessenskriterien"
        out.append(f"{heading}:")
        for entry in result.ermessenskriterien:
            extra = f" ({entry['vorbehalt']})" if "vorbehalt" in entry else ""
            out.append(f"  - {entry['text']}{extra}{_cites(entry['fundstellen'])}")
    return "\n".join(out)


def report_text(results: list[Result], label: str | None, case_path: str, corpus=None) -> str:
    head = f"Fall: {label} ({case_path})" if label else f"Fall: {case_path}"
    parts = [head, "=" * min(len(head), 78)]
    for result in results:
        parts.append("")
        parts.append(result_text(result, corpus))
    return "\n".join(parts) + "\n"


def report_json(results: list[Result], label: str | None = None, stichtag: str | None = None) -> str:
    data = {"ergebnisse": [r.to_dict() for r in results]}
    if label is not None:
        data["fall"] = label
    if stichtag is not None:
        data["stichtag"] = stichtag
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
