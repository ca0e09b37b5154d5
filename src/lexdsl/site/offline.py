"""Die Seite »Fall prüfen«: die echte Prüfung im Browser, mit Pyodide – offline, nichts aus einem CDN.

Beim Bau entstehen die Seite (``fall-pruefen.md``, aus der Vorlage ``templates/fall-pruefen.html``) und im Ordner
``fall-pruefen/`` der gebauten Website:

``pyodide/``
    genau die Dateien, mit denen Pyodide mit der Standardbibliothek startet, aus dem npm-Paket in
    ``offline/node_modules`` (``make offline`` installiert es mit ``npm ci`` nach ``offline/package-lock.json``;
    ``make test`` und ``make docs`` tun das selbst). Fehlt es, bricht der Bau mit einer Meldung ab.
``lexdsl-fall.zip``
    der Python-Teil: ``offline/fall_pruefen.py``, genau die Module von lexdsl, die es mittelbar importiert
    (``import_closure``; jedes darf auf Modulebene nur die Standardbibliothek importieren), und die
    übersetzten Normen als Paket ``lexdsl_korpus`` (mit Quellpfaden relativ zum Projekt). Keine Datei
    Dritter; Einträge sortiert und mit festem Zeitstempel, also Byte für Byte gleich bei jedem Bau.
``fall-pruefen.js``, ``fall-pruefen.css``
    Skript und Stil der Seite. Das Skript setzt Text aus Normen nur als Text ins Dokument (``textContent``).
"""

from __future__ import annotations

import ast
import functools
import io
import json
import math
import posixpath
import shutil
import sys
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .project import SiteError
from .rendering import block, render

if TYPE_CHECKING:
    from .project import Project

PAGE = "fall-pruefen.md"
FOLDER = "fall-pruefen"                       # neben der Seite: Pyodide, Zip, Skript, Stil
ARCHIVE = "lexdsl-fall.zip"
ENTRY = "fall_pruefen"                        # das Modul, das das Skript der Seite importiert
KORPUS = "lexdsl_korpus"                      # das erzeugte Paket der Normen im Zip
SEITEN = "seiten.json"                        # im Paket: Norm → ihre Seite (relativ zu »Fall prüfen«)

PACKAGE = Path(__file__).resolve().parents[1]             # src/lexdsl
OFFLINE = PACKAGE.parents[1] / "offline"                  # package.json, package-lock.json, fall_pruefen.py
ASSETS = Path(__file__).resolve().parent / "fall"         # Vorlage, Skript und Stil der Seite
# Was Pyodide zum Start braucht (Laden, Interpreter, WebAssembly, Standardbibliothek, Paketliste).
PYODIDE_FILES = ("pyodide.js", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
STATIC_FILES = ("fall-pruefen.js", "fall-pruefen.css")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# ------------------------------------------------------------------ Pyodide aus npm

def pinned_version() -> str:
    """Die Version von Pyodide, die ``offline/package.json`` festlegt."""
    try:
        data = json.loads((OFFLINE / "package.json").read_text(encoding="utf-8"))
        version = data["dependencies"]["pyodide"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SiteError(f"»{OFFLINE / 'package.json'}« nennt keine Version von Pyodide ({exc}).") from None
    if not isinstance(version, str):
        raise SiteError(f"»{OFFLINE / 'package.json'}« nennt keine Version von Pyodide.")
    return version


def pyodide_dir() -> Path:
    """Das installierte npm-Paket pyodide in der festgelegten Version; sonst eine Meldung, wie es hinkommt."""
    version = pinned_version()
    folder = OFFLINE / "node_modules" / "pyodide"
    how = ("Installieren Sie es mit »make offline« (das ist »npm ci« im Ordner offline/; make test und "
           "make docs tun es selbst).")
    try:
        installed = json.loads((folder / "package.json").read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        raise SiteError(f"Pyodide fehlt: Die Seite »Fall prüfen« braucht das npm-Paket pyodide {version} in "
                        f"»{folder}«. {how}") from None
    if installed != version:
        raise SiteError(f"In »{folder}« liegt pyodide {installed}, festgelegt ist {version} "
                        f"(offline/package.json). {how}")
    missing = [name for name in PYODIDE_FILES if not (folder / name).is_file()]
    if missing:
        raise SiteError(f"Im npm-Paket pyodide fehlen Dateien: {', '.join(missing)}. {how}")
    return folder


# ------------------------------------------------------------------ der Python-Teil

def _module_file(name: str) -> Path | None:
    """Die Datei eines Moduls von lexdsl (``lexdsl.runtime.norm`` → …/runtime/norm.py), sonst None."""
    parts = name.split(".")[1:]
    base = PACKAGE.joinpath(*parts)
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    parts = ["lexdsl", *rel.parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, package: str) -> list[tuple[str, bool]]:
    """(Modul, auf Modulebene?) für jeden Import der Datei, ohne die unter ``if TYPE_CHECKING``."""
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for item in child.orelse:
                    visit(item, top)
                continue
            inner = top and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                found.extend((alias.name, inner) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[: len(package.split(".")) - child.level + 1]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                found.append((module, inner))
                found.extend((f"{module}.{alias.name}", inner) for alias in child.names)   # Untermodule
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), True)
    return found


def import_closure(entry: Path) -> list[Path]:
    """Die Dateien von lexdsl, die ``entry`` mittelbar importiert (auch in Funktionen), mit ihren Paketen.

    Jede darf auf Modulebene nur die Standardbibliothek und lexdsl importieren; sonst ``SiteError``. Ein Import
    in einer Funktion (etwa PyYAML beim Lesen einer YAML-Falldatei) läuft erst, wenn sie aufgerufen wird; die
    Seite ruft keine solche auf, und der Test des Zips beweist es.
    """
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    seen: set[Path] = set()
    todo: list[tuple[Path, str]] = [(entry, "")]
    while todo:
        path, package = todo.pop()
        for module, top in _imports(path, package):
            root = module.split(".")[0]
            if root != "lexdsl":
                if top and root not in stdlib:
                    raise SiteError(f"»{path.name}« importiert »{module}«: Der Python-Teil der Seite »Fall prüfen« "
                                    "darf nur die Standardbibliothek importieren (er läuft im Browser).")
                continue
            parts = module.split(".")
            for k in range(1, len(parts) + 1):           # das Modul und jedes Paket darüber
                file = _module_file(".".join(parts[:k]))
                if file is not None and file not in seen:
                    seen.add(file)
                    name = _module_name(file)
                    todo.append((file, name if file.name == "__init__.py" else name.rpartition(".")[0]))
    return sorted(seen)


def engine_files(project: Project) -> dict[str, bytes]:
    """Der Inhalt des Zips: Name im Zip → Bytes."""
    from ..workspace.cache import default_cache_dir
    from ..workspace.compile import compile_sources
    from ..workspace.sources import Source, find_sources

    entry = OFFLINE / f"{ENTRY}.py"
    if not entry.is_file():
        raise SiteError(f"Der Python-Teil der Seite »Fall prüfen« fehlt: »{entry}«.")
    files = {f"{ENTRY}.py": entry.read_bytes()}
    for path in import_closure(entry):
        files[f"lexdsl/{path.relative_to(PACKAGE).as_posix()}"] = path.read_bytes()
    # Die Normen, übersetzt wie im Zwischenspeicher, aber mit Pfaden relativ zum Projekt (kein Pfad des Baurechners).
    sources = [Source(Path(project.relative(s.path)).as_posix(), s.text, s.sha256)
               for s in find_sources(project.normen_dir)]
    generated, _warnings = compile_sources(sources, default_cache_dir())
    for name, text in generated.items():
        files[f"{KORPUS}/{name}"] = text.encode("utf-8")
    pages = {d.id: posixpath.relpath(d.page[:-3] + ".html", posixpath.dirname(PAGE) or ".") for d in project.norms}
    files[f"{KORPUS}/{SEITEN}"] = json.dumps(pages, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8")
    return files


@functools.lru_cache(maxsize=1)
def engine_zip(project: Project) -> bytes:
    """Das Zip des Python-Teils (einmal je Bau: die Seite nennt seine Größe, ``write_assets`` schreibt es)."""
    return deterministic_zip(engine_files(project))


def deterministic_zip(files: Mapping[str, bytes]) -> bytes:
    """Ein Zip, das nur vom Inhalt abhängt: sortierte Einträge, fester Zeitstempel, feste Rechte."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


# ------------------------------------------------------------------ die Seite

def fall_page(project: Project) -> str:
    """Die Seite »Fall prüfen« (Markdown mit einem HTML-Block). Prüft zuerst, dass Pyodide da ist."""
    source = pyodide_dir()
    size = sum((source / name).stat().st_size for name in PYODIDE_FILES) + len(engine_zip(project))
    size += sum((ASSETS / name).stat().st_size for name in STATIC_FILES)
    normen = [(norm.id, norm.title) for norm in project.runtime.normen.values()]
    html = render("fall-pruefen.html", normen=normen, ordner=f"{FOLDER}/", groesse=math.ceil(size / 1e6))
    return "# Fall prüfen" + block(html)      # ohne Leerzeilen: eine Leerzeile beendete den HTML-Block


def write_assets(project: Project, site_dir: Path) -> None:
    """Schreibt Pyodide, das Zip, Skript und Stil nach ``site_dir/fall-pruefen/``."""
    source = pyodide_dir()
    target = site_dir / FOLDER
    (target / "pyodide").mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(source / name, target / "pyodide" / name)
    for name in STATIC_FILES:
        shutil.copyfile(ASSETS / name, target / name)
    (target / ARCHIVE).write_bytes(engine_zip(project))
