"""Was die Engine zu einem Szenario sagt: seine Angenommen- und Wenn-Schritte noch einmal ausgeführt.

Beim Bau der Website führt ``replay`` die Schritte der Grundlage und des Szenarios bis zur Prüfung aus –
mit denselben Schrittfunktionen wie pytest (``lexdsl.steps``), aber ohne die Dann-Schritte – und gibt den
Fall (die Merkmale der Grundlage und was das Szenario ändert) und das Ergebnis mit Begründung zurück. So
zeigt die Seite einer Norm zu jedem Szenario, wie die Engine entschieden hat, nicht nur ob der Test
bestanden ist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ..runtime.result import Result
    from ..workspace.corpus import Corpus
    from .project import Project
    from .scenarios import ScenarioDoc, Step


class Replay(NamedTuple):
    """Der Fall nach der Grundlage (``grundlage``), die Merkmale, die das Szenario setzt (``geaendert``),
    und das Ergebnis der Prüfung (oder ``fehler``)."""

    grundlage: dict[str, Any]
    geaendert: dict[str, Any]
    ergebnis: Result | None
    ergebnisse: dict[str, Result]
    fehler: str | None


def _matchers() -> list[tuple[re.Pattern[str], Any, bool]]:
    from ..steps import STEPS

    return [(re.compile(step.pattern), step.function, step.kind == "then") for step in STEPS]


def replay(project: Project, scenario: ScenarioDoc, rendered: Sequence[str] | None = None,
           background_only: bool = False) -> Replay:
    """Die Schritte bis zur Prüfung ausführen; ``rendered``: die Texte der Schritte einer Beispielzeile;
    ``background_only``: nur die Grundlage."""
    from ..steps import ScenarioFailure, Szenario

    class _OnSite(Szenario):
        def korpus(self) -> Corpus:
            return project.runtime

    szenario = _OnSite(project.root)
    matchers = _matchers()
    texts = list(rendered) if rendered is not None else [s.text for s in scenario.steps]

    def run(steps: Sequence[Step], names: Sequence[str]) -> None:
        for step, text in zip(steps, names, strict=True):
            for pattern, function, then in matchers:
                match = pattern.fullmatch(text)
                if match is None:
                    continue
                if not then:
                    arguments: dict[str, Any] = dict(match.groupdict())
                    if "datatable" in function.__code__.co_varnames[:function.__code__.co_argcount]:
                        arguments["datatable"] = step.table or []
                    function(lexdsl_szenario=szenario, **arguments)
                break

    try:
        background = scenario.feature.background
        run(background, [s.text for s in background])
        grundlage = dict(szenario.werte)
        if not background_only:
            run(scenario.steps, texts)
    except ScenarioFailure as exc:
        return Replay({}, {}, None, {}, str(exc))
    changed = {k: v for k, v in szenario.werte.items() if k not in grundlage or grundlage[k] != v}
    return Replay(grundlage, changed, szenario.ergebnis, szenario.ergebnisse, None)
