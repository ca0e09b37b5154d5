"""Bestände lesen und schreiben: CSV, Parquet, JSON Lines und Excel (XLSX), nach der Dateiendung."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import CaseError

FORMATS = {".csv": "CSV", ".parquet": "Parquet", ".jsonl": "JSON Lines", ".ndjson": "JSON Lines",
           ".xlsx": "Excel"}


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise CaseError(f"Das Format von »{path.name}« ist unbekannt.", file=str(path),
                        hint=f"Bekannt sind die Endungen {known}.")
    return suffix


def read(path: Path) -> Any:
    """Der ganze Bestand als Polars-DataFrame; CSV und Excel als Text (umgewandelt wird je Merkmal)."""
    import polars as pl

    suffix = kind_of(path)
    if not path.is_file():
        raise CaseError("Die Datei gibt es nicht.", file=str(path))
    try:
        if suffix == ".csv":
            return pl.read_csv(path, infer_schema=False)
        if suffix == ".parquet":
            return pl.read_parquet(path)
        if suffix in (".jsonl", ".ndjson"):
            if not path.read_bytes().strip():          # keine einzige Zeile: ein leerer Bestand
                return pl.DataFrame()
            return pl.read_ndjson(path, infer_schema_length=None)
        return pl.read_excel(path, infer_schema_length=0)
    except ImportError as exc:
        raise CaseError(f"Für {FORMATS[suffix]} fehlt ein Paket ({exc.name}).", file=str(path),
                        hint="pip install 'lexdsl[masse]'") from None
    except (pl.exceptions.PolarsError, OSError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CaseError(f"Die Datei lässt sich nicht als {FORMATS[suffix]} lesen: {first}", file=str(path)) from None


def write(frame: Any, path: Path) -> None:
    """Schreibt vollständig oder gar nicht: erst in eine Nachbardatei, dann umbenannt."""
    suffix = kind_of(path)
    partial = path.with_name(f".{path.name}.teil")
    try:
        if suffix == ".csv":
            frame.write_csv(partial)
        elif suffix == ".parquet":
            frame.write_parquet(partial)
        elif suffix in (".jsonl", ".ndjson"):
            frame.write_ndjson(partial)
        else:
            frame.write_excel(partial)
        partial.replace(path)
    except ImportError as exc:
        partial.unlink(missing_ok=True)
        raise CaseError(f"Für {FORMATS[suffix]} fehlt ein Paket ({exc.name}).", file=str(path),
                        hint="pip install 'lexdsl[masse]'") from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CaseError(f"Die Ergebnisse lassen sich nicht schreiben: {exc.strerror or exc}", file=str(path)) from None
