"""Gemeinsame Hilfen der Tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def norm_count() -> int:
    """So viele Normen (Anspruchsgrundlagen, ohne allgemeine Vorschriften) deklariert das Korpus in norms/."""
    import re

    return sum(len(re.findall(r'^Norm "', p.read_text(encoding="utf-8"), re.M))
               for p in (ROOT / "norms").glob("*.lexdsl"))
NORMS = ROOT / "norms"


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


@pytest.fixture
def write_norms(tmp_path):
    """Schreibt Normdateien in ein temporäres Verzeichnis und liefert dessen Pfad."""

    def write(files: dict[str, str] | str) -> Path:
        if isinstance(files, str):
            files = {"test.lexdsl": files}
        folder = tmp_path / "normen"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(dedent(text), encoding="utf-8")
        return folder

    return write


@pytest.fixture
def compile_norms(write_norms, tmp_path):
    """Übersetzt Normtext und liefert das geladene Korpus."""
    from lexdsl.workspace.corpus import load

    def build(files: dict[str, str] | str):
        return load(write_norms(files), cache_dir=tmp_path / "cache")

    return build


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """Das echte Normenkorpus aus norms/, einmal je Testlauf übersetzt."""
    from lexdsl.workspace.corpus import load

    return load(NORMS, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """Die Website aus diesem Projekt, einmal je Testlauf streng gebaut (mit den Berichten in ergebnisse/, falls da)."""
    from .site_support import build_site

    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site") / "site")
