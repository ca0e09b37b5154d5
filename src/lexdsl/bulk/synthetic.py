"""Ein erfundener Bestand zum Ausprobieren und Messen: ``python -m lexdsl.bulk.synthetic -n 100000 -o b.parquet``.

Jede Zeile ist ein vollständiger Fall über das ganze Vokabular der Normen: je Merkmal ein zufälliger Vertreter
seines Wertebereichs (wie die exakte Analyse ihn kennt, also je Schwelle ein Wert darunter und einer darüber),
so geschrieben, wie ihn eine Falldatei schreibt (ja/nein, „24 Monate“, TT.MM.JJJJ …); mit ``--unbekannt``
bleibt dieser Anteil der Zellen leer. Gleicher Startwert, gleicher Bestand.
"""

from __future__ import annotations

import argparse
import random
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

from ..runtime import Catalog
from ..vocabulary import MerkmalType


def written(kind: MerkmalType, value: Any) -> str:
    """Ein Wert, wie eine Falldatei ihn schreibt."""
    if kind is MerkmalType.BOOL:
        return "ja" if value else "nein"
    if kind is MerkmalType.DURATION:
        number = Fraction(value)
        text = str(int(number)) if number.denominator == 1 else str(float(number)).replace(".", ",")
        return f"{text} Monate"
    if kind is MerkmalType.DATE:
        year, month, day = str(value).split("-")
        return f"{day}.{month}.{year}"
    return str(value)


def domains(catalog: Catalog) -> dict[str, list[Any]]:
    """Je Merkmal die Vertreter seines Wertebereichs über alle Fassungen (sortiert, also fest)."""
    found: dict[str, set[Any]] = {}
    for norm in catalog.normen.values():
        for variant in norm.variants:
            for name, values in variant.domains.items():
                found.setdefault(name, set()).update(values)
    return {name: sorted(values, key=lambda v: (str(type(v)), v)) for name, values in sorted(found.items())}


def rows(catalog: Catalog, count: int, unknown: float = 0.0, seed: int = 2026) -> dict[str, list[str | None]]:
    """``count`` Fälle als Spalten (Merkmal → geschriebene Werte, None = leer)."""
    rng = random.Random(seed)
    columns: dict[str, list[str | None]] = {}
    for name, values in domains(catalog).items():
        kind = catalog.merkmale[name].type
        texts = [written(kind, v) for v in values]
        columns[name] = [None if unknown and rng.random() < unknown else rng.choice(texts) for _ in range(count)]
    return columns


def frame(catalog: Catalog, count: int, unknown: float = 0.0, seed: int = 2026) -> Any:
    import polars as pl

    columns = rows(catalog, count, unknown, seed)
    return pl.DataFrame({"id": [f"F{i + 1:07d}" for i in range(count)], **columns},
                        schema={"id": pl.String, **dict.fromkeys(columns, pl.String)})


def main(argv: list[str] | None = None) -> int:
    from ..workspace.corpus import load
    from . import table

    parser = argparse.ArgumentParser(prog="python -m lexdsl.bulk.synthetic",
                                     description="Schreibt einen erfundenen Bestand für lexdsl massenpruefung.")
    parser.add_argument("-n", "--zeilen", type=int, default=1000, help="Zahl der Fälle (Standard: 1000)")
    parser.add_argument("--unbekannt", type=float, default=0.15, help="Anteil leerer Zellen (Standard: 0,15)")
    parser.add_argument("--startwert", type=int, default=2026, help="Startwert des Zufalls (Standard: 2026)")
    parser.add_argument("--normen", default="norms", help="Normverzeichnis (Standard: norms)")
    parser.add_argument("-o", "--ausgabe", required=True, help="Zieldatei (.parquet, .csv, .jsonl, .xlsx)")
    args = parser.parse_args(argv)
    catalog = load(Path(args.normen))
    table.write(frame(catalog, args.zeilen, args.unbekannt, args.startwert), Path(args.ausgabe))
    print(f"{args.zeilen} Fälle: {args.ausgabe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
