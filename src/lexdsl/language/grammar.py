"""Wo die Grammatik liegt. Bewusst ohne Lark: Auch der Zwischenspeicher braucht ihren Hash."""

from __future__ import annotations

from pathlib import Path


def grammar_path() -> Path:
    """Pfad der Grammatik: im installierten Paket, sonst im Quellbaum (editierbare Installation)."""
    packaged = Path(__file__).with_name("grammar.lark")
    if packaged.is_file():
        return packaged
    source_tree = Path(__file__).resolve().parents[3] / "dsl" / "grammar.lark"
    if source_tree.is_file():
        return source_tree
    raise FileNotFoundError(
        "Die Grammatik grammar.lark wurde weder im Paket lexdsl noch unter dsl/ im Quellbaum gefunden."
    )


def grammar_text() -> str:
    return grammar_path().read_text(encoding="utf-8")
