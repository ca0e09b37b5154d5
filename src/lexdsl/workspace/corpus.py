"""Das geladene Normenkorpus: Quelltext → (Zwischenspeicher) → übersetzte, importierte Normen.

Ablauf von ``load``:

1. Alle ``*.lexdsl``-Dateien unter dem Pfad lesen und ihren sha256 bilden.
   Daraus und aus dem ganzen Übersetzer entsteht der Korpus-Schlüssel.
2. Liegt unter diesem Schlüssel ein vollständiger, unbeschädigter Satz
   erzeugter Module im Zwischenspeicher, wird er importiert – ohne Lark,
   ohne Parsen.
3. Sonst: jede Datei parsen (unveränderte Dateien kommen als Syntaxbaum aus dem
   Zwischenspeicher), alle gemeinsam prüfen, in die IR übersetzen, Python
   erzeugen, atomar schreiben (temporäres Verzeichnis, dann Umbenennen) und
   importieren.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from pathlib import Path

from ..runtime import CompiledNorm, Facts, Result, VersionedNorm
from .cache import corpus_key, default_cache_dir, import_package, package_is_valid, write_package
from .compile import compile_sources
from .sources import find_sources


class Corpus:
    """Das geladene Korpus: Vokabular und übersetzte Normen."""

    def __init__(self, package, key: str, directory: Path, warnings=()):
        self.key = key
        self.directory = directory
        self.warnings = list(warnings)
        self.package = package
        self.merkmale: dict[str, dict] = {m["name"]: m for m in package.MERKMALE}
        self.begriffe: dict[str, dict] = {b["name"]: b for b in package.BEGRIFFE}
        variants: dict[str, list[CompiledNorm]] = {}
        self.modules = []
        for name in package.MODULE:
            module = importlib.import_module(f"{package.__name__}.{name}")
            self.modules.append(module)
            for data, decide, combine, values, conditions in module.NORMEN:
                variants.setdefault(data["id"], []).append(CompiledNorm(data, decide, combine, values, conditions))
        self.normen: dict[str, VersionedNorm] = {nid: VersionedNorm(v) for nid, v in variants.items()}

    def norm(self, norm_id: str) -> VersionedNorm:
        try:
            return self.normen[norm_id]
        except KeyError:
            from ..errors import did_you_mean

            hint = did_you_mean(norm_id, self.normen) or "Bekannt: " + ", ".join(self.normen)
            raise KeyError(f"Unbekannte Norm »{norm_id}«. {hint}") from None

    def facts(self, values: dict, label: str | None = None, stichtag: str | None = None) -> Facts:
        """Fakten aus bereits geprüften Werten (Name → Wert); fehlende Merkmale sind unbekannt."""
        complete = {name: None for name in self.merkmale}
        complete.update(values)
        return Facts(complete, label, stichtag)

    def pruefen(self, facts: Facts, norm: str | None = None, begruendung: bool = True) -> list[Result]:
        norms = [self.norm(norm)] if norm else list(self.normen.values())
        return [n.pruefen(facts, begruendung=begruendung) for n in norms]


def load(path: str | os.PathLike = "norms", cache_dir: str | os.PathLike | None = None) -> Corpus:
    """Lädt das Normenkorpus unter ``path``, übersetzt es bei Bedarf und liefert ein ``Corpus``."""
    sources = find_sources(path)
    key = corpus_key(sources)
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    directory = cache / f"korpus-{key[:32]}"
    if package_is_valid(directory, key):
        return Corpus(import_package(directory, key), key, directory)
    files, warnings = compile_sources(sources, cache)
    try:
        write_package(directory, files, key)
    except OSError:
        directory = Path(tempfile.mkdtemp(prefix="lexdsl-")) / f"korpus-{key[:32]}"
        write_package(directory, files, key)
    return Corpus(import_package(directory, key), key, directory, warnings)
