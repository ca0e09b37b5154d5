"""Was der Sprachserver über die Normen weiß, ohne pygls: die Befunde von ``lexdsl analysieren`` und die
Ergebnisse des letzten Testlaufs (``make test``) je Norm.

* ``analyse`` rechnet die Befunde wie ``lexdsl analysieren`` (alle Normen gemeinsam, in einem Prozess) und
  gibt die offenen zurück, also ohne die mit ``# gewollt: …`` angenommenen. Den Solver z3 lädt erst sie; fehlt
  er, gibt sie ``None``.
* ``Testlauf`` liest ``ergebnisse/cucumber.json`` (Szenarien je Norm: bestanden, fehlgeschlagen) und
  ``ergebnisse/abdeckung.json`` (Anteil der Bedingungen, die in beide Richtungen abgedeckt sind).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import LexdslError

if TYPE_CHECKING:
    from ..findings import Finding

# Der Schritt, mit dem ein Szenario eine Norm prüft (wie in features/ und der Website).
_NORM_STEP = re.compile(r'^(?:die Norm )?"(?P<norm>[^"]+)" geprüft wird$')
_PLACE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+)$")

CUCUMBER = Path("ergebnisse") / "cucumber.json"
ABDECKUNG = Path("ergebnisse") / "abdeckung.json"


class Befund(NamedTuple):
    """Ein offener Befund: Norm (oder None), Datei, Zeile und Spalte (ab 1), Art, Text und Fundstellen."""

    norm: str | None
    file: str
    line: int
    column: int
    kind: str
    title: str
    message: str
    citations: tuple[str, ...]


def _befund(finding: Finding) -> Befund | None:
    match = _PLACE.match(finding.place)
    if match is None:
        return None
    return Befund(finding.norm, match.group("file"), int(match.group("line")), int(match.group("col")),
                  finding.kind.value, finding.kind.title, finding.message, finding.citations)


def analyse(norms: Path) -> list[Befund] | None:
    """Die offenen Befunde über die Normdateien unter ``norms`` (wie auf der Platte); ``None`` ohne z3 oder
    wenn sich die Normen nicht übersetzen lassen (das melden schon die Prüfungen beim Tippen)."""
    try:
        import z3  # noqa: F401 – nur prüfen, ob der Solver installiert ist
    except ImportError:
        return None
    from ..findings import accept, analyse_corpus, open_findings
    from ..workspace.corpus import load

    try:
        corpus = load(norms)
    except LexdslError:
        return None
    report = accept(analyse_corpus(corpus, None, 1), norms)
    return [b for b in map(_befund, open_findings(report)) if b is not None]


def befund_text(befund: Befund) -> str:
    """Der Text einer Meldung für einen Befund."""
    text = f"Befund ({befund.title}): {befund.message}"
    if befund.citations:
        text += f"\nFundstelle: {'; '.join(befund.citations)}"
    return text + "\nHinweis: Gewollt? Dann „# gewollt: Begründung“ über die Zeile schreiben."


# ------------------------------------------------------------------ der letzte Testlauf


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class Testlauf(NamedTuple):
    """Szenarien (bestanden, fehlgeschlagen) und Anteil abgedeckter Bedingungen je Norm; None: kein Bericht."""

    szenarien: dict[str, tuple[int, int]] | None
    abdeckung: dict[str, float] | None

    @classmethod
    def read(cls, root: Path) -> Testlauf:
        return cls(_scenarios(_read(root / CUCUMBER)), _coverage(_read(root / ABDECKUNG)))

    def title(self, norm: str, befunde: int | None) -> str:
        """Der Titel der Code-Lens über einer Norm."""
        parts = []
        if self.szenarien is None:
            parts.append("Szenarien: noch kein Testlauf (make test)")
        else:
            passed, failed = self.szenarien.get(norm, (0, 0))
            parts.append(f"Szenarien: {passed} bestanden, {failed} fehlgeschlagen")
        if self.abdeckung is not None and norm in self.abdeckung:
            parts.append(f"Bedingungen abgedeckt: {int(self.abdeckung[norm] * 100 + 1e-9)} %")
        parts.append("Befunde: nicht geprüft" if befunde is None else f"Befunde: {befunde}")
        return " · ".join(parts)


def _scenarios(data: Any) -> dict[str, tuple[int, int]] | None:
    if not isinstance(data, list):
        return None
    found: dict[str, tuple[int, int]] = {}
    for feature in data:
        for element in feature.get("elements", []) if isinstance(feature, dict) else []:
            steps = element.get("steps", []) if isinstance(element, dict) else []
            statuses = {s.get("result", {}).get("status") for s in steps}
            failed = bool(statuses - {"passed"}) or not steps
            norms = {m.group("norm") for s in steps if (m := _NORM_STEP.match(str(s.get("name", ""))))}
            for norm in norms:
                passed_before, failed_before = found.get(norm, (0, 0))
                found[norm] = (passed_before + (not failed), failed_before + failed)
    return found


def _coverage(data: Any) -> dict[str, float] | None:
    if not isinstance(data, dict) or not isinstance(data.get("normen"), list):
        return None
    return {str(n["norm"]): float(n["anteil"]) for n in data["normen"]
            if isinstance(n, dict) and "norm" in n and isinstance(n.get("anteil"), (int, float))}
