"""Normdateien finden und lesen: Pfad → Quellen mit Text und sha256."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import FEHLER, Diagnostic, LexdslError, Span, nfc, shown_path

SUFFIX = ".lexdsl"

# Größte Normdatei; das ganze Korpus hat zusammen etwa 0,3 MB.
MAX_FILE_BYTES = 1_000_000


class Source:
    __slots__ = ("path", "sha256", "text")

    def __init__(self, path: str, text: str, sha256: str):
        self.path = path
        self.text = text
        self.sha256 = sha256


def packaged_norms() -> Path:
    """Die mit lexdsl ausgelieferten Normen: im installierten Paket, sonst ``norms/`` im Quellbaum."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "norms"
    if installed.is_dir():
        return installed
    source_tree = package.parents[1] / "norms"
    if source_tree.is_dir():
        return source_tree
    raise LexdslError([Diagnostic(FEHLER, "datei", "Die mitgelieferten Normen fehlen in dieser Installation.",
                                  hint="Geben Sie ein Normverzeichnis an.")])


def find_sources(path: str | os.PathLike[str]) -> list[Source]:
    """Alle Normdateien unter ``path`` (Datei oder Verzeichnis), sortiert."""
    root = Path(path)
    if root.is_file():
        files = [root]
    elif root.is_dir():
        files = sorted(p for p in root.rglob(f"*{SUFFIX}") if p.is_file())
    else:
        raise LexdslError([Diagnostic(FEHLER, "datei", f"Der Pfad »{shown_path(path)}« existiert nicht.")])
    if not files:
        raise LexdslError([Diagnostic(FEHLER, "datei",
                                      f"Unter »{shown_path(path)}« liegen keine Normdateien (*{SUFFIX}).")])
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
        # Unicode-NFC: Namen in „a“ + Trema (wie manche Editoren speichern) sind dieselben wie mit „ä“.
        sources.append(Source(display, nfc(text.replace("\r\n", "\n")), hashlib.sha256(data).hexdigest()))
    return sources
