"""Die Massenprüfung: Bestand lesen, Spalten wie die Falldatei prüfen, je Norm spaltenweise entscheiden,
was offen bleibt exakt nachprüfen (jedes Muster bekannter Angaben einmal), Ergebnisse schreiben.

Jede Zeile bekommt je Norm dasselbe wie ``lexdsl prüfen`` für diesen Fall: das Ergebnis, die angewandte
Fassung und bei „offen“ die fehlenden Merkmale.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import CaseError, did_you_mean, nfc
from ..runtime import Catalog
from ..runtime.norm import VersionedNorm
from ..runtime.program import FactValue
from ..vocabulary import RANK_OUTCOMES, MerkmalType, Outcome, german_date
from . import columnar, table
from .program import TooLarge, compile_variant

ERROR_COLUMN = "Fehler"
MISSING_SUFFIX = ": fehlende Merkmale"
FASSUNG_SUFFIX = ": Fassung"


class Summary(NamedTuple):
    rows: int
    exact_rows: int
    patterns: int
    counts: dict[str, dict[str, int]]          # Norm → Ergebnis → Zahl der Zeilen
    transitions: dict[str, dict[tuple[str, str], int]] | None = None     # mit --vergleich: vorher → nachher


def _stored(kind: MerkmalType, value: FactValue) -> Any:
    """Ein umgewandelter Wert in der Spalte: Dauern als Zahl (Monate, auch halbe)."""
    if kind is MerkmalType.DURATION:
        return float(Fraction(str(value)))
    return value


def _runtime(kind: MerkmalType, value: Any) -> FactValue | None:
    """Ein Wert aus der Spalte, wie die Laufzeit ihn erwartet."""
    if value is None:
        return None
    if kind is MerkmalType.DURATION:
        number = Fraction(value).limit_denominator(2)
        return int(number) if number.denominator == 1 else number
    return value  # type: ignore[no-any-return]


def convert(frame: Any, catalog: Catalog, stichtag: str | None, keep: Sequence[str] = (),
            error_column: bool = False) -> tuple[Any, Any]:
    """Die Merkmalsspalten geprüft und umgewandelt (leer = unbekannt), wie die Falldatei.

    Ergebnis: der umgewandelte Bestand und – mit ``error_column`` – je Zeile die Fehlermeldungen (sonst
    bricht der erste fehlerhafte Wert mit Zeile und Spalte ab)."""
    import polars as pl

    from ..cases.values import check_past, convert_value

    names: dict[str, str] = {}
    for column in frame.columns:
        if column in keep:
            continue
        name = nfc(column)
        if name not in catalog.merkmale:
            raise CaseError(f"Unbekannte Spalte »{column}«: Sie ist kein Merkmal."
                            + (f" {hint}" if (hint := did_you_mean(name, catalog.merkmale)) else ""),
                            field=column, hint="Jede Spalte heißt wie ein Merkmal (lexdsl merkmale); "
                            "eine Spalte zur Kennzeichnung der Fälle nennt --kennung.")
        names[column] = name
    native = {c for c, n in names.items()          # schon ja/nein: nichts umzuwandeln
              if catalog.merkmale[n].type is MerkmalType.BOOL and frame[c].dtype == pl.Boolean}
    textual = [c for c in names if c not in native]
    # Ein Durchgang über alle Spalten: die verschiedenen Werte je Spalte; umgewandelt wird jeder einmal.
    uniques = (frame.lazy().select([pl.col(c).cast(pl.String).drop_nulls().unique().implode() for c in textual])
               .collect() if textual else None)
    expressions: list[Any] = [pl.col(c).alias(names[c]) for c in native]
    problems: list[Any] = []
    for column in textual:
        name = names[column]
        info = catalog.merkmale[name]
        target = columnar.polars_type(info.type)
        raws, values, failed = [], [], {}
        for raw in uniques[column][0].to_list():      # type: ignore[index]
            try:
                value = convert_value(name, info, raw)
                if value is not None:
                    check_past({name: value}, catalog.merkmale, stichtag)
            except CaseError as exc:
                if not error_column:
                    row = frame[column].cast(pl.String).to_list().index(raw)
                    raise CaseError(f"Zeile {row + 1}, Spalte »{column}«: {exc.message}", field=column,
                                    hint=exc.hint) from None
                failed[raw] = f"{column}: {exc.message}"
                value = None
            raws.append(raw)
            values.append(None if value is None else _stored(info.type, value))
        text = pl.col(column).cast(pl.String)
        expressions.append(_mapped(text, raws, values, target).alias(name))
        if failed:
            problems.append(_mapped(text, list(failed), list(failed.values()), pl.String))
    converted = frame.lazy().select(expressions).collect() if expressions else pl.DataFrame()
    errors = None
    if problems:
        joined = pl.concat_str(problems, separator="; ", ignore_nulls=True)
        errors = frame.lazy().select(pl.when(joined == "").then(None).otherwise(joined)
                                     .alias(ERROR_COLUMN)).collect().to_series()
    return converted, errors


SHORT_MAP = 64        # bis zu so vielen verschiedenen Werten: eine Kette von Vergleichen (in Polars viel
                     # schneller als replace_strict), darüber eine Nachschlagetabelle


def _mapped(text: Any, raws: list[str], values: list[Any], dtype: Any) -> Any:
    """Jeder geschriebene Wert der Spalte durch seinen umgewandelten ersetzt; alles andere wird null."""
    import polars as pl

    if not raws:
        return pl.lit(None, dtype=dtype)
    if len(raws) > SHORT_MAP:
        return text.replace_strict(raws, values, default=None, return_dtype=dtype)
    chain: Any = pl.when(text == raws[0]).then(pl.lit(values[0], dtype=dtype))
    for raw, value in zip(raws[1:], values[1:], strict=True):
        chain = chain.when(text == raw).then(pl.lit(value, dtype=dtype))
    return chain.otherwise(pl.lit(None, dtype=dtype))


def decide(frame: Any, catalog: Catalog, norm: VersionedNorm, stichtag: str | None,
           invalid: Any | None = None) -> tuple[Any, int, int]:
    """Je Zeile Ergebnis, Fassung und fehlende Merkmale einer Norm; dazu, wie viele Zeilen und Muster die exakte
    Analyse nachgeprüft hat."""
    import polars as pl

    chosen = norm.select(stichtag)
    merkmale = list(dict.fromkeys(m for v in norm.variants for m in v.structure.leaves))
    present = frame.with_columns([pl.lit(None, dtype=columnar.polars_type(catalog.merkmale[m].type)).alias(m)
                                  for m in merkmale if m not in frame.columns])
    evaluated = None
    program = None
    if chosen.variant is not None and chosen.undated is None:
        try:
            program = compile_variant(chosen.variant)
            evaluated = columnar.evaluate(present, program)
        except TooLarge:
            evaluated = None
    codes = evaluated["code"] if evaluated is not None else pl.Series("code", [None] * frame.height, dtype=pl.Int8)
    if invalid is not None:
        codes = pl.select(pl.when(invalid.is_not_null()).then(pl.lit(None, dtype=pl.Int8))
                          .otherwise(codes)).to_series()
    fassung = chosen.variant.program.fassung.name if chosen.variant is not None and \
        chosen.variant.program.fassung else ""
    outcome_names = {code: outcome.value for code, outcome in RANK_OUTCOMES.items()}
    result = pl.DataFrame({
        "ergebnis": codes.replace_strict(list(outcome_names), list(outcome_names.values()), default=None,
                                         return_dtype=pl.String),
        "fassung": pl.Series([fassung] * frame.height, dtype=pl.String),
        "fehlend": pl.Series([""] * frame.height, dtype=pl.String)})
    open_rows = codes.is_null() if invalid is None else codes.is_null() & invalid.is_null()
    if not open_rows.any():
        return result, 0, 0
    keys = _pattern_keys(present, merkmale, evaluated, program).with_row_index("__zeile").filter(open_rows)
    key_columns = [c for c in keys.columns if c != "__zeile"]
    # Je Muster ein Vertreter: seine tatsächlichen Angaben gehen in die exakte Analyse.
    patterns = keys.unique(subset=key_columns, keep="first", maintain_order=True)
    representatives = present.select(merkmale)[patterns["__zeile"]]
    patterns = patterns.drop("__zeile")
    kinds = [catalog.merkmale[m].type for m in merkmale]
    found: dict[str, list[Any]] = {"ergebnis": [], "fassung": [], "fehlend": []}
    for row in representatives.iter_rows():
        known = {m: _runtime(k, v) for m, k, v in zip(merkmale, kinds, row, strict=True) if v is not None}
        outcome = norm.pruefen(catalog.complete(known, stichtag=stichtag), begruendung=False, stichtag=stichtag)
        found["ergebnis"].append(outcome.outcome.value)
        found["fassung"].append(outcome.compiled.program.fassung.name if outcome.compiled.program.fassung else "")
        found["fehlend"].append("; ".join(outcome.missing))
    answers = patterns.with_columns(pl.Series("__e", found["ergebnis"], dtype=pl.String),
                                    pl.Series("__f", found["fassung"], dtype=pl.String),
                                    pl.Series("__m", found["fehlend"], dtype=pl.String))
    joined = keys.join(answers, on=key_columns, how="left", nulls_equal=True).sort("__zeile")
    index = joined["__zeile"]
    result = result.with_row_index("__zeile").update(
        pl.DataFrame({"__zeile": index, "ergebnis": joined["__e"], "fassung": joined["__f"],
                      "fehlend": joined["__m"]}), on="__zeile").drop("__zeile")
    return result, int(open_rows.sum()), patterns.height


def _pattern_keys(present: Any, merkmale: list[str], evaluated: Any | None, program: Any | None) -> Any:
    """Was das exakte Ergebnis einer offenen Zeile bestimmt: die Werte der Prüfpunkte und die Angaben zu den
    Merkmalen unter den Prüfpunkten, die die Kleene-Logik offen ließ. Ein Prüfpunkt mit Wert hat ihn für jede
    Belegung der unbekannten Merkmale; ein offener hängt nur von den Merkmalen unter ihm ab. Zeilen mit
    gleichem Schlüssel bekommen also dasselbe Ergebnis – die exakte Analyse läuft je Schlüssel einmal."""
    import polars as pl

    from .program import merkmale_of

    if evaluated is None or program is None:
        return present.select(merkmale)
    points = columnar.used_points(program.tree)
    under: dict[str, list[int]] = {}
    for p in points:
        for m in merkmale_of(program.points[p]):
            under.setdefault(m, []).append(p)
    masked = [pl.when(pl.any_horizontal(*[pl.col(columnar.point_column(p)).is_null() for p in under[m]]))
              .then(pl.col(m)).otherwise(None).alias(m) for m in merkmale if m in under]
    point_columns = [columnar.point_column(p) for p in points]
    combined = pl.concat([present.select(merkmale), evaluated.select(point_columns)], how="horizontal")
    return combined.select(*point_columns, *masked)


def check(frame: Any, catalog: Catalog, norms: Sequence[str] | None = None, stichtag: str | None = None,
          keep: Sequence[str] = (), error_column: bool = False,
          progress: Callable[[str], None] | None = None) -> tuple[Any, Summary]:
    """Der ganze Bestand: die Kennungsspalten, je Norm drei Spalten, bei ``error_column`` die Fehler."""
    import polars as pl

    chosen = [nfc(n) for n in norms] if norms else list(catalog.normen)
    for name in chosen:
        if name not in catalog.normen:
            raise CaseError(f"Die Norm »{name}« gibt es nicht." + (f" {h}" if (h := did_you_mean(
                name, catalog.normen)) else ""), field="--norm")
    converted, errors = convert(frame, catalog, stichtag, keep, error_column)
    out = [frame[c] for c in keep]
    exact_rows = patterns = 0
    counts: dict[str, dict[str, int]] = {}
    for name in chosen:
        if progress is not None:
            progress(name)
        result, rows, count = decide(converted, catalog, catalog.normen[name], stichtag, errors)
        exact_rows += rows
        patterns += count
        out += [result["ergebnis"].alias(name), result["fassung"].alias(name + FASSUNG_SUFFIX),
                result["fehlend"].alias(name + MISSING_SUFFIX)]
        counts[name] = {k: v for k, v in result["ergebnis"].value_counts().iter_rows() if k is not None}
    if error_column:
        out.append((errors if errors is not None else pl.Series([None] * frame.height, dtype=pl.String))
                   .alias(ERROR_COLUMN))
    return pl.DataFrame(out), Summary(frame.height, exact_rows, patterns, counts)


def compare_dates(frame: Any, catalog: Catalog, norms: Sequence[str] | None, stichtag: str | None, other: str,
                  keep: Sequence[str] = (), error_column: bool = False) -> tuple[Any, Summary]:
    """Jede Zeile an zwei Stichtagen: die Ergebnisse am ersten, dazu je Norm Ergebnis und Fassung am zweiten,
    und je Norm die Zahl der Fälle je Übergang („anspruch → nicht_erfuellt“) – was eine Rechtsänderung mit
    einem Bestand macht."""
    import polars as pl

    first, summary = check(frame, catalog, norms, stichtag, keep, error_column)
    second, later = check(frame, catalog, norms, other, keep, error_column)
    suffix = f" am {german_date(other)}"
    added = []
    transitions: dict[str, dict[tuple[str, str], int]] = {}
    for norm in summary.counts:
        added += [second[norm].alias(norm + suffix),
                  second[norm + FASSUNG_SUFFIX].alias(norm + FASSUNG_SUFFIX + suffix),
                  second[norm + MISSING_SUFFIX].alias(norm + MISSING_SUFFIX + suffix)]
        pairs = pl.DataFrame({"a": first[norm], "b": second[norm]}).filter(pl.col("a") != pl.col("b"))
        transitions[norm] = {(a, b): n for a, b, n in pairs.group_by("a", "b").len().sort("a", "b").iter_rows()}
    merged = Summary(summary.rows, summary.exact_rows + later.exact_rows, summary.patterns + later.patterns,
                     summary.counts, transitions)
    return first.hstack(added), merged


def summary_text(summary: Summary, stichtag: str | None, other: str | None = None) -> str:
    day = f"Stichtag {german_date(stichtag)}" if stichtag else "ohne Stichtag (neueste Fassung)"
    lines = [f"{summary.rows} Fälle geprüft, {day}; {summary.exact_rows} offene Zeilen exakt nachgeprüft "
             f"({summary.patterns} verschiedene Muster)."]
    for norm, counts in summary.counts.items():
        parts = ", ".join(f"{Outcome(k).grade_name}: {v}" for k, v in sorted(counts.items()))
        lines.append(f"  {norm}: {parts}")
    if summary.transitions is not None and other is not None:
        lines.append(f"Übergänge zum Stichtag {german_date(other)}:")
        for norm, found in summary.transitions.items():
            if not found:
                lines.append(f"  {norm}: keine Änderung")
            for (before, after), count in found.items():
                lines.append(f"  {norm}: {before} → {after}: {count:,} Fälle".replace(",", "."))
    return "\n".join(lines)


def run(source: Path, target: Path, catalog: Catalog, norms: Sequence[str] | None, stichtag: str | None,
        keep: Sequence[str], error_column: bool, other: str | None = None) -> Summary:
    table.kind_of(target)
    frame = table.read(source)
    keep = [k for k in keep if k in frame.columns]
    if other is not None:
        result, summary = compare_dates(frame, catalog, norms, stichtag, other, keep, error_column)
    else:
        result, summary = check(frame, catalog, norms, stichtag, keep, error_column)
    table.write(result, target)
    return summary
