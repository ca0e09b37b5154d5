"""Ergebnisse als deutscher Text und als JSON (der stabile Vertrag von ``lexdsl prüfen``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .errors import shown_path
from .runtime import Outcome, Result
from .runtime.explain import Reason, value_text
from .runtime.questions import Question, order_key, rank, shown_values
from .vocabulary import SUBJECT, Action, german_list, german_sort_key

if TYPE_CHECKING:
    from .runtime import Catalog
    from .runtime.norm import CompiledNorm

_MARK = {"ja": "[ja]   ", "nein": "[nein] ", "unbekannt": "[offen]"}


def _cites(cites: Iterable[str]) -> str:
    cites = list(cites)
    return f"  ({'; '.join(cites)})" if cites else ""


def _tree(node: Reason, depth: int, out: list[str]) -> None:
    out.append(f"{'  ' * depth}{_MARK[node['wert']]} {node['text']}{_cites(node['fundstellen'])}")
    for child in node["kinder"]:
        _tree(child, depth + 1, out)


def result_text(result: Result, corpus: Catalog | None = None, detailed: bool = True) -> str:
    """Ein Ergebnis so, wie es in einem Vermerk stehen könnte.

    ``detailed``: mit dem ganzen Begründungsbaum; sonst nur seine oberste Ebene (Überblick).
    """
    out = [f"{result.norm} – {result.title}"]
    if result.outcome is Outcome.OFFEN and not result.exact:
        out.append("Ergebnis: möglicherweise offen (die Analyse hat ihre Grenze erreicht).")
    elif result.outcome is Outcome.OFFEN and result.divergent:
        out.append(f"Ergebnis: offen. {result.sentence}")
    elif result.outcome is Outcome.OFFEN:
        out.append(f"Ergebnis: offen. {_possible_sentence(result)}")
    else:
        out.append(f"Ergebnis: {result.sentence} [{result.grade_name}]")
    if result.warnung:
        out.append(f"Achtung: {result.warnung}")
    if result.limit_note:
        out.append(f"Hinweis: {result.limit_note}")
    if result.missing:
        out.append("")
        out.append("Noch festzustellen, das Entscheidende zuerst:")
        out.extend(_question_lines(result, corpus, None, "  "))
    if result.begruendung:
        out.append("")
        # Die Warnung steht schon oben; in der Begründung (und im JSON) bleibt sie für sich lesbar.
        nodes = [n for n in result.begruendung if not (result.warnung and n["text"] == f"Achtung: {result.warnung}")]
        if detailed:
            out.append("Begründung:")
            for node in nodes:
                _tree(node, 1, out)
        else:
            out.append("Begründung im Überblick (vollständig mit --ausfuehrlich):")
            for node in nodes:
                out.append(f"  {_MARK[node['wert']]} {node['text']}{_cites(node['fundstellen'])}")
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


# Reihenfolge, in der mögliche Ergebnisse im Satz stehen: erst die Erteilung, dann die Versagung.
_SENTENCE_ORDER = (Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN, Outcome.VERSAGT, Outcome.NICHT_ERFUELLT)


def _possible_sentence(result: Result) -> str:
    """„Je nach den fehlenden Angaben: Die Aufenthaltserlaubnis ist zu erteilen oder darf nicht erteilt
    werden; oder der Tatbestand ist nicht erfüllt.“"""
    action = Action(result.action)
    possible = [o for o in _SENTENCE_ORDER if o in result.possible]
    phrases = [o.phrase(action) for o in possible if o is not Outcome.NICHT_ERFUELLT]
    parts = [f"{SUBJECT} {german_list(phrases, 'oder')}"] if phrases else []
    if Outcome.NICHT_ERFUELLT in possible:
        parts.append("der Tatbestand ist nicht erfüllt" if parts else "Der Tatbestand ist nicht erfüllt")
    if not parts:
        return "Die noch möglichen Ergebnisse lassen sich nicht genau bestimmen."
    return f"Je nach den fehlenden Angaben: {'; oder '.join(parts)}."


def _quoted(text: str) -> str:
    return text if text.startswith("„") else f"„{text}“"


def _question_lines(result: Result, corpus: Catalog | None, limit: int | None, indent: str,
                    shared: dict[str, list[str]] | None = None) -> list[str]:
    """Die fehlenden Merkmale einer Norm, das Entscheidende zuerst, je eine Zeile."""
    ranked = _ranked(result)
    questions = [q for q, _compiled in ranked]
    lines = []
    for question, compiled in ranked[:limit]:
        cites = corpus.merkmale[question.merkmal].citations \
            if corpus is not None and question.merkmal in corpus.merkmale else ()
        note = ""
        if question.settles:
            values = shown_values(compiled, question)
            kind = compiled.types.get(question.merkmal)
            shown = [_quoted(value_text(kind, v)) if kind is not None else f"„{v}“" for v in values]
            note = f" – entscheidet allein bei {german_list(shown, 'oder')}" if shown else " – kann allein entscheiden"
        others = [n for n in (shared or {}).get(question.merkmal, []) if n != result.norm]
        also = f" (auch für {german_list(others)})" if others else ""
        lines.append(f"{indent}- {question.merkmal}{note}{also}{_cites(cites)}")
    hidden = len(questions) - len(lines)
    if hidden:
        lines.append(f"{indent}… und {hidden} {'weiteres' if hidden == 1 else 'weitere'} "
                     "(alle mit --ausfuehrlich)")
    return lines


def _ranked(result: Result) -> list[tuple[Question, CompiledNorm]]:
    """Die Fragen einer Norm mit der Fassung, nach der sie eingeordnet sind.

    Im unbelegten Zeitraum kennt jede der beiden Fassungen nur ihre eigenen Merkmale: Ein Merkmal wird nach
    der Fassung eingeordnet, in der es fehlt, und zählt als entscheidend, wenn es dort allein entscheidet.
    """
    parts = result.undated or (result,)
    best: dict[str, tuple[Question, CompiledNorm]] = {}
    for part in parts:
        for question in rank(part.compiled, part.facts, part.missing):
            known = best.get(question.merkmal)
            if known is None or order_key(question) < order_key(known[0]):
                best[question.merkmal] = (question, part.compiled)
    return sorted(best.values(), key=lambda item: order_key(item[0]))



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
                "kommt jedenfalls nicht in Betracht: möglich ist nur "
                + german_list([o.grade_name for o in _SENTENCE_ORDER if o in r.possible], "oder")]))
        else:
            groups["offen"].append(dict(entry, moegliche_ergebnisse=[o.value for o in r.possible],
                                        fehlende_merkmale=list(r.missing)))
            if r.divergent:
                groups["offen"][-1]["rechtslage"] = r.sentence
            for name in r.missing:
                missing.setdefault(name, []).append(r.norm)
    order = {o: i for i, o in enumerate((Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN))}
    groups["in_betracht"].sort(key=lambda e: order[Outcome(e["ergebnis"])])
    groups["festzustellen"] = [{"merkmal": name, "normen": missing[name]}
                               for name in sorted(missing, key=german_sort_key)]
    groups["warnungen"] = [{"warnung": text, "normen": norms} for text, norms in _warnings(results).items()]
    return groups


def _warnings(results: Sequence[Result]) -> dict[str, list[str]]:
    """Jede Warnung einmal, mit den Normen, für die sie gilt (in der Reihenfolge der Ergebnisse)."""
    found: dict[str, list[str]] = {}
    for r in results:
        if r.warnung:
            found.setdefault(r.warnung, []).append(r.norm)
    return found


# So viele fehlende Merkmale je Norm zeigt die knappe Gesamtprüfung; die übrigen nennt --ausfuehrlich.
SHOWN_QUESTIONS = 5


def summary_text(results: Sequence[Result], corpus: Catalog | None = None, detailed: bool = True) -> str:
    data = summary(results)
    out = [f"Gesamtprüfung ({len(results)} Normen)"]
    for entry in data["warnungen"]:
        norms = entry["normen"]
        scope = "alle Normen" if len(norms) == len(results) else german_list(norms)
        out.append(f"Achtung ({scope}): {entry['warnung']}")

    def section(title: str, entries: list[dict[str, Any]], line: Callable[[dict[str, Any]], list[str]]) -> None:
        out.append("")
        out.append(f"{title}:")
        if not entries:
            out.append("  –")
        for entry in entries:
            out.extend(line(entry))

    def possible(entry: dict[str, Any]) -> str:
        names = [o.grade_name for o in _SENTENCE_ORDER if o.value in entry["moegliche_ergebnisse"]]
        if not names:
            return f"  {entry['norm']} – möglicherweise offen (die Analyse hat ihre Grenze erreicht)"
        return f"  {entry['norm']} – möglich ist {german_list(names, 'oder')}"

    section("In Betracht kommend", data["in_betracht"],
            lambda e: [f"  {e['norm']} – {e['entscheidung']} [{e['grad']}]"])
    section("Ausgeschlossen", data["ausgeschlossen"],
            lambda e: [f"  {e['norm']} – {e['entscheidung']}"] + [f"      weil: {g}" for g in e["gruende"]])
    section("Nicht anwendbar", data["nicht_anwendbar"],
            lambda e: [f"  {e['norm']} – " + (e["grad"] if e["ergebnis"] == "nicht_erfuellt"
                                             else "offen, aber ohne Erteilung")] + [f"      {g}" for g in e["gruende"]])
    section("Offen", data["offen"], lambda e: [possible(e)] + ([f"      {e['rechtslage']}"] if "rechtslage" in e
                                                              else []))
    open_norms = {e["norm"] for e in data["offen"]}
    shared = {entry["merkmal"]: entry["normen"] for entry in data["festzustellen"]}
    asked = [r for r in results if r.norm in open_norms]
    if asked:
        out.append("")
        out.append("Noch festzustellen, je Norm das Entscheidende zuerst:")
        for result in asked:
            out.append(f"  {result.norm}:")
            out.extend(_question_lines(result, corpus, None if detailed else SHOWN_QUESTIONS, "    ", shared))
    return "\n".join(out)


def report_text(results: Sequence[Result], label: str | None, case_path: str, corpus: Catalog | None = None,
                detailed: bool = False) -> str:
    """Der Bericht von ``lexdsl prüfen``: knapp (Entscheidung je Norm, das Entscheidende, was fehlt) oder
    ``detailed`` mit allen fehlenden Merkmalen und der ganzen Begründung jeder Norm."""
    head = f"Fall: {label} ({shown_path(case_path)})" if label else f"Fall: {shown_path(case_path)}"
    parts = [head, "=" * min(len(head), 78)]
    if len(results) > 1:
        parts += ["", summary_text(results, corpus, detailed)]
        if detailed:
            parts += ["", "Einzelergebnisse", "-" * 16]
            for result in results:
                parts += ["", result_text(result, corpus, detailed=True)]
        else:
            parts += ["", "Die Begründung jeder Norm zeigt »lexdsl prüfen FALL --ausfuehrlich«, "
                          "eine einzelne Norm »--norm ID«."]
    else:
        for result in results:
            parts += ["", result_text(result, corpus, detailed)]
    return "\n".join(parts) + "\n"


def report_json(results: Sequence[Result], label: str | None = None, stichtag: str | None = None) -> str:
    return json.dumps(report_data(results, label, stichtag), ensure_ascii=False, indent=2) + "\n"


def report_data(results: Sequence[Result], label: str | None = None, stichtag: str | None = None) -> dict[str, Any]:
    """Der JSON-Vertrag von ``lexdsl prüfen`` als dict (auch für ``POST /api/pruefen``)."""
    data: dict[str, Any] = {"ergebnisse": [r.to_dict() for r in results]}
    if len(results) > 1:
        data["zusammenfassung"] = summary(results)
    if label is not None:
        data["fall"] = label
    if stichtag is not None:
        data["stichtag"] = stichtag
    return data
