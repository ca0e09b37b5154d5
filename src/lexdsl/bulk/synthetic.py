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


def frame(catalog: Catalog, count: int, unknown: float = 0.0, seed: int = 2026, typed: bool = False) -> Any:
    """``count`` Fälle als Polars-DataFrame: ``id`` und je Merkmal eine Textspalte (leer = unbekannt).

    Gezogen wird in Polars (schnell auch für Millionen Zeilen), je Merkmal mit eigenem, aus ``seed``
    abgeleitetem Startwert: gleicher Startwert, gleicher Bestand. ``typed``: ja/nein-Merkmale als
    Wahrheitswerte und Anzahlen als ganze Zahlen (wie eine Datenbank sie nach Parquet schreibt), der Rest
    als Text."""
    import polars as pl

    rng = random.Random(seed)
    columns: dict[str, Any] = {"id": pl.Series("id", [f"F{i + 1:07d}" for i in range(count)], dtype=pl.String)}
    for name, values in domains(catalog).items():
        kind = catalog.merkmale[name].type
        if typed and kind is MerkmalType.BOOL:
            texts = pl.Series(name, [bool(v) for v in values], dtype=pl.Boolean)
        elif typed and kind is MerkmalType.COUNT:
            texts = pl.Series(name, [int(v) for v in values], dtype=pl.Int64)
        else:
            texts = pl.Series(name, [written(kind, v) for v in values], dtype=pl.String)
        picked = texts.sample(n=count, with_replacement=True, seed=rng.randrange(2**32)) if count else texts[:0]
        if unknown and count:
            noise = pl.int_range(count, eager=True).hash(rng.randrange(2**32)) % 1_000_000
            picked = pl.select(pl.when(noise < int(unknown * 1_000_000)).then(None).otherwise(picked)).to_series()
        columns[name] = picked.alias(name)
    return pl.DataFrame(list(columns.values()))


def main(argv: list[str] | None = None) -> int:
    from ..workspace.corpus import load
    from . import table

    parser = argparse.ArgumentParser(prog="python -m lexdsl.bulk.synthetic",
                                     description="Schreibt einen erfundenen Bestand für lexdsl massenpruefung.")
    parser.add_argument("-n", "--zeilen", type=int, default=1000, help="Zahl der Fälle (Standard: 1000)")
    parser.add_argument("--unbekannt", type=float, default=0.15, help="Anteil leerer Zellen (Standard: 0,15)")
    parser.add_argument("--startwert", type=int, default=2026, help="Startwert des Zufalls (Standard: 2026)")
    parser.add_argument("--normen", default="norms", help="Normverzeichnis (Standard: norms)")
    parser.add_argument("--typisiert", action="store_true",
                        help="ja/nein als Wahrheitswerte und Anzahlen als Zahlen statt als Text")
    parser.add_argument("-o", "--ausgabe", required=True, help="Zieldatei (.parquet, .csv, .jsonl, .xlsx)")
    args = parser.parse_args(argv)
    catalog = load(Path(args.normen))
    table.write(frame(catalog, args.zeilen, args.unbekannt, args.startwert, args.typisiert), Path(args.ausgabe))
    print(f"{args.zeilen} Fälle: {args.ausgabe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
