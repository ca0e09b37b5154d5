"""Atomares Schreiben: eine Datei oder ein ganzes Verzeichnis ist alt oder neu, nie halb geschrieben."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

# Die erste Zeile jeder von lexdsl erzeugten Python-Datei.
GENERATED_MARK = "# Erzeugt von lexdsl"


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
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_tree(target: Path, files: dict[str, str]) -> None:
    """Schreibt ein ganzes Verzeichnis erzeugter Dateien: alles alt oder alles neu, nie gemischt.

    Die Dateien entstehen in einem temporären Nachbarverzeichnis, das dann den
    Platz von ``target`` einnimmt. Ein vorhandenes ``target`` wird nur ersetzt,
    wenn es leer ist oder selbst von lexdsl erzeugt wurde; fremde Dateien werden
    nie überschrieben (``FileExistsError``). Namen mit ``/`` liegen in Unterverzeichnissen.
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
            path = tmp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as handle:
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
