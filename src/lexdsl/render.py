"""Ergebnisse als deutscher Text und als JSON (der stabile Vertrag von ``lexdsl prüfen``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .runtime import Outcome, Result
from .runtime.explain import Reason
from .vocabulary import Action

if TYPE_CHECKING:
    from .runtime import Catalog

_MARK = {"ja": "[ja]   ", "nein": "[nein] ", "unbekannt": "[offen]"}


def _cites(cites: Iterable[str]) -> str:
    cites = list(cites)
    return f"  ({'; '.join(cites)})" if cites else ""


def _tree(node: Reason, depth: int, out: list[str]) -> None:
    out.append(f"{'  ' * depth}{_MARK[node['wert']]} {node['text']}{_cites(node['fundstellen'])}")
    for child in node["kinder"]:
        _tree(child, depth + 1, out)


def result_text(result: Result, corpus: Catalog | None = None) -> str:
    """Ein Ergebnis so, wie es in einem Vermerk stehen könnte."""
    out = [f"{result.norm} – {result.title}"]
    if result.outcome is Outcome.OFFEN:
        possible = ", ".join(o.phrase(Action(result.action)) if o.is_grant or o is Outcome.VERSAGT
                             else o.sentence().rstrip(".") for o in result.possible)
        out.append(f"Ergebnis: offen{' – möglich ist: ' + possible if possible else ''}.")
    else:
        out.append(f"Ergebnis: {result.sentence} [{result.grade_name}]")
    if result.missing:
        out.append("")
        out.append("Noch festzustellen (diese Merkmale können das Ergebnis ändern):")
        for name in result.missing:
            cites = corpus.merkmale[name].citations if corpus is not None and name in corpus.merkmale else ()
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


_GRANTED = (Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN)


def summary(results: Sequence[Result]) -> dict[str, list[dict[str, Any]]]:
    """Die Gesamtprüfung: welche Titel in Betracht kommen, welche verschlossen sind, und warum."""
    groups: dict[str, list[dict[str, Any]]] = {"in_betracht": [], "ausgeschlossen": [], "nicht_anwendbar": [],
                                               "offen": []}
    missing: dict[str, list[str]] = {}
    for r in results:
        entry = {"norm": r.norm, "titel": r.title, "ergebnis": r.outcome.value, "entscheidung": r.sentence,
                 "grad": r.grade_name}
        if r.outcome in _GRANTED:
            groups["in_betracht"].append(entry)
        elif r.outcome is Outcome.VERSAGT:
            groups["ausgeschlossen"].append(dict(entry, gruende=r.reasons()))
        elif r.outcome is Outcome.NICHT_ERFUELLT:
            groups["nicht_anwendbar"].append(dict(entry, gruende=r.reasons()))
        elif not any(o in _GRANTED for o in r.possible) and r.exact:
            # Offen nur zwischen Versagung und Nichtanwendbarkeit: Der Titel kommt so oder so nicht in
            # Betracht; die offenen Merkmale ändern daran nichts und werden nicht abgefragt.
            groups["nicht_anwendbar"].append(dict(entry, gruende=[
                "kommt jedenfalls nicht in Betracht: möglich sind nur "
                + " oder ".join(o.grade_name for o in r.possible)]))
        else:
            groups["offen"].append(dict(entry, moegliche_ergebnisse=[o.value for o in r.possible],
                                        fehlende_merkmale=list(r.missing)))
            for name in r.missing:
                missing.setdefault(name, []).append(r.norm)
    order = {o: i for i, o in enumerate((Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN))}
    groups["in_betracht"].sort(key=lambda e: order[Outcome(e["ergebnis"])])
    groups["festzustellen"] = [{"merkmal": name, "normen": norms} for name, norms in sorted(missing.items())]
    return groups


def summary_text(results: Sequence[Result], corpus: Catalog | None = None) -> str:
    data = summary(results)
    out = [f"Gesamtprüfung ({len(results)} Normen)"]

    def section(title: str, entries: list[dict[str, Any]], line: Callable[[dict[str, Any]], list[str]]) -> None:
        out.append("")
        out.append(f"{title}:")
        if not entries:
            out.append("  –")
        for entry in entries:
            out.extend(line(entry))

    section("In Betracht kommend", data["in_betracht"],
            lambda e: [f"  {e['norm']} – {e['entscheidung']} [{e['grad']}]"])
    section("Ausgeschlossen", data["ausgeschlossen"],
            lambda e: [f"  {e['norm']} – {e['entscheidung']}"] + [f"      weil: {g}" for g in e["gruende"]])
    section("Nicht anwendbar", data["nicht_anwendbar"],
            lambda e: [f"  {e['norm']} – " + (e["grad"] if e["ergebnis"] == "nicht_erfuellt"
                                             else "offen, aber ohne Erteilung")] + [f"      {g}" for g in e["gruende"]])
    section("Offen", data["offen"], lambda e: [
        f"  {e['norm']} – möglich: " + ", ".join(Outcome(o).grade_name for o in e["moegliche_ergebnisse"])])
    if data["festzustellen"]:
        out.append("")
        out.append("Noch festzustellen (für alle offenen Normen, ohne Wiederholung):")
        for entry in data["festzustellen"]:
            cites = corpus.merkmale[entry["merkmal"]].citations if corpus is not None else ()
            out.append(f"  - {entry['merkmal']}{_cites(cites)} – für {', '.join(entry['normen'])}")
    return "\n".join(out)


def report_text(results: Sequence[Result], label: str | None, case_path: str, corpus: Catalog | None = None) -> str:
    head = f"Fall: {label} ({case_path})" if label else f"Fall: {case_path}"
    parts = [head, "=" * min(len(head), 78)]
    if len(results) > 1:
        parts += ["", summary_text(results, corpus), "", "Einzelergebnisse", "-" * 16]
    for result in results:
        parts.append("")
        parts.append(result_text(result, corpus))
    return "\n".join(parts) + "\n"


def report_json(results: Sequence[Result], label: str | None = None, stichtag: str | None = None) -> str:
    data: dict[str, Any] = {"ergebnisse": [r.to_dict() for r in results]}
    if len(results) > 1:
        data["zusammenfassung"] = summary(results)
    if label is not None:
        data["fall"] = label
    if stichtag is not None:
        data["stichtag"] = stichtag
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
