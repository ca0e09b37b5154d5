"""Der Zwischenspeicher: erzeugte Module nach Inhalt benannt, mit Manifest geprüft, atomar geschrieben.

Der Schlüssel eines Korpus hängt vom Inhalt jeder Normdatei und vom ganzen
Übersetzer ab: von jeder Datei des Pakets lexdsl und der Grammatik. Ändert sich
irgendetwas davon, entsteht ein neuer Eintrag. Beschädigte Einträge (Prüfsumme
passt nicht, JSON unlesbar) werden verworfen und neu erzeugt, nie verwendet.

Was lexdsl zusagt:

* **Nur, was das Manifest nennt und dessen Prüfsumme passt, wird ausgeführt.**
  ``import_package`` liest jede Datei selbst, prüft ihre Prüfsumme und führt
  genau diese Bytes aus; kein Suchpfad, kein fremdes Verzeichnis, kein
  untergeschobener Bytecode. Der Syntaxbaum-Speicher (``ast/``) trägt ebenfalls
  eine Prüfsumme.
* **Beliebig viele Prozesse zugleich.** Ein Eintrag entsteht in einem
  temporären Verzeichnis und wird umbenannt; ein gültiger Eintrag wird nie
  gelöscht oder ersetzt, ein beschädigter erst beiseitegeschoben.
* **Begrenzte Größe.** Höchstens ``MAX_CORPORA`` übersetzte Korpora und
  ``MAX_AST_FILES`` Syntaxbäume; die am längsten unbenutzten gehen zuerst.
* **Ein nicht beschreibbarer Zwischenspeicher** kostet nur Zeit: lexdsl
  übersetzt dann im Speicher und hinterlässt nichts.

Die Prüfsummen schützen vor Beschädigung und vor Dateien, die jemand neben
einen Eintrag legt; wer Einträge *und* Manifest umschreiben darf, darf auch
lexdsl selbst ändern – dagegen schützt kein Zwischenspeicher.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import marshal
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import CodeType, ModuleType

from .. import __version__
from .sources import Source

PACKAGE_ROOT = Path(__file__).resolve().parents[1]

# Wo der Zwischenspeicher liegt, in Worten (für --help und die Dokumentation; ein Test vergleicht beide).
CACHE_LOCATION = "$LEXDSL_CACHE, sonst $XDG_CACHE_HOME/lexdsl, sonst ~/.cache/lexdsl"
MAX_CORPORA = 16        # übersetzte Korpora im Zwischenspeicher
MAX_AST_FILES = 512     # Syntaxbäume einzelner Normdateien
STALE_SECONDS = 3600    # so alte temporäre Verzeichnisse abgebrochener Läufe werden entfernt


class CacheError(Exception):
    """Ein Eintrag des Zwischenspeichers ist unvollständig, beschädigt oder passt nicht zum Schlüssel."""


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
    """Der Zwischenspeicher (siehe ``CACHE_LOCATION``)."""
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


# ------------------------------------------------------------------ Syntaxbäume


def read_checked(path: Path) -> str:
    """Den Inhalt einer Datei mit Prüfsumme (erste Zeile: SHA-256 des Rests); ``CacheError``, wenn sie nicht passt."""
    data = path.read_bytes()
    digest, _, body = data.partition(b"\n")
    if digest.decode("ascii", "replace") != _sha(body):
        raise CacheError(f"Prüfsumme passt nicht: {path.name}")
    with contextlib.suppress(OSError):
        os.utime(path)  # zuletzt benutzt (für das Aufräumen)
    return body.decode("utf-8")


def write_checked(path: Path, text: str) -> None:
    """Schreibt eine Datei mit Prüfsumme, atomar (siehe ``read_checked``)."""
    from .atomic import write_atomic

    body = text.encode("utf-8")
    write_atomic(path, _sha(body).encode("ascii") + b"\n" + body)


# ------------------------------------------------------------------ Korpora


def _manifest(directory: Path, key: str) -> dict[str, str]:
    try:
        manifest = json.loads((directory / "MANIFEST.json").read_text(encoding="utf-8"))
        files = manifest["dateien"]
        if manifest.get("korpus") != key or not isinstance(files, dict):
            raise CacheError("Manifest passt nicht zum Schlüssel")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
            raise CacheError("Manifest unlesbar")
        return files
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CacheError(f"Manifest unlesbar: {exc}") from None


def package_is_valid(directory: Path, key: str) -> bool:
    """Prüft einen erzeugten Satz Module gegen sein Manifest."""
    try:
        files = _manifest(directory, key)
        return all(_sha((directory / name).read_bytes()) == digest for name, digest in files.items())
    except (OSError, CacheError):
        return False


def write_package(directory: Path, files: dict[str, str], key: str) -> None:
    """Schreibt erzeugte Module samt Bytecode und Manifest: erst in ein temporäres Verzeichnis, dann umbenennen.

    Gibt es den Eintrag schon gültig (ein anderer Prozess war schneller), bleibt er,
    wie er ist: Ein gültiger Eintrag wird nie gelöscht, denn ein anderer Prozess
    liest vielleicht gerade daraus. Nur ein beschädigter wird erst beiseitegeschoben
    (atomar umbenannt) und dann ersetzt.

    Der Bytecode wird selbst geschrieben (auch wenn Python das sonst unterlässt,
    etwa mit PYTHONDONTWRITEBYTECODE); das Manifest enthält auch ihn.
    """
    import py_compile

    if package_is_valid(directory, key):
        return
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
        for _attempt in range(3):
            try:
                os.rename(tmp, directory)
                return
            except OSError:
                if package_is_valid(directory, key):
                    return  # ein anderer Prozess war schneller
                _set_aside(directory)
        raise OSError(f"Der Eintrag {directory} lässt sich nicht ersetzen.")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _set_aside(directory: Path) -> None:
    """Schiebt einen beschädigten Eintrag atomar beiseite und entfernt ihn dann."""
    trash = Path(tempfile.mkdtemp(prefix=f".{directory.name}.alt.", dir=directory.parent))
    with contextlib.suppress(OSError):  # schon weg: ein anderer Prozess hat aufgeräumt
        os.rename(directory, trash / "x")
    shutil.rmtree(trash, ignore_errors=True)


def import_package(directory: Path, key: str) -> ModuleType:
    """Importiert einen Satz erzeugter Module aus dem Zwischenspeicher (einmal je Prozess und Schlüssel).

    Jede ausgeführte Datei wird hier gelesen und gegen das Manifest geprüft; ausgeführt
    werden genau diese Bytes (der Bytecode, wenn er zu dieser Python-Version passt, sonst
    die Quelle). Das Paket hat keinen Suchpfad: Nichts, was sonst im Verzeichnis liegt,
    wird je importiert. ``CacheError`` oder ``OSError``, wenn etwas nicht passt oder fehlt.
    """
    name = f"_lexdsl_korpus_{key[:16]}"
    if name in sys.modules:
        return sys.modules[name]
    files = _manifest(directory, key)
    codes: dict[str, CodeType] = {}
    for module in sorted(n[:-3] for n in files if n.endswith(".py") and "/" not in n):
        codes[module] = _verified_code(directory, module, files)
    with contextlib.suppress(OSError):
        os.utime(directory / "MANIFEST.json")  # zuletzt benutzt (für das Aufräumen)
    return _execute(name, directory, codes)


def load_files(files: dict[str, str], key: str, directory: Path) -> ModuleType:
    """Importiert frisch erzeugte Module aus dem Speicher (ohne Umweg über die Platte)."""
    name = f"_lexdsl_korpus_{key[:16]}"
    if name in sys.modules:
        return sys.modules[name]
    codes = {n[:-3]: compile(text, str(directory / n), "exec", dont_inherit=True)
             for n, text in sorted(files.items()) if n.endswith(".py") and "/" not in n}
    return _execute(name, directory, codes)


def _verified_code(directory: Path, module: str, files: dict[str, str]) -> CodeType:
    """Der Code eines Moduls aus geprüften Bytes: Quelle und Bytecode müssen zum Manifest passen.

    Ausgeführt wird der Bytecode, wenn er zu dieser Python-Version passt, sonst die Quelle.
    """
    source = f"{module}.py"
    data = (directory / source).read_bytes()
    if _sha(data) != files[source]:
        raise CacheError(f"Prüfsumme passt nicht: {source}")
    cached = Path(importlib.util.cache_from_source(str(directory / source))).relative_to(directory).as_posix()
    if cached in files:
        compiled = (directory / cached).read_bytes()
        if _sha(compiled) != files[cached]:
            raise CacheError(f"Prüfsumme passt nicht: {cached}")
        if compiled[:4] == importlib.util.MAGIC_NUMBER:
            code = marshal.loads(compiled[16:])
            if isinstance(code, CodeType):
                return code
    return compile(data, str(directory / source), "exec", dont_inherit=True)


def _execute(name: str, directory: Path, codes: dict[str, CodeType]) -> ModuleType:
    """Führt ``__init__`` und dann jedes Modul als Teil des Pakets ``name`` aus."""
    if "__init__" not in codes:
        raise CacheError("__init__.py fehlt im Manifest")
    package = ModuleType(name)
    package.__file__ = str(directory / "__init__.py")
    package.__path__ = []          # kein Suchpfad: Untermodule gibt es nur, wie sie hier ausgeführt werden
    package.__package__ = name
    added = [name]
    sys.modules[name] = package
    try:
        exec(codes["__init__"], package.__dict__)
        for module, code in codes.items():
            if module == "__init__":
                continue
            full = f"{name}.{module}"
            sub = ModuleType(full)
            sub.__file__ = str(directory / f"{module}.py")
            sub.__package__ = name
            sys.modules[full] = sub
            added.append(full)
            exec(code, sub.__dict__)
            setattr(package, module, sub)
    except BaseException:
        for item in added:
            sys.modules.pop(item, None)
        raise
    return package


# ------------------------------------------------------------------ Aufräumen


def prune(cache_dir: Path, keep: Path | None = None) -> None:
    """Hält den Zwischenspeicher klein: die am längsten unbenutzten Einträge gehen zuerst.

    Ein Eintrag verschwindet atomar (erst umbenannt, dann gelöscht); ein Prozess, der
    gerade aus ihm liest, bemerkt das als fehlende Datei und übersetzt neu.
    """
    def age(path: Path) -> float:
        """Wann zuletzt benutzt (beim Korpus: das Manifest); ``inf`` für gerade Verschwundenes."""
        for marker in (path / "MANIFEST.json", path):
            with contextlib.suppress(OSError):
                return marker.stat().st_mtime
        return float("inf")

    corpora = sorted((p for p in cache_dir.glob("korpus-*") if p != keep), key=age, reverse=True)
    for old in corpora[MAX_CORPORA - 1:]:
        _set_aside(old)
    asts = sorted(cache_dir.glob("ast/*.json"), key=age, reverse=True)
    for old in asts[MAX_AST_FILES:]:
        with contextlib.suppress(OSError):
            old.unlink()
    now = time.time()
    for leftover in [*cache_dir.glob(".korpus-*"), *cache_dir.glob("ast/.*.tmp")]:
        if now - age(leftover) > STALE_SECONDS:  # nur Reste abgebrochener Läufe, nie laufende
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    leftover.unlink()
