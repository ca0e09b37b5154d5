"""Der Zwischenspeicher: erzeugte Module nach Inhalt benannt, mit Manifest geprüft, atomar geschrieben.

Der Schlüssel eines Korpus hängt vom Inhalt jeder Normdatei und vom ganzen
Übersetzer ab: von jeder Datei des Pakets lexdsl und der Grammatik. Ändert sich
irgendetwas davon, entsteht ein neuer Eintrag. Beschädigte Einträge (Prüfsumme
passt nicht, JSON unlesbar) werden verworfen und neu erzeugt, nie verwendet.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from .. import __version__
from .sources import Source

PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def fingerprint_of(root: Path) -> str:
    """Hash über die Version und den Inhalt jeder Quelldatei des Pakets unter ``root`` und der Grammatik.

    Keine Liste von Hand: Jede Datei zählt, auch eine neue. So kann eine Änderung am
    Übersetzer nie einen veralteten Eintrag im Zwischenspeicher gültig lassen.
    """
    from ..language.grammar import grammar_path  # liest nur die Datei, importiert kein Lark

    files = {p for p in root.rglob("*.py") if "__pycache__" not in p.parts} | {
        p for p in root.rglob("*.lark") if "__pycache__" not in p.parts}
    h = hashlib.sha256(f"lexdsl {__version__}\n".encode())
    for path in sorted(files):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    h.update(b"grammar\0" + grammar_path().read_bytes())
    return h.hexdigest()


@functools.lru_cache(maxsize=1)
def compiler_fingerprint() -> str:
    """Der Fingerabdruck des installierten Übersetzers (einmal je Prozess berechnet)."""
    return fingerprint_of(PACKAGE_ROOT)


def corpus_key(sources: list[Source]) -> str:
    h = hashlib.sha256()
    h.update(f"{compiler_fingerprint()}\n".encode())
    for source in sources:
        h.update(f"{source.path}\0{source.sha256}\n".encode())
    return h.hexdigest()


def default_cache_dir() -> Path:
    configured = os.environ.get("LEXDSL_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lexdsl"


def ast_cache_file(cache_dir: Path, source: Source) -> Path:
    """Wo der Syntaxbaum einer Normdatei liegt (nach Inhalt, Übersetzer und Pfad benannt)."""
    tag = hashlib.sha256(source.path.encode("utf-8")).hexdigest()[:12]
    return cache_dir / "ast" / f"{source.sha256}-{compiler_fingerprint()[:16]}-{tag}.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def package_is_valid(directory: Path, key: str) -> bool:
    """Prüft einen erzeugten Satz Module gegen sein Manifest."""
    try:
        manifest = json.loads((directory / "MANIFEST.json").read_text(encoding="utf-8"))
        if manifest.get("korpus") != key:
            return False
        return all(_sha((directory / name).read_bytes()) == digest for name, digest in manifest["dateien"].items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def write_package(directory: Path, files: dict[str, str], key: str) -> None:
    """Schreibt erzeugte Module samt Bytecode und Manifest: erst in ein temporäres Verzeichnis, dann umbenennen.

    Der Bytecode wird selbst geschrieben (auch wenn Python das sonst unterlässt,
    etwa mit PYTHONDONTWRITEBYTECODE); er prüft den Hash seiner Quelle, und das
    Manifest enthält auch ihn, sodass ein veränderter Bytecode erkannt wird.
    """
    import py_compile

    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=directory.parent))
    try:
        digests = {}
        for name, text in sorted(files.items()):
            data = text.encode("utf-8")
            (tmp / name).write_bytes(data)
            digests[name] = _sha(data)
            compiled = Path(importlib.util.cache_from_source(str(tmp / name)))
            py_compile.compile(str(tmp / name), cfile=str(compiled), dfile=str(directory / name), doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
            digests[compiled.relative_to(tmp).as_posix()] = _sha(compiled.read_bytes())
        manifest = {"korpus": key, "dateien": digests}
        (tmp / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True),
                                           encoding="utf-8")
        if directory.exists():
            shutil.rmtree(directory, ignore_errors=True)
        try:
            os.rename(tmp, directory)
        except OSError:
            if not package_is_valid(directory, key):  # jemand anderes war schneller – sonst Fehler
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def import_package(directory: Path, key: str) -> ModuleType:
    """Importiert einen geprüften Satz erzeugter Module als Paket (einmal je Prozess und Schlüssel)."""
    name = f"_lexdsl_korpus_{key[:16]}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, directory / "__init__.py",
                                                  submodule_search_locations=[str(directory)])
    if spec is None or spec.loader is None:  # pragma: no cover – die Datei ist gerade geprüft worden
        raise ImportError(str(directory))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module
