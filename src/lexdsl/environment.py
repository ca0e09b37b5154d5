"""Das Normenkorpus laden: Quelltext → (Cache) → übersetzte, importierte Normen.

Ablauf von ``load``:

1. Alle ``*.lexdsl``-Dateien unter dem Pfad lesen und ihren sha256 bilden.
   Daraus und aus Grammatik und Generatorversion entsteht der Korpus-Schlüssel.
2. Liegt unter diesem Schlüssel ein vollständiger, unbeschädigter Satz
   erzeugter Module im Zwischenspeicher, wird er importiert – ohne Lark,
   ohne Parsen.
3. Sonst: jede Datei parsen (unveränderte Dateien kommen als AST aus dem
   Zwischenspeicher), alle gemeinsam prüfen, in die IR übersetzen, Python
   erzeugen, atomar schreiben (temporäres Verzeichnis, dann Umbenennen) und
   importieren.

Beschädigte Einträge (Prüfsumme passt nicht, JSON unlesbar) werden verworfen
und neu erzeugt, nie verwendet.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from . import __version__
from .errors import FEHLER, Diagnostic, LexdslError, Span
from .runtime import CompiledNorm, Facts, Outcome, Result, VersionedNorm

SUFFIX = ".lexdsl"


# ------------------------------------------------------------------ Quellen


class Source:
    __slots__ = ("path", "text", "sha256")

    def __init__(self, path: str, text: str, sha256: str):
        self.path = path
        self.text = text
        self.sha256 = sha256


# Größte Normdatei; das ganze Korpus hat zusammen etwa 0,3 MB.
MAX_FILE_BYTES = 1_000_000


def find_sources(path: str | os.PathLike) -> list[Source]:
    """Alle Normdateien unter ``path`` (Datei oder Verzeichnis), sortiert."""
    root = Path(path)
    if root.is_file():
        files = [root]
    elif root.is_dir():
        files = sorted(p for p in root.rglob(f"*{SUFFIX}") if p.is_file())
    else:
        raise LexdslError([Diagnostic(FEHLER, "datei", f"Der Pfad »{path}« existiert nicht.")])
    if not files:
        raise LexdslError([Diagnostic(FEHLER, "datei", f"Unter »{path}« liegen keine Normdateien (*{SUFFIX}).")])
    sources = []
    for file in files:
        display = file.as_posix()
        try:
            size = file.stat().st_size
            if size > MAX_FILE_BYTES:
                raise LexdslError([Diagnostic(
                    FEHLER, "datei", f"Die Normdatei ist zu groß ({size / 1e6:.1f} MB; höchstens "
                    f"{MAX_FILE_BYTES / 1e6:.0f} MB je Datei).".replace(".", ",", 1), Span(display, 1, 1, 1, 2),
                    "Verteilen Sie die Normen auf mehrere Dateien.")])
            data = file.read_bytes()
        except OSError as exc:
            raise LexdslError([Diagnostic(FEHLER, "datei", f"Die Normdatei kann nicht gelesen werden "
                                          f"({exc.strerror or exc}).", Span(display, 1, 1, 1, 2))]) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            raise LexdslError([Diagnostic(
                FEHLER, "kodierung", "Die Datei ist nicht in UTF-8 kodiert.",
                Span(display, line, column, line, column + 1), "Speichern Sie die Normdatei als UTF-8.",
            )]) from None
        sources.append(Source(display, text.replace("\r\n", "\n"), hashlib.sha256(data).hexdigest()))
    return sources


@functools.lru_cache(maxsize=1)
def _grammar_hash() -> str:
    from .grammar import grammar_path  # liest nur die Datei, importiert kein Lark

    return hashlib.sha256(grammar_path().read_bytes()).hexdigest()


# Dateien, deren Inhalt den erzeugten Code bestimmt. Ändert sich eine davon,
# ändert sich der Korpus-Schlüssel und der Zwischenspeicher wird neu gefüllt.
_COMPILER_FILES = ("grammar.py", "nodes.py", "parser.py", "checks.py", "ir.py", "codegen.py")


@functools.lru_cache(maxsize=1)
def compiler_fingerprint() -> str:
    h = hashlib.sha256(f"lexdsl {__version__}\n".encode())
    h.update(_grammar_hash().encode())
    here = Path(__file__).parent
    for name in _COMPILER_FILES:
        h.update(name.encode() + b"\0" + (here / name).read_bytes())
    return h.hexdigest()


def corpus_key(sources: list[Source]) -> str:
    h = hashlib.sha256()
    h.update(f"{compiler_fingerprint()}\n".encode())
    for source in sources:
        h.update(f"{source.path}\0{source.sha256}\n".encode())
    return h.hexdigest()


# ---------------------------------------------------------------- Zwischenspeicher


def default_cache_dir() -> Path:
    configured = os.environ.get("LEXDSL_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lexdsl"


def write_atomic(path: Path, data: bytes) -> None:
    """Schreibt über eine temporäre Datei und Umbenennen: alt oder neu, nie halb."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


GENERATED_MARK = "# Erzeugt von lexdsl"


def write_tree(target: Path, files: dict[str, str]) -> None:
    """Schreibt ein ganzes Verzeichnis erzeugter Dateien: alles alt oder alles neu, nie gemischt.

    Die Dateien entstehen in einem temporären Nachbarverzeichnis, das dann den
    Platz von ``target`` einnimmt. Ein vorhandenes ``target`` wird nur ersetzt,
    wenn es leer ist oder selbst von lexdsl erzeugt wurde; fremde Dateien werden
    nie überschrieben (``FileExistsError``).
    """
    if target.exists():
        if not target.is_dir():
            raise NotADirectoryError(str(target))
        content = list(target.iterdir())
        init = target / "__init__.py"
        ours = init.is_file() and init.read_text(encoding="utf-8", errors="replace").startswith(GENERATED_MARK)
        if content and not ours:
            raise FileExistsError(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    old = None
    try:
        for name, text in sorted(files.items()):
            with open(tmp / name, "wb") as handle:
                handle.write(text.encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.alt.", dir=target.parent))
            os.replace(target, old / "x")
        os.replace(tmp, target)
    except BaseException:
        if old is not None and (old / "x").exists() and not target.exists():
            os.replace(old / "x", target)          # das alte Verzeichnis zurück
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_package(directory: Path, key: str) -> bool:
    """Prüft einen erzeugten Satz Module gegen sein Manifest."""
    try:
        manifest = json.loads((directory / "MANIFEST.json").read_text(encoding="utf-8"))
        if manifest.get("korpus") != key:
            return False
        for name, digest in manifest["dateien"].items():
            if _sha((directory / name).read_bytes()) != digest:
                return False
        return True
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
            if not _read_package(directory, key):  # jemand anderes war schneller – sonst Fehler
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- Übersetzen


class Frontend:
    """Parsen (mit AST-Cache je Datei) und Prüfen. Importiert Lark erst bei Bedarf."""

    def __init__(self, cache_dir: Path | None):
        self.cache_dir = cache_dir

    def parse(self, source: Source):
        from . import nodes, parser

        cache_file = None
        if self.cache_dir is not None:
            cache_file = self.cache_dir / "ast" / f"{source.sha256}-{compiler_fingerprint()[:16]}-{_path_tag(source.path)}.json"
            try:
                return nodes.from_data(json.loads(cache_file.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, KeyError):
                pass  # fehlt oder ist beschädigt: neu parsen
        module = parser.parse(source.text, source.path)
        if cache_file is not None:
            try:
                write_atomic(cache_file, json.dumps(nodes.to_data(module), ensure_ascii=False).encode("utf-8"))
            except OSError:
                pass
        return module

    def check(self, sources: list[Source]):
        """Parst und prüft alle Quellen. Liefert (Module, Meldungen); Syntaxfehler stehen in den Meldungen."""
        from . import checks

        modules, diagnostics = [], []
        for source in sources:
            try:
                modules.append(self.parse(source))
            except LexdslError as exc:
                diagnostics.extend(exc.diagnostics)
        if not diagnostics:
            diagnostics = checks.check(modules)
        return modules, diagnostics


def _path_tag(path: str) -> str:
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:12]


def compile_sources(sources: list[Source], cache_dir: Path | None = None):
    """Quellen → (erzeugte Dateien, Warnungen). Wirft ``LexdslError`` bei Fehlern."""
    from . import codegen, ir

    frontend = Frontend(cache_dir)
    modules, diagnostics = frontend.check(sources)
    texts = {s.path: s.text for s in sources}
    errors = [d for d in diagnostics if d.is_error]
    if errors:
        raise LexdslError(errors, texts)
    corpus_ir = ir.lower(modules)
    key = corpus_key(sources)
    files = codegen.generate_package(corpus_ir, {s.path: s.sha256 for s in sources}, key)
    return files, [d for d in diagnostics if not d.is_error]


# ---------------------------------------------------------------- Laufzeit


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
            from .errors import did_you_mean

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


def _import_package(directory: Path, key: str):
    name = f"_lexdsl_korpus_{key[:16]}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, directory / "__init__.py",
                                                  submodule_search_locations=[str(directory)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def load(path: str | os.PathLike = "norms", cache_dir: str | os.PathLike | None = None) -> Corpus:
    """Lädt das Normenkorpus unter ``path``, übersetzt es bei Bedarf und liefert ein ``Corpus``."""
    sources = find_sources(path)
    key = corpus_key(sources)
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    directory = cache / f"korpus-{key[:32]}"
    if _read_package(directory, key):
        return Corpus(_import_package(directory, key), key, directory)
    files, warnings = compile_sources(sources, cache)
    try:
        write_package(directory, files, key)
    except OSError:
        directory = Path(tempfile.mkdtemp(prefix="lexdsl-")) / f"korpus-{key[:32]}"
        write_package(directory, files, key)
    return Corpus(_import_package(directory, key), key, directory, warnings)


__all__ = ["Corpus", "Facts", "Outcome", "Result", "compile_sources", "find_sources", "load", "write_atomic"]
