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

import contextlib
import datetime
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType

from ..errors import Diagnostic
from ..runtime import Catalog, Facts, VersionedNorm
from .cache import CacheError, corpus_key, default_cache_dir, import_package, load_files, prune, write_package
from .compile import compile_sources
from .sources import find_sources, packaged_norms


class Corpus(Catalog):
    """Das geladene Korpus: übersetzte Normen und Vokabular, mit Schlüssel und Ort im Zwischenspeicher."""

    def __init__(self, package: ModuleType, key: str, directory: Path, warnings: Iterable[Diagnostic] = ()):
        catalog = Catalog.from_package(package)
        super().__init__(catalog.program, [], catalog.modules)
        self.normen = catalog.normen
        self.package = package
        self.key = key
        self.directory = directory
        self.warnings = list(warnings)

    def norm(self, norm_id: str) -> VersionedNorm:
        """Die Norm mit dieser Kennung (in jeder Unicode-Schreibweise); sonst ``KeyError`` mit „Meinten Sie …?“."""
        from ..errors import did_you_mean, nfc

        try:
            return self.normen[nfc(norm_id)]
        except KeyError:
            hint = did_you_mean(norm_id, self.normen) or "Bekannt: " + ", ".join(self.normen)
            raise KeyError(f"Unbekannte Norm »{norm_id}«. {hint}") from None

    def facts(self, values: Mapping[str, object], label: str | None = None,
              stichtag: str | datetime.date | None = None) -> Facts:
        """Fakten aus Werten, geprüft wie in einer Falldatei; fehlende Merkmale sind unbekannt.

        Jeder Wert wird gegen den Typ seines Merkmals geprüft und umgewandelt: Python-Werte
        (``bool``, ``int``, ``datetime.date``, ``lexdsl.Duration``) oder die Schreibweisen der
        Falldateien (``"ja"``, ``"18 Monate"``, ``"01.01.2005"``). Ein unbekannter Name oder ein
        falscher Wert ist ein ``CaseError`` (ein ``ValueError``), der das Merkmal nennt.
        """
        from ..cases.values import check_label, convert_facts, convert_stichtag

        converted = convert_facts(values, self.merkmale, self.begriffe)
        day = convert_stichtag(stichtag) if stichtag is not None else None
        return self.complete(converted, check_label(label), day)


def load(path: str | os.PathLike[str] | None = None, cache_dir: str | os.PathLike[str] | None = None) -> Corpus:
    """Lädt das Normenkorpus unter ``path``, übersetzt es bei Bedarf und liefert ein ``Corpus``.

    Ohne ``path`` lädt lexdsl die mitgelieferten Normen (§§ 22, 23, 23a, 25 AufenthG).
    ``cache_dir`` ersetzt den Zwischenspeicher (Standard: ``LEXDSL_CACHE`` oder ``~/.cache/lexdsl``).
    """
    sources = find_sources(packaged_norms() if path is None else path)
    key = corpus_key(sources)
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    directory = cache / f"korpus-{key[:32]}"
    if (directory / "MANIFEST.json").is_file():
        try:
            return Corpus(import_package(directory, key), key, directory)
        except (OSError, CacheError):
            pass  # beschädigt, unvollständig oder gerade verschwunden: neu übersetzen
    files, warnings = compile_sources(sources, cache)
    with contextlib.suppress(OSError):  # nicht beschreibbar: dann eben nur im Speicher
        write_package(directory, files, key)
        prune(cache, keep=directory)
    return Corpus(load_files(files, key, directory), key, directory, warnings)
