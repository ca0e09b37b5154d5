"""Was die Website zeigt, einmal geladen: Normen (Quelltext, AST, IR, übersetzt), Szenarien und Testberichte.

Ein ``Project`` entsteht aus drei Verzeichnissen (Normen, Feature-Dateien,
Ergebnisse des letzten Testlaufs). Fehlt ein Bericht, zeigt die Website das
an, statt ein Ergebnis zu erfinden.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from ..compiler import ir
from ..errors import LexdslError
from ..language import nodes
from ..vocabulary import NormKind
from ..workspace.compile import Frontend
from ..workspace.corpus import load
from ..workspace.sources import find_sources
from .anchors import Anchors, unique_ids
from .scenarios import FeatureDoc, Results, ScenarioDoc, read_features


class SiteError(Exception):
    """Die Website kann nicht gebaut werden; die Meldung ist deutsch und nennt die Ursache."""


class NormDoc:
    """Eine Norm oder allgemeine Vorschrift, wie die Website sie braucht."""

    def __init__(self, ast: nodes.Norm, source: str, variants: list[ir.Norm], page: str):
        self.ast = ast
        self.id = ast.id
        self.title = ast.title
        self.kind = ast.kind
        self.source = source            # Text der ganzen Normdatei
        self.variants = variants        # je Fassung eine Variante (sonst genau eine)
        self.page = page                # Pfad der Seite relativ zu docs/, etwa normen/25-abs-5-aufenthg.md


class Project:
    """Alles, woraus die Seiten entstehen."""

    def __init__(self, root: Path, normen: str = "norms", features: str = "features",
                 ergebnisse: str = "ergebnisse", cache_dir: Path | None = None):
        self.root = root
        self.normen_dir = (root / normen).resolve()
        self.features_dir = (root / features).resolve()
        self.ergebnisse_dir = (root / ergebnisse).resolve()
        if not self.normen_dir.is_dir():
            raise SiteError(f"Das Normverzeichnis »{self.normen_dir}« fehlt.")
        sources = find_sources(self.normen_dir)
        modules, diagnostics = Frontend(None).check(sources)
        errors = [d for d in diagnostics if d.is_error]
        if errors:
            raise SiteError("Die Normen enthalten Fehler; die Website wird nicht gebaut.\n"
                            + LexdslError(errors, {s.path: s.text for s in sources}).render())
        self.sources = {s.path: s.text for s in sources}
        self.modules = modules
        self.corpus = ir.lower(modules)
        self.runtime = load(self.normen_dir, cache_dir)
        self.anchors = Anchors([m.name for m in self.corpus.merkmale], [b.name for b in self.corpus.begriffe])
        self.norms = self._norms()
        self.features: list[FeatureDoc] = read_features(self.features_dir) if self.features_dir.is_dir() else []
        self._feature_ids = unique_ids(f.path for f in self.features)
        self.results = Results.read(self.ergebnisse_dir / "cucumber.json")
        self.coverage = _read_json(self.ergebnisse_dir / "abdeckung.json")

    # ------------------------------------------------------------ Normen

    def _norms(self) -> list[NormDoc]:
        variants: dict[str, list[ir.Norm]] = {}
        for norm in self.corpus.normen + self.corpus.vorschriften:
            variants.setdefault(norm.id, []).append(norm)
        decls = [(module.path, decl) for module in self.modules for decl in module.declarations
                 if isinstance(decl, nodes.Norm)]
        pages = {kind: unique_ids(d.id for _, d in decls if d.kind is kind) for kind in NormKind}
        out: list[NormDoc] = []
        for path, decl in decls:
            folder = "normen" if decl.kind is NormKind.NORM else "vorschriften"
            out.append(NormDoc(decl, self.sources[path], variants.get(decl.id, []),
                               f"{folder}/{pages[decl.kind][decl.id]}.md"))
        return out

    def norm_doc(self, norm_id: str) -> NormDoc | None:
        return next((n for n in self.norms if n.id == norm_id), None)

    @functools.cached_property
    def findings(self) -> dict[str, Any] | None:
        """Die Befunde von ``lexdsl analysieren`` (JSON-Vertrag), einmal je Bau; None, wenn z3 fehlt.

        Der Solver läuft in einem eigenen Prozess: Welchen Zeugenfall z3 findet, kann davon abhängen, was
        er im selben Prozess vorher gelöst hat; ein frischer Prozess mit denselben Fragen gibt dieselben
        Antworten, und die Website entsteht Byte für Byte gleich.
        """
        code = "import sys; from lexdsl.cli import main; sys.exit(main(sys.argv[1:]))"
        command = [sys.executable, "-c", code, "analysieren", "--normen", str(self.normen_dir), "--format", "json"]
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
        if done.returncode == 2 and "z3" in done.stderr:
            return None
        if done.returncode != 0:
            raise SiteError("Die Analyse der Normen (lexdsl analysieren) ist fehlgeschlagen:\n" + done.stderr.strip())
        data: dict[str, Any] = json.loads(done.stdout)
        return data

    def scenario_anchor(self, scenario: ScenarioDoc) -> str:
        """Der Anker eines Szenarios: Feature-Datei und Zeile, eindeutig auch bei ähnlichen Dateinamen."""
        return f"s-{self._feature_ids[scenario.feature.path]}-{scenario.line}"

    def relative(self, path: str) -> str:
        """Ein Pfad aus Berichten oder Spans, relativ zum Projekt (für Leser, und stabil)."""
        try:
            return str(Path(path).resolve().relative_to(self.root.resolve()))
        except (ValueError, OSError):
            return path

    def coverage_for(self, norm_id: str) -> dict[str, Any] | None:
        if not self.coverage:
            return None
        return next((n for n in self.coverage.get("normen", []) if n.get("norm") == norm_id), None)


def _read_json(path: Path) -> Any:
    """Ein JSON-Bericht oder None, wenn er fehlt."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise SiteError(f"Der Bericht »{path}« ist nicht lesbar: {exc}") from None
