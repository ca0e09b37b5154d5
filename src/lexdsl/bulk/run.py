"""Die Massenprüfung: Bestand lesen, Spalten wie die Falldatei prüfen, je Norm spaltenweise entscheiden,
was offen bleibt exakt nachprüfen (jedes Muster bekannter Angaben einmal), Ergebnisse schreiben.

Jede Zeile bekommt je Norm dasselbe wie ``lexdsl prüfen`` für diesen Fall: das Ergebnis, die angewandte
Fassung und bei „offen“ die fehlenden Merkmale.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import CaseError, did_you_mean, nfc
from ..runtime import Catalog
from ..runtime.facts import Facts
from ..runtime.norm import VersionedNorm
from ..runtime.program import FactValue
from ..vocabulary import MerkmalType, Outcome, german_date
from . import columnar, table
from .program import ColumnarProgram, TooLarge, compile_variant

ERROR_COLUMN = "Fehler"
MISSING_SUFFIX = ": fehlende Merkmale"
FASSUNG_SUFFIX = ": Fassung"


class Summary(NamedTuple):
    rows: int
    exact_rows: int
    patterns: int
    counts: dict[str, dict[str, int]]          # Norm → Ergebnis → Zahl der Zeilen
    transitions: dict[str, dict[tuple[str, str], int]] | None = None     # mit --vergleich: vorher → nachher


def stored_value(kind: MerkmalType, value: FactValue) -> Any:
    """Ein umgewandelter Wert in der Spalte: Dauern als Zahl (Monate, auch halbe)."""
    if kind is MerkmalType.DURATION:
        return float(Fraction(str(value)))
    return value


def runtime_value(kind: MerkmalType, value: Any) -> FactValue | None:
    """Ein Wert aus der Spalte, wie die Laufzeit ihn erwartet."""
    if value is None:
        return None
    if kind is MerkmalType.DURATION:
        number = Fraction(value).limit_denominator(2)
        return int(number) if number.denominator == 1 else number
    return value  # type: ignore[no-any-return]


def already_typed(kind: MerkmalType, series: Any) -> bool:
    """Hat die Spalte schon den Typ, den das Merkmal braucht, mit nur erlaubten Werten? Dann ist nichts
    umzuwandeln (etwa ja/nein als Wahrheitswerte oder eine Anzahl als ganze Zahl ab 0 in Parquet)."""
    import polars as pl

    if kind is MerkmalType.BOOL:
        return bool(series.dtype == pl.Boolean)
    if kind is MerkmalType.COUNT and series.dtype.is_integer():
        smallest = series.min()
        return smallest is None or smallest >= 0
    return False


def convert(frame: Any, catalog: Catalog, stichtag: str | None, keep: Sequence[str] = (),
            error_column: bool = False, first_row: int = 1, needed: set[str] | None = None) -> tuple[Any, Any]:
    """Die Merkmalsspalten geprüft und umgewandelt (leer = unbekannt), wie die Falldatei.

    Ergebnis: der umgewandelte Bestand und – mit ``error_column`` – je Zeile die Fehlermeldungen (sonst
    bricht der erste fehlerhafte Wert mit Zeile und Spalte ab). ``needed``: nur diese Merkmale umgewandelt
    zurückgeben (geprüft werden alle Spalten)."""
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
    native = {c for c, n in names.items() if already_typed(catalog.merkmale[n].type, frame[c])}
    textual = [c for c in names if c not in native]
    # Ein Durchgang über alle Spalten: die verschiedenen Werte je Spalte; umgewandelt wird jeder einmal.
    uniques = (frame.lazy().select([pl.col(c).cast(pl.String).drop_nulls().unique().implode() for c in textual])
               .collect() if textual else None)
    expressions: list[Any] = [pl.col(c).cast(columnar.polars_type(catalog.merkmale[names[c]].type)).alias(names[c])
                              for c in native if needed is None or names[c] in needed]
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
                    raise CaseError(f"Zeile {first_row + row}, Spalte »{column}«: {exc.message}", field=column,
                                    hint=exc.hint) from None
                failed[raw] = f"{column}: {exc.message}"
                value = None
            raws.append(raw)
            values.append(None if value is None else stored_value(info.type, value))
        text = pl.col(column).cast(pl.String)
        if needed is None or name in needed:
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

    if not raws:             # keine Zelle sagt etwas: überall null, so lang wie die Spalte (kein Literal, das
        # allein in einer Auswahl eine Zeile wäre)
        return pl.when(text.is_null()).then(pl.lit(None, dtype=dtype)).otherwise(pl.lit(None, dtype=dtype))
    if len(raws) > SHORT_MAP:
        return text.replace_strict(raws, values, default=None, return_dtype=dtype)
    chain: Any = pl.when(text == raws[0]).then(pl.lit(values[0], dtype=dtype))
    for raw, value in zip(raws[1:], values[1:], strict=True):
        chain = chain.when(text == raw).then(pl.lit(value, dtype=dtype))
    return chain.otherwise(pl.lit(None, dtype=dtype))


class Prepared(NamedTuple):
    """Eine Norm am Stichtag, bereit für den Bestand: die gewählte Fassung, die Merkmale aller Fassungen und
    das spaltenweise Programm (keins, wenn die Fassung unbelegt oder ihr Entscheidungsbaum zu groß ist; dann
    entscheidet die exakte Analyse jede Zeile)."""

    norm: VersionedNorm
    stichtag: str | None
    merkmale: list[str]
    program: ColumnarProgram | None


def prepare(norm: VersionedNorm, stichtag: str | None) -> Prepared:
    chosen = norm.select(stichtag)
    merkmale = list(dict.fromkeys(m for v in norm.variants for m in v.structure.leaves))
    program = None
    if chosen.variant is not None and chosen.undated is None:
        with contextlib.suppress(TooLarge):
            program = compile_variant(chosen.variant)
    return Prepared(norm, stichtag, merkmale, program)


def decide(frame: Any, catalog: Catalog, norm: VersionedNorm | Prepared, stichtag: str | None,
           invalid: Any | None = None, evaluated: Any | None = None,
           memo: dict[tuple[Any, ...], Answer] | None = None) -> tuple[Any, int, int]:
    """Je Zeile Ergebnis, Fassung und fehlende Merkmale einer Norm; dazu, wie viele Zeilen und Muster die exakte
    Analyse nachgeprüft hat. ``evaluated``: die schon berechneten Prüfpunkte und Codes (``columnar.evaluate``),
    etwa aus einem gemeinsamen Durchgang für alle Normen. ``memo``: Antworten der exakten Analyse je Muster aus
    früheren Schritten (wird ergänzt)."""
    import polars as pl

    prepared = norm if isinstance(norm, Prepared) else prepare(norm, stichtag)
    if frame.height == 0:              # ein leerer Bestand: nichts zu entscheiden, aber alle Spalten
        empty = pl.Series([], dtype=pl.Categorical)
        return pl.DataFrame({"ergebnis": pl.Series([], dtype=columnar.outcome_type()), "fassung": empty,
                             "fehlend": empty}), 0, 0
    chosen = prepared.norm.select(stichtag)
    merkmale, program = prepared.merkmale, prepared.program
    present = with_merkmale(frame, catalog, merkmale, frame.height)
    if evaluated is None and program is not None:
        evaluated = columnar.evaluate(present, program)
    outcome = columnar.outcome_type()
    codes = evaluated["code"] if evaluated is not None else pl.repeat(None, frame.height, dtype=outcome, eager=True)
    if invalid is not None:
        codes = pl.select(pl.when(invalid.is_not_null()).then(pl.lit(None, dtype=outcome))
                          .otherwise(codes)).to_series()
    fassung = chosen.variant.program.fassung.name if chosen.variant is not None and \
        chosen.variant.program.fassung else ""
    open_rows = codes.is_null() if invalid is None else codes.is_null() & invalid.is_null()
    # Ergebnis, Fassung und fehlende Merkmale wiederholen wenige Werte: kategorisch (wörterbuchkodiert) sind sie
    # schneller gebaut und geschrieben; gelesen sind es Zeichenketten.
    decided = not open_rows.any()
    kind = pl.Categorical if decided else pl.String
    result = pl.DataFrame({
        "ergebnis": codes if decided else codes.cast(pl.String),
        "fassung": pl.repeat(fassung, frame.height, dtype=kind, eager=True),
        "fehlend": pl.repeat("", frame.height, dtype=kind, eager=True)})
    if decided:
        return result, 0, 0
    keys = _pattern_keys(present, merkmale, evaluated, program).with_row_index("__zeile").filter(open_rows)
    key_columns = [c for c in keys.columns if c != "__zeile"]
    # Je Muster ein Vertreter: seine tatsächlichen Angaben gehen in die exakte Analyse.
    patterns = keys.unique(subset=key_columns, keep="first", maintain_order=True)
    # Je Muster ein Vertreter: seine tatsächlichen Angaben gehen in die exakte Analyse – außer ein früherer
    # Schritt kennt die Antwort auf dieses Muster schon (``memo``).
    memo = {} if memo is None else memo
    pattern_keys = list(patterns.drop("__zeile").iter_rows())
    todo = [i for i, key in enumerate(pattern_keys) if key not in memo]
    kinds = [catalog.merkmale[m].type for m in merkmale]
    cases = [{m: runtime_value(k, v) for m, k, v in zip(merkmale, kinds, row, strict=True) if v is not None}
             for row in present.select(merkmale)[patterns["__zeile"].gather(todo)].iter_rows()]
    fresh = dict(zip(todo, analyse_exactly(prepared.norm, merkmale, stichtag, cases), strict=True))
    answered = [fresh[i] if i in fresh else memo[key] for i, key in enumerate(pattern_keys)]
    for i, answer in fresh.items():
        if len(memo) >= MEMO_MAX:
            break
        memo[pattern_keys[i]] = answer
    patterns = patterns.drop("__zeile")
    answers = patterns.with_columns(*[pl.Series(column, [a[n] for a in answered], dtype=pl.String)
                                      for n, column in enumerate(("__e", "__f", "__m"))])
    joined = keys.join(answers, on=key_columns, how="left", nulls_equal=True).sort("__zeile")
    index = joined["__zeile"]
    result = result.with_row_index("__zeile").update(
        pl.DataFrame({"__zeile": index, "ergebnis": joined["__e"], "fassung": joined["__f"],
                      "fehlend": joined["__m"]}), on="__zeile").drop("__zeile")
    return (result.with_columns(pl.col("ergebnis").cast(outcome), pl.exclude("ergebnis").cast(pl.Categorical)),
            int(open_rows.sum()), patterns.height)


Answer = tuple[str, str, str]          # Ergebnis, Fassung, fehlende Merkmale („; “ getrennt)
MEMO_MAX = 200_000         # Antworten je Norm und Stichtag, die sich ein Lauf über die Schritte hinweg merkt
PARALLEL_MIN = 2_000       # ab so vielen Mustern rechnen mehrere Prozesse die exakte Analyse


def _answer(norm: VersionedNorm, merkmale: Sequence[str], stichtag: str | None,
            known: dict[str, FactValue | None]) -> Answer:
    """Die exakte Analyse eines Falls. Die Fakten umfassen nur die Merkmale der Norm (die anderen liest sie
    nicht; ein vollständiger Katalog von Fakten kostete je Fall ein Vielfaches)."""
    values: dict[str, FactValue | None] = dict.fromkeys(merkmale)
    values.update(known)
    outcome = norm.pruefen(Facts(values, None, stichtag), begruendung=False, stichtag=stichtag)
    fassung = outcome.compiled.program.fassung
    return outcome.outcome.value, fassung.name if fassung else "", "; ".join(outcome.missing)


_WORK: tuple[VersionedNorm, Sequence[str], str | None] | None = None     # in den Arbeitsprozessen geerbt (fork)


def _answer_chunk(cases: list[dict[str, FactValue | None]]) -> list[Answer]:
    assert _WORK is not None
    norm, merkmale, stichtag = _WORK
    return [_answer(norm, merkmale, stichtag, known) for known in cases]


def workers() -> int:
    """Prozesse für die exakte Analyse: ``LEXDSL_PROZESSE`` oder die Zahl der Kerne, die lexdsl nutzen darf."""
    import os

    text = os.environ.get("LEXDSL_PROZESSE", "")
    if text.isdigit() and int(text) > 0:
        return int(text)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def analyse_exactly(norm: VersionedNorm, merkmale: Sequence[str], stichtag: str | None,
                    cases: list[dict[str, FactValue | None]]) -> list[Answer]:
    """Die exakte Analyse (wie ``lexdsl prüfen``) für jeden Fall, in dieser Reihenfolge; ``merkmale``: alle, die
    die Norm in irgendeiner Fassung liest. Viele Fälle verteilt sie auf mehrere Prozesse (fork: Sie erben die
    geladenen Normen; dort läuft nur die Laufzeit, kein Polars)."""
    import multiprocessing

    global _WORK
    count = min(workers(), max(1, len(cases) // (PARALLEL_MIN // 2)))
    # Ein Arbeitsprozess eines Pools (daemon) darf keine eigenen Prozesse starten: dann der Reihe nach.
    if count < 2 or len(cases) < PARALLEL_MIN or multiprocessing.current_process().daemon:
        return [_answer(norm, merkmale, stichtag, known) for known in cases]

    size = -(-len(cases) // (count * 4))
    chunks = [cases[i:i + size] for i in range(0, len(cases), size)]
    _WORK = (norm, merkmale, stichtag)
    try:
        with multiprocessing.get_context("fork").Pool(count) as pool:
            return [answer for part in pool.map(_answer_chunk, chunks) for answer in part]
    finally:
        _WORK = None


def with_merkmale(frame: Any, catalog: Catalog, merkmale: Sequence[str], height: int) -> Any:
    """Der Bestand (``height`` Zeilen) mit einer Spalte je Merkmal; eine fehlende ist überall unbekannt (null) –
    auch wenn der Bestand gar keine Merkmalsspalte hat."""
    import polars as pl

    have = set(frame.columns)
    missing = [pl.repeat(None, height, dtype=columnar.polars_type(catalog.merkmale[m].type), eager=True).alias(m)
               for m in dict.fromkeys(merkmale) if m not in have]
    if not missing:
        return frame
    return frame.hstack(missing) if frame.width else pl.DataFrame(missing)


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


def chosen_norms(catalog: Catalog, norms: Sequence[str] | None) -> list[str]:
    """Die Normen nach ``--norm`` (NFC), sonst alle; eine unbekannte mit „Meinten Sie …?“."""
    chosen = [nfc(n) for n in norms] if norms else list(catalog.normen)
    for name in chosen:
        if name not in catalog.normen:
            raise CaseError(f"Die Norm »{name}« gibt es nicht." + (f" {h}" if (h := did_you_mean(
                name, catalog.normen)) else ""), field="--norm")
    return chosen


def check(frame: Any, catalog: Catalog, norms: Sequence[str] | None = None, stichtag: str | None = None,
          keep: Sequence[str] = (), error_column: bool = False,
          progress: Callable[[str], None] | None = None, first_row: int = 1,
          memo: dict[tuple[str, str | None], dict[tuple[Any, ...], Answer]] | None = None) -> tuple[Any, Summary]:
    """Der ganze Bestand: die Kennungsspalten, je Norm drei Spalten, bei ``error_column`` die Fehler.
    ``memo``: die Antworten der exakten Analyse je Norm und Stichtag über mehrere Schritte hinweg."""
    import polars as pl

    chosen = chosen_norms(catalog, norms)
    needed = {m for name in chosen for v in catalog.normen[name].variants for m in v.structure.leaves}
    converted, errors = convert(frame, catalog, stichtag, keep, error_column, first_row, needed)
    converted = with_merkmale(converted, catalog, sorted(needed), frame.height)
    prepared = [prepare(catalog.normen[name], stichtag) for name in chosen]
    # Alle Normen in einem Durchgang: Polars verteilt die Ausdrücke auf die Kerne.
    evaluated = columnar.evaluate_many(converted, [p.program for p in prepared])
    out = [frame[c] for c in keep]
    exact_rows = patterns = 0
    counts: dict[str, dict[str, int]] = {}
    for name, ready, points in zip(chosen, prepared, evaluated, strict=True):
        if progress is not None:
            progress(name)
        result, rows, count = decide(converted, catalog, ready, stichtag, errors, points,
                                     None if memo is None else memo.setdefault((name, stichtag), {}))
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
                  keep: Sequence[str] = (), error_column: bool = False, first_row: int = 1,
                  memo: dict[tuple[str, str | None], dict[tuple[Any, ...], Answer]] | None = None
                  ) -> tuple[Any, Summary]:
    """Jede Zeile an zwei Stichtagen: die Ergebnisse am ersten, dazu je Norm Ergebnis und Fassung am zweiten,
    und je Norm die Zahl der Fälle je Übergang („anspruch → nicht_erfuellt“) – was eine Rechtsänderung mit
    einem Bestand macht."""
    import polars as pl

    # Zweimal geprüft und umgewandelt: Ob ein Datum in der Zukunft liegt, hängt vom Stichtag ab.
    first, summary = check(frame, catalog, norms, stichtag, keep, error_column, first_row=first_row, memo=memo)
    second, later = check(frame, catalog, norms, other, keep, error_column, first_row=first_row, memo=memo)
    suffix = f" am {german_date(other)}"
    added = []
    transitions: dict[str, dict[tuple[str, str], int]] = {}
    for norm in summary.counts:
        added += [second[norm].alias(norm + suffix),
                  second[norm + FASSUNG_SUFFIX].alias(norm + FASSUNG_SUFFIX + suffix),
                  second[norm + MISSING_SUFFIX].alias(norm + MISSING_SUFFIX + suffix)]
        pairs = (pl.DataFrame({"a": first[norm].cast(pl.String), "b": second[norm].cast(pl.String)})
                 .filter(pl.col("a") != pl.col("b")))
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
            for (before, after), count in sorted(found.items()):
                lines.append(f"  {norm}: {before} → {after}: {count:,} Fälle".replace(",", "."))
    return "\n".join(lines)


# Zeilen je Schritt: Der Speicher wächst mit dem Schritt, nicht mit dem Bestand. Geschriebene Werte (Text)
# kosten beim Umwandeln ein Vielfaches von Wahrheitswerten; deshalb richtet sich der Schritt nach der Zahl der
# Textzellen (gemessen, 2 Kerne: 287 Textspalten × 70.000 Zeilen etwa 0,9 GB; typisierte Spalten mit
# 250.000 Zeilen etwa 0,4 GB und ein Drittel schneller als mit 100.000).
TEXT_CELLS = 20_000_000
BATCH_MIN, BATCH_MAX = 25_000, 250_000


def batch_rows(schema: Any) -> int:
    """Zeilen je Schritt für einen Bestand mit diesen Spalten (Name → Polars-Typ)."""
    import polars as pl

    textual = sum(1 for dtype in schema.values() if dtype in (pl.String, pl.Categorical))
    return max(BATCH_MIN, min(BATCH_MAX, TEXT_CELLS // max(textual, 1)))


def _merge(total: Summary | None, part: Summary) -> Summary:
    """Die Zählungen zweier Schritte zusammen."""
    if total is None:
        return part

    def added(a: dict[str, dict[Any, int]], b: dict[str, dict[Any, int]]) -> dict[str, dict[Any, int]]:
        return {n: dict(Counter(a.get(n, {})) + Counter(b.get(n, {}))) for n in {**a, **b}}

    transitions = None
    if total.transitions is not None and part.transitions is not None:
        transitions = added(total.transitions, part.transitions)
    return Summary(total.rows + part.rows, total.exact_rows + part.exact_rows, total.patterns + part.patterns,
                   added(total.counts, part.counts), transitions)


def _batches(source: Path, size: int | None) -> Iterator[tuple[int, Any]]:
    """Der Bestand in Schritten (Parquet gelesen, soweit gebraucht; die anderen Formate ganz). ``size``: Zeilen
    je Schritt, ohne Angabe nach ``batch_rows``."""
    import polars as pl

    if table.kind_of(source) == ".parquet" and source.is_file():
        try:
            total = pl.scan_parquet(source).select(pl.len()).collect().item()
            size = size or batch_rows(pl.scan_parquet(source).collect_schema())
        except (pl.exceptions.PolarsError, OSError):
            total = None
        if total is not None and size is not None:
            for start in range(0, max(total, 1), size):
                yield start, pl.scan_parquet(source).slice(start, size).collect()
            return
    yield 0, table.read(source)


def run(source: Path, target: Path, catalog: Catalog, norms: Sequence[str] | None, stichtag: str | None,
        keep: Sequence[str], error_column: bool, other: str | None = None, batch: int | None = None,
        show_progress: bool = False) -> Summary:
    """Liest, prüft und schreibt in Schritten: Jeder Schritt wird eine Teildatei (Parquet) in einem Ordner
    neben dem Ziel; am Ende fließen sie in das Ziel (in einem Strom, nicht alle zugleich im Speicher), und
    erst dann ersetzt es eine frühere Datei. Bei einem Fehler bleibt nichts Halbes liegen."""
    import shutil
    import tempfile

    import polars as pl

    suffix = table.kind_of(target)
    parts_dir = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent if target.parent.is_dir() else None))
    summary: Summary | None = None
    memo: dict[tuple[str, str | None], dict[tuple[Any, ...], Answer]] = {}
    try:
        with _progress(show_progress) as advance:
            for start, frame in _batches(source, batch):
                kept = [k for k in keep if k in frame.columns]
                if other is not None:
                    result, part = compare_dates(frame, catalog, norms, stichtag, other, kept, error_column,
                                                 first_row=start + 1, memo=memo)
                else:
                    result, part = check(frame, catalog, norms, stichtag, kept, error_column, first_row=start + 1,
                                         memo=memo)
                # Teildateien nur für diesen Lauf: Arrow IPC ohne Kompression schreibt und liest am schnellsten.
                result.write_ipc(parts_dir / f"teil-{start:012d}.arrow", compression="uncompressed")
                summary = _merge(summary, part)
                advance(frame.height)
        assert summary is not None
        combined = pl.scan_ipc(sorted(parts_dir.glob("teil-*.arrow")))
        if suffix == ".xlsx":                  # Excel schreibt nur am Stück (und hat ohnehin höchstens 1 Mio. Zeilen)
            table.write(combined.collect(), target)
            return summary
        partial = target.with_name(f".{target.name}.teil")
        try:
            if suffix == ".parquet":
                combined.sink_parquet(partial)
            elif suffix == ".csv":
                combined.sink_csv(partial)
            else:
                combined.sink_ndjson(partial)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise CaseError(f"Die Ergebnisse lassen sich nicht schreiben: {exc.strerror or exc}",
                            file=str(target)) from None
    finally:
        shutil.rmtree(parts_dir, ignore_errors=True)
    return summary


@contextlib.contextmanager
def _progress(show: bool) -> Iterator[Callable[[int], None]]:
    """Ein Fortschrittsbalken auf der Fehlerausgabe (rich), wenn dort ein Terminal ist; sonst nichts."""
    if not show:
        yield lambda rows: None
        return
    try:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    except ImportError:
        yield lambda rows: None
        return
    with Progress(TextColumn("Massenprüfung"), BarColumn(), TextColumn("{task.completed:,} Fälle"),
                  TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("prüfen", total=None)
        yield lambda rows: bar.advance(task, rows)
