"""Übersetzen: Quellen parsen (mit Zwischenspeicher der Syntaxbäume), gemeinsam prüfen, Python erzeugen.

Lark und attrs werden erst hier geladen, und nur, wenn wirklich übersetzt wird.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Diagnostic, LexdslError
from .cache import CacheError, ast_cache_file, corpus_key, read_checked, write_checked
from .sources import Source

if TYPE_CHECKING:
    from ..language import nodes


class Frontend:
    """Parsen (mit AST-Cache je Datei) und Prüfen."""

    def __init__(self, cache_dir: Path | None):
        self.cache_dir = cache_dir

    def parse(self, source: Source) -> nodes.Module:
        from ..language import nodes, parser

        cache_file = ast_cache_file(self.cache_dir, source) if self.cache_dir is not None else None
        if cache_file is not None:
            try:
                cached = nodes.from_data(json.loads(read_checked(cache_file)))
                if isinstance(cached, nodes.Module):
                    return cached
            except (OSError, ValueError, TypeError, KeyError, CacheError):
                pass  # fehlt, ist beschädigt oder verändert (Prüfsumme): neu parsen
        module = parser.parse(source.text, source.path)
        if cache_file is not None:
            with contextlib.suppress(OSError):
                write_checked(cache_file, json.dumps(nodes.to_data(module), ensure_ascii=False))
        return module

    def check(self, sources: list[Source]) -> tuple[list[nodes.Module], list[Diagnostic]]:
        """Parst und prüft alle Quellen. Liefert (Module, Meldungen); Syntaxfehler stehen in den Meldungen."""
        from ..language import checks

        modules, diagnostics = [], []
        for source in sources:
            try:
                modules.append(self.parse(source))
            except LexdslError as exc:
                diagnostics.extend(exc.diagnostics)
        if not diagnostics:
            diagnostics = checks.check(modules)
        return modules, diagnostics


def compile_sources(sources: list[Source], cache_dir: Path | None = None,
                    standalone: bool = False) -> tuple[dict[str, str], list[Diagnostic]]:
    """Quellen → (erzeugte Dateien, Warnungen). Wirft ``LexdslError`` bei Fehlern.

    ``standalone``: Das Paket bringt eine Kopie der Laufzeit mit (``runtime/`` und
    ``vocabulary.py``) und läuft ohne lexdsl (für ``lexdsl kompilieren``).
    """
    from ..compiler import codegen, ir

    frontend = Frontend(cache_dir)
    modules, diagnostics = frontend.check(sources)
    texts = {s.path: s.text for s in sources}
    errors = [d for d in diagnostics if d.is_error]
    if errors:
        raise LexdslError(errors, texts)
    corpus_ir = ir.lower(modules)
    key = corpus_key(sources)
    runtime = ".runtime" if standalone else codegen.RUNTIME_PACKAGE
    files = codegen.generate_package(corpus_ir, {s.path: s.sha256 for s in sources}, key, runtime)
    if standalone:
        files.update(runtime_files())
    return files, [d for d in diagnostics if not d.is_error]


def runtime_files() -> dict[str, str]:
    """Die Laufzeit als Dateien (``vocabulary.py`` und ``runtime/*.py``), so wie lexdsl sie selbst benutzt."""
    package = Path(__file__).resolve().parents[1]
    files = {"vocabulary.py": (package / "vocabulary.py").read_text(encoding="utf-8")}
    for path in sorted((package / "runtime").glob("*.py")):
        files[f"runtime/{path.name}"] = path.read_text(encoding="utf-8")
    return files
