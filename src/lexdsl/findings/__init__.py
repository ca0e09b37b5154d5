"""Befunde über die Normen selbst, für alle Fälle statt für die getesteten: mit dem SMT-Solver z3.

Module, je eine Aufgabe:

``encoding``
    die Übersetzung einer Fassung in Formeln (Merkmale als Variablen, die Entscheidung als Term).
``solving``
    Fragen an den Solver; Fälle auf wenige Merkmale verkleinern und von der übersetzten Norm bestätigen.
``norm``
    je Fassung: erreichbare Ergebnisse mit Zeugenfall, Regeln, die nie greifen, entscheidende und
    verdeckte Bedingungen (Unabhängigkeitspaare), Versagungsgründe gegen den Tatbestand, Begriffe, die
    immer oder nie erfüllt sind.
``corpus``
    Fassungsvergleich, die Lücke der Gesamtprüfung, der ganze Bericht.
``accepted``
    ``# gewollt:``-Kommentare, die einen Befund als geprüft annehmen.
``report``
    der Bericht als Text und als versioniertes JSON.

Jeder Zeugenfall wird von der übersetzten Norm selbst entschieden; weicht sie vom Solver ab, ist das ein
Programmfehler (``FindingError``), nie ein stiller Befund. Welchen von mehreren möglichen Zeugenfällen der
Solver liefert, ist nicht festgelegt; die Befunde selbst (erreichbar oder nicht, Übergang oder
gleichwertig, verdeckt oder entscheidend) hängen davon nicht ab.

z3 wird nur hier importiert (``pip install 'lexdsl[analyse]'``); ``lexdsl prüfen`` lädt es nie.
"""

from __future__ import annotations

from .accepted import accept
from .corpus import analyse_corpus, compare, compare_versions, gaps, transitions
from .encoding import MAX_CHECKPOINTS, FindingError, TooLarge
from .model import Comparison, Finding, FindingKind, Pair, Reachability, Report, Transition, VariantFindings, Witness
from .norm import analyse_variant, reachability
from .report import FORMAT_VERSION, open_findings, to_data, to_text

__all__ = [
                    "FORMAT_VERSION",
                    "MAX_CHECKPOINTS",
                    "Comparison",
                    "Finding",
                    "FindingError",
                    "FindingKind",
                    "Pair",
                    "Reachability",
                    "Report",
                    "TooLarge",
                    "Transition",
                    "VariantFindings",
                    "Witness",
                    "accept",
                    "analyse_corpus",
                    "analyse_variant",
                    "compare",
                    "compare_versions",
                    "gaps",
                    "open_findings",
                    "reachability",
                    "to_data",
                    "to_text",
                    "transitions",
]
