"""Angenommene Befunde: ein Kommentar ``# gewollt: Begründung`` unmittelbar über der Zeile, an der ein Befund
steht, sagt, dass ein Fachmensch ihn geprüft hat und so will.

    # gewollt: In einer Ermessensnorm ändert § 5 Abs. 1 und 2 die Stufe nicht (§ 5 Abs. 3 S. 2);
    #   die Begründung nennt ihn trotzdem.
    Ein Aufenthaltstitel darf nicht erteilt werden, wenn …

Die Begründung darf auf den folgenden Kommentarzeilen weitergehen. Angenommen ist jeder Befund, dessen
Fundstelle in der Zeile direkt unter dem Kommentarblock liegt. Solche Befunde erscheinen als angenommen,
nicht als Warnung, und ``lexdsl analysieren --streng`` lässt sie gelten.
"""

from __future__ import annotations

import re
from pathlib import Path

from .model import Finding, Report

MARK = re.compile(r"^\s*#\s*gewollt:\s*(?P<reason>.*)$")
_PLACE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+)$")


def reasons(text: str) -> dict[int, str]:
    """Zeilennummer (ab 1) → Begründung für die Zeile unter jedem ``# gewollt:``-Block."""
    lines = text.splitlines()
    found: dict[int, str] = {}
    i = 0
    while i < len(lines):
        match = MARK.match(lines[i])
        if not match:
            i += 1
            continue
        parts = [match.group("reason").strip()]
        i += 1
        while i < len(lines) and lines[i].lstrip().startswith("#"):
            parts.append(lines[i].lstrip()[1:].strip())
            i += 1
        if i < len(lines):
            found[i + 1] = " ".join(p for p in parts if p)
    return found


class Annotations:
    """Die ``# gewollt:``-Kommentare der Normdateien, je Datei einmal gelesen."""

    def __init__(self, base: Path):
        self.base = base
        self._files: dict[str, dict[int, str]] = {}

    def reason(self, place: str) -> str | None:
        match = _PLACE.match(place)
        if not match:
            return None
        name = match.group("file")
        if name not in self._files:
            path = Path(name)
            candidates = [path, self.base / path.name] if not path.is_absolute() else [path]
            text = next((c.read_text(encoding="utf-8") for c in candidates if c.is_file()), "")
            self._files[name] = reasons(text)
        return self._files[name].get(int(match.group("line")))

    def apply(self, finding: Finding) -> Finding:
        reason = self.reason(finding.place)
        return finding._replace(accepted=reason) if reason is not None else finding


def accept(report: Report, base: Path) -> Report:
    """Der Bericht mit den angenommenen Befunden als solchen markiert."""
    notes = Annotations(base)
    variants = tuple(v._replace(findings=tuple(notes.apply(f) for f in v.findings)) for v in report.variants)
    return report._replace(variants=variants, corpus=tuple(notes.apply(f) for f in report.corpus))
