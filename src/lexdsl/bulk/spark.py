"""Die Massenprüfung auf Apache Spark (``lexdsl massenpruefung --engine spark``): dasselbe spaltenweise Programm
wie mit Polars (``program``), Parquet zu Parquet.

* Die Ausdrücke gehen als Spark-SQL-Text über die DataFrame-API (``selectExpr``) an Spark: ein Py4J-Aufruf je
  Spalte statt einer je Operator (mit ``Column``-Objekten kostete allein das Zusammensetzen des Programms aller
  Normen Sekunden). ``AND``/``OR``/``NOT`` rechnen in Spark SQL dreiwertig wie Kleene, null ist unbekannt;
  verzweigt der Entscheidungsbaum an einem unbekannten Prüfpunkt, bleibt das Ergebnis null.
* Eingabe wie die Falldatei und wie ``run.convert``: Spark sammelt je Spalte die verschiedenen geschriebenen
  Werte, der Treiber wandelt jeden einmal mit ``convert_value``/``check_past`` um, Spark ersetzt sie über eine
  Nachschlagetabelle. Ein fehlerhafter Wert bricht mit Zeile und Spalte ab (die Zeile aus der Parquet-Datei
  selbst, ``_metadata.row_index``), mit ``--fehler-spalte`` steht die Meldung in der Spalte »Fehler«.
* Offene Zeilen: ihr Musterschlüssel (wie ``run._pattern_keys``) als Text; je Norm und Schlüssel holt der
  Treiber einen Vertreter (die erste Zeile des Musters), prüft ihn exakt und gibt die Antworten über einen
  Broadcast-Join zurück. Die Executors rechnen nur Spark-Ausdrücke, ohne Python.
* Ausgabe: dieselben Spalten wie mit Polars, in der Reihenfolge der Eingabe. Ein gewöhnlicher Pfad wird eine
  Parquet-Datei (wie mit Polars), ein Ziel mit Schema (``hdfs://…``, ``s3a://…``) ein Verzeichnis von Teilen,
  wie Spark es schreibt.

PySpark wird nur hier und erst beim Aufruf importiert: ``lexdsl prüfen`` bezahlt nie dafür.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import CaseError, did_you_mean, nfc
from ..runtime import Catalog
from ..runtime.norm import VersionedNorm
from ..runtime.program import FactValue
from ..vocabulary import RANK_OUTCOMES, MerkmalType, Outcome, german_date
from .columnar import literal, used_points
from .program import All, Any_, Branch, Column, Compare, Const, Expr, Leaf, Not, TooLarge, Tree, compile_variant
from .run import (
    ERROR_COLUMN,
    FASSUNG_SUFFIX,
    MISSING_SUFFIX,
    Summary,
    analyse_exactly,
    chosen_norms,
    runtime_value,
    stored_value,
)

DEFAULT_MASTER = "local[2]"
LOCAL_MEMORY = "4g"
INSTALL_HINT = "pip install 'lexdsl[spark]'; dazu Java 17: apt-get install openjdk-17-jre-headless"
JAVA_HINT = "apt-get install openjdk-17-jre-headless (oder JAVA_HOME auf ein Java ab Version 17 setzen)"

#: Der Spaltentyp je Merkmalstyp, wie in ``columnar.DTYPES`` (Dauern in Monaten, Daten als ISO-Text).
SPARK_TYPES = {MerkmalType.BOOL: "boolean", MerkmalType.COUNT: "bigint", MerkmalType.DURATION: "double",
               MerkmalType.DATE: "string", MerkmalType.CHOICE: "string"}

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_ORDER = ("__nr",)


# ------------------------------------------------------------------ Spark starten

class SparkUnavailable(Exception):
    """Spark kann hier nicht laufen (PySpark oder Java fehlt, oder die JVM startet nicht): kein Fehler im Fall,
    sondern in der Einrichtung; ``message`` und ``hint`` sind deutsch."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.message = message
        self.hint = hint


def _java_found() -> bool:
    home = os.environ.get("JAVA_HOME")
    if home and Path(home, "bin", "java").is_file():
        return True
    return shutil.which("java") is not None


def session(master: str | None = None) -> Any:
    """Eine SparkSession: ``master`` oder – unter ``spark-submit`` – dessen ``--master``, sonst ``local[2]``.

    Fehlen PySpark oder Java, oder startet Spark nicht: ``SparkUnavailable`` mit dem Hinweis zur Installation."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkUnavailable("Für --engine spark fehlt das Paket PySpark.", INSTALL_HINT) from None
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ          # spark-submit hat Spark schon gestartet
    if not submitted and not _java_found():
        raise SparkUnavailable("Für --engine spark fehlt Java (Spark braucht Java 17 oder neuer).", JAVA_HINT)
    builder = SparkSession.builder.appName("lexdsl massenpruefung").config("spark.ui.showConsoleProgress", "false")
    if master or not submitted:
        builder = builder.master(master or DEFAULT_MASTER)
        if (master or DEFAULT_MASTER).startswith("local"):        # auf diesem Rechner: nur an 127.0.0.1
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # gilt für die JVM, die PySpark gleich startet
            builder = (builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                       # lokal ist der Treiber auch der Executor: Sparks 1 GB reicht für breite Bestände nicht
                       .config("spark.driver.memory", LOCAL_MEMORY))
    try:
        spark = builder.getOrCreate()
    except Exception as exc:
        raise SparkUnavailable(f"Spark lässt sich nicht starten: {_first_line(exc)}", JAVA_HINT) from None
    # Fehler meldet lexdsl selbst, deutsch; Sparks Protokoll (mit Java-Stapeln) nur mit LEXDSL_DEBUG.
    spark.sparkContext.setLogLevel("WARN" if os.environ.get("LEXDSL_DEBUG") else "OFF")
    return spark


def _first_line(exc: BaseException) -> str:
    """Die erste Zeile einer Meldung von Spark; bei einem Java-Fehler die der Java-Ausnahme."""
    java = getattr(exc, "java_exception", None)
    text = str(java.getMessage() if java is not None else exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


# ------------------------------------------------------------------ Dateien

def is_uri(path: str) -> bool:
    return bool(_URI.match(path))


def _local_uri(path: Path) -> str:
    """Eine Datei dieses Rechners für Spark: ``file://`` und der Pfad, wie er ist (``Path.as_uri`` kodiert
    Umlaute und Leerzeichen mit %, und Hadoop liest das wörtlich)."""
    return "file://" + str(path.absolute())


def require_parquet(path: str, what: str) -> None:
    """Mit Spark nur Parquet: sonst ein ``CaseError``, der die Einschränkung nennt."""
    if path.rstrip("/").lower().endswith(".parquet"):
        return
    suffix = Path(path.rstrip("/")).suffix.lower()
    named = f" ({suffix})" if suffix else ""
    raise CaseError(f"Mit --engine spark liest und schreibt lexdsl nur Parquet; {what} »{path}«{named} ist keine "
                    "Parquet-Datei.", file=path,
                    hint="Geben Sie eine Datei oder ein Verzeichnis mit der Endung .parquet an, oder rechnen Sie "
                    "mit --engine polars (Standard; CSV, Parquet, JSON Lines, Excel).")


class _Source:
    """Der gelesene Bestand: Spalten ``__in0…`` (die Namen der Datei in ``columns``) und ``__nr`` (steigt mit
    der Reihenfolge der Zeilen; billiger als ``_metadata.row_index``, das Spark das Lesen verdoppelt)."""

    def __init__(self, spark: Any, location: str, frame: Any, columns: list[str], files: int):
        self.spark = spark
        self.location = location
        self.frame = frame
        self.columns = columns
        self.files = files

    def first_row(self, index: int, raws: list[str]) -> tuple[str, str]:
        """Für einen fehlerhaften Wert: der erste von ``raws`` in Spalte ``index`` und wo er steht
        (»Zeile 7«, bei mehreren Dateien mit dem Namen der Datei) – gelesen mit der Zeilennummer der Datei."""
        from pyspark.sql import functions as F

        raw = self.spark.read.parquet(self.location)
        text = raw[raw.columns[index]].cast("string")
        found = (raw.select(text.alias("raw"), F.col("_metadata.file_path").alias("file"),
                            F.col("_metadata.row_index").alias("row"))
                 .filter(F.col("raw").isin(raws)).orderBy("file", "row").first())
        where = f"Zeile {found['row'] + 1}"
        if self.files > 1:
            where += f" in »{found['file'].rsplit('/', 1)[-1]}«"
        return found["raw"], where


def _read(spark: Any, source: str) -> _Source:
    """Liest den Bestand; ein Pfad ohne Schema ist eine Datei (oder ein Verzeichnis) auf diesem Rechner."""
    from pyspark.sql import functions as F

    location = source
    if not is_uri(source):
        if not Path(source).exists():
            raise CaseError("Die Datei gibt es nicht.", file=source)
        location = _local_uri(Path(source))
    try:
        frame = spark.read.parquet(location)
        columns = list(frame.columns)
        frame = frame.toDF(*[f"__in{i}" for i in range(len(columns))])
        frame = frame.select("*", F.monotonically_increasing_id().alias(_ORDER[0]))
        files = len(frame.inputFiles())
    except Exception as exc:
        raise CaseError(f"Die Datei lässt sich nicht als Parquet lesen: {_first_line(exc)}", file=source) from None
    return _Source(spark, location, frame, columns, files)


# ------------------------------------------------------------------ Eingabe umwandeln (wie run.convert)

def _merkmal_names(columns: Sequence[str], catalog: Catalog, keep: Sequence[str]) -> dict[int, str]:
    """Spaltennummer → Merkmal; eine unbekannte Spalte bricht ab, mit derselben Meldung wie ``run.convert``."""
    names: dict[int, str] = {}
    for index, column in enumerate(columns):
        if column in keep:
            continue
        name = nfc(column)
        if name not in catalog.merkmale:
            raise CaseError(f"Unbekannte Spalte »{column}«: Sie ist kein Merkmal."
                            + (f" {hint}" if (hint := did_you_mean(name, catalog.merkmale)) else ""),
                            field=column, hint="Jede Spalte heißt wie ein Merkmal (lexdsl merkmale); "
                            "eine Spalte zur Kennzeichnung der Fälle nennt --kennung.")
        names[index] = name
    return names


def sql_literal(value: Any, dtype: str | None = None) -> str:
    """Ein Wert als Spark-SQL-Literal (mit ``dtype`` ausdrücklich von diesem Typ)."""
    if value is None:
        text = "NULL"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, int):
        text = f"{value}L"
    elif isinstance(value, float):
        text = f"CAST('{value!r}' AS DOUBLE)"
    else:
        escaped = str(value).replace("\\", "\\\\").replace("'", "\\'")
        text = f"'{escaped}'"
    return f"CAST({text} AS {dtype.upper()})" if dtype is not None and not isinstance(value, str) else text


def _lookup(text: str, raws: list[str], values: list[Any], dtype: str) -> str:
    """Jeder geschriebene Wert durch seinen umgewandelten ersetzt; alles andere wird null."""
    if not raws:
        return sql_literal(None, dtype)
    pairs = ", ".join(f"{sql_literal(raw)}, {sql_literal(value, dtype)}"
                      for raw, value in zip(raws, values, strict=True))
    return f"element_at(map({pairs}), {text})"


class _Converted:
    """Die umgewandelten Merkmalsspalten zu einem Stichtag: Merkmal → SQL-Ausdruck, dazu die Fehler je Zeile."""

    def __init__(self, columns: dict[str, str], errors: str | None):
        self.columns = columns
        self.errors = errors


def _convert(source: _Source, names: dict[int, str], uniques: dict[int, list[str]], catalog: Catalog,
             stichtag: str | None, error_column: bool) -> _Converted:
    from ..cases.values import check_past, convert_value

    converted: dict[str, str] = {}
    problems: list[str] = []
    failure: CaseError
    for index, name in names.items():
        column = source.columns[index]
        info = catalog.merkmale[name]
        if index not in uniques:                     # schon vom Typ des Merkmals: nichts umzuwandeln
            converted[name] = f"CAST(__in{index} AS {SPARK_TYPES[info.type].upper()})"
            continue
        raws, values, failed, messages = [], [], {}, {}
        for raw in uniques[index]:
            try:
                value = convert_value(name, info, raw)
                if value is not None:
                    check_past({name: value}, catalog.merkmale, stichtag)
            except CaseError as exc:
                failed[raw] = f"{column}: {exc.message}"
                messages[raw] = exc
                value = None
            raws.append(raw)
            values.append(None if value is None else stored_value(info.type, value))
        text = f"CAST(__in{index} AS STRING)"
        if failed and not error_column:
            raw, where = source.first_row(index, list(failed))
            failure = messages[raw]
            raise CaseError(f"{where}, Spalte »{column}«: {failure.message}", field=column, hint=failure.hint)
        converted[name] = _lookup(text, raws, values, SPARK_TYPES[info.type])
        if failed:
            problems.append(_lookup(text, list(failed), list(failed.values()), "string"))
    errors = None
    if problems:
        joined = f"concat_ws('; ', {', '.join(problems)})"
        errors = f"nullif({joined}, '')"
    return _Converted(converted, errors)


def _uniques(frame: Any, columns: list[str], names: dict[int, str], catalog: Catalog) -> dict[int, list[str]]:
    """Je umzuwandelnder Spalte die verschiedenen geschriebenen Werte (ein Durchgang über alle Spalten).

    Nicht umzuwandeln sind, wie in ``run.already_typed``, Spalten, die schon den Typ des Merkmals haben: ja/nein als
    Wahrheitswerte, eine Anzahl als ganze Zahl ab 0."""
    from pyspark.sql.types import BooleanType, ByteType, IntegerType, LongType, ShortType

    types = {i: field.dataType for i, field in enumerate(frame.schema.fields[:len(columns)])}
    native = {i for i, name in names.items()
              if catalog.merkmale[name].type is MerkmalType.BOOL and isinstance(types[i], BooleanType)}
    counts = [i for i, name in names.items() if catalog.merkmale[name].type is MerkmalType.COUNT
              and isinstance(types[i], (ByteType, ShortType, IntegerType, LongType))]
    textual = [i for i in names if i not in native]
    if not textual:
        return {}
    row = frame.selectExpr(*[f"collect_set(CAST(__in{i} AS STRING)) AS __u{i}" for i in textual],
                           *[f"min(__in{i}) AS __min{i}" for i in counts]).first()
    native |= {i for i in counts if row[f"__min{i}"] is None or row[f"__min{i}"] >= 0}
    return {i: sorted(row[f"__u{i}"]) for i in textual if i not in native}


# ------------------------------------------------------------------ das spaltenweise Programm

def to_sql(expr: Expr, column: Callable[[str], str], memo: dict[int, str] | None = None) -> str:
    """Ein Ausdruck des Programms in Spark SQL (null = unbekannt; AND, OR, NOT dreiwertig wie Kleene)."""
    from ..vocabulary import Operator

    memo = {} if memo is None else memo
    key = id(expr)
    if key in memo:
        return memo[key]
    result: str
    if isinstance(expr, Column):
        result = column(expr.merkmal)
    elif isinstance(expr, Compare):
        target = column(expr.merkmal)
        op = expr.op
        if op in (Operator.IN, Operator.NOT_IN):
            assert isinstance(expr.value, tuple)
            if expr.value:
                inside = f"({target} IN ({', '.join(sql_literal(literal(v)) for v in expr.value)}))"
            else:                                       # wie Polars: null bleibt null, sonst nicht enthalten
                inside = f"(CASE WHEN {target} IS NULL THEN CAST(NULL AS BOOLEAN) ELSE false END)"
            result = inside if op is Operator.IN else f"(NOT {inside})"
        else:
            symbol = {Operator.GE: ">=", Operator.GT: ">", Operator.LE: "<=", Operator.LT: "<", Operator.EQ: "="}[op]
            result = f"({target} {symbol} {sql_literal(literal(expr.value))})"
    elif isinstance(expr, Not):
        result = f"(NOT {to_sql(expr.operand, column, memo)})"
    elif isinstance(expr, All):
        result = "(" + " AND ".join(to_sql(p, column, memo) for p in expr.parts) + ")"
    elif isinstance(expr, Any_):
        result = "(" + " OR ".join(to_sql(p, column, memo) for p in expr.parts) + ")"
    else:
        assert isinstance(expr, Const)
        result = sql_literal(expr.value)
    memo[key] = result
    return result


def tree_to_sql(tree: Tree, point: Callable[[int], str]) -> str:
    """Der Entscheidungsbaum: ein unbekannter Prüfpunkt auf dem Weg gibt null."""
    if isinstance(tree, Leaf):
        return f"CAST({tree.code} AS TINYINT)"
    assert isinstance(tree, Branch)
    column = point(tree.point)
    return (f"CASE WHEN {column} IS NULL THEN CAST(NULL AS TINYINT) WHEN {column} THEN "
            f"{tree_to_sql(tree.yes, point)} ELSE {tree_to_sql(tree.no, point)} END")


class _Plan:
    """Eine Norm an einem Stichtag: die Spalten, die Spark rechnet (Kürzel ``tag``), und was der Treiber
    dazu weiß."""

    def __init__(self, tag: str, name: str, norm: VersionedNorm, stichtag: str | None, merkmale: list[str],
                 fassung: str):
        self.tag = tag
        self.name = name
        self.norm = norm
        self.stichtag = stichtag
        self.merkmale = merkmale
        self.fassung = fassung
        self.points: dict[str, str] = {}       # Spalte → Ausdruck über den Merkmalsspalten
        self.code = ""                         # über den Prüfpunkten: Ergebnis-Code, null = offen
        self.key = ""                          # über dem Code: Musterschlüssel offener Zeilen (Text), sonst null
        self.representative = ""               # über dem Code: die Angaben offener Zeilen (Text), sonst null


def _struct(parts: list[tuple[str, str]]) -> str:
    if not parts:
        return "'{}'"
    return "to_json(named_struct(" + ", ".join(f"'{name}', {expr}" for name, expr in parts) + "))"


def _plan(tag: str, name: str, norm: VersionedNorm, stichtag: str | None, column: Callable[[str], str],
          errors: str | None) -> _Plan:
    from .program import merkmale_of

    chosen = norm.select(stichtag)
    merkmale = list(dict.fromkeys(m for v in norm.variants for m in v.structure.leaves))
    fassung = chosen.variant.program.fassung.name if chosen.variant is not None and \
        chosen.variant.program.fassung else ""
    plan = _Plan(tag, name, norm, stichtag, merkmale, fassung)
    program = None
    if chosen.variant is not None and chosen.undated is None:
        try:
            program = compile_variant(chosen.variant)
        except TooLarge:
            program = None

    def point(p: int) -> str:
        return f"{tag}p{p}"

    if program is not None:
        memo: dict[int, str] = {}
        points = used_points(program.tree)
        plan.points = {point(p): to_sql(program.points[p], column, memo) for p in points}
        code = tree_to_sql(program.tree, point)
        under: dict[str, list[int]] = {}
        for p in points:
            for m in merkmale_of(program.points[p]):
                under.setdefault(m, []).append(p)
        # Der Schlüssel wie run._pattern_keys: die Prüfpunkte, dazu die Merkmale unter offenen Prüfpunkten.
        parts = [(f"p{p}", point(p)) for p in points]
        parts += [(f"m{i}", f"CASE WHEN {' OR '.join(f'{point(p)} IS NULL' for p in under[m])} THEN {column(m)} END")
                  for i, m in enumerate(merkmale) if m in under]
    else:
        code = "CAST(NULL AS TINYINT)"
        parts = [(f"m{i}", column(m)) for i, m in enumerate(merkmale)]
    is_open = f"{tag}code IS NULL"
    if errors is not None:
        code = f"CASE WHEN {errors} IS NOT NULL THEN CAST(NULL AS TINYINT) ELSE {code} END"
        is_open += f" AND {errors} IS NULL"
    plan.code = code
    plan.key = f"CASE WHEN {is_open} THEN {_struct(parts)} END"
    plan.representative = (f"CASE WHEN {is_open} THEN "
                           f"{_struct([(f'm{i}', column(m)) for i, m in enumerate(merkmale)])} END")
    return plan


def _known(plan: _Plan, catalog: Catalog, representative: str) -> dict[str, FactValue | None]:
    """Die Angaben des Vertreters eines Musters, wie die Laufzeit sie erwartet."""
    data = json.loads(representative)
    return {m: runtime_value(catalog.merkmale[m].type, data[f"m{i}"]) for i, m in enumerate(plan.merkmale)
            if data.get(f"m{i}") is not None}


# ------------------------------------------------------------------ der ganze Lauf

class _Output:
    """Je Stichtag je Norm die Namen der Ergebnisspalten im fertigen Bestand."""

    def __init__(self, frame: Any, plans: list[_Plan], exact_rows: int, patterns: int, errors: str | None,
                 cached: Any):
        self.frame = frame
        self.cached = cached
        self.plans = plans
        self.exact_rows = exact_rows
        self.patterns = patterns
        self.errors = errors


ANSWER_CHUNK = 20_000      # Antworten je Stück Text (der Plan eines Stücks trägt es einmal)


def _answer_table(spark: Any, answers: list[tuple[Any, ...]]) -> Any:
    """Die Antworten der exakten Analyse (Norm, Schlüssel, Ergebnis, Fassung, fehlend) als kleine Tabelle, die
    die JVM selbst aus Text liest: ``createDataFrame`` aus einer Python-Liste bräuchte Python-Prozesse auf den
    Executors, so brauchen sie keine. Jedes Stück wird einmal ausgerechnet (``localCheckpoint``) und ohne den
    Text im Plan weitergegeben – sonst trüge ihn jeder Join mit."""
    from pyspark.sql import functions as F

    pieces = []
    for start in range(0, len(answers), ANSWER_CHUNK):
        lines = "\n".join(json.dumps({"n": n, "k": k, "e": e, "f": f, "m": m}, ensure_ascii=False)
                          for n, k, e, f, m in answers[start:start + ANSWER_CHUNK])
        piece = (spark.range(1).select(F.explode(F.split(F.lit(lines), "\n")).alias("line"))
                 .selectExpr("from_json(line, 'n INT, k STRING, e STRING, f STRING, m STRING') AS a").select("a.*"))
        pieces.append(piece.localCheckpoint(eager=True))
    table = pieces[0]
    for piece in pieces[1:]:
        table = table.union(piece)
    return table


def _evaluate(source: _Source, keep: list[str], catalog: Catalog, chosen: list[str], dates: list[str | None],
              error_column: bool) -> _Output:
    """Alle Ergebnisspalten, intern benannt. Die Ausdrücke gehen als Spark-SQL-Text an Spark: je Spalte ein
    Aufruf über Py4J statt einem je Operator (das Programm aller Normen hat Zehntausende)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    spark, frame, columns = source.spark, source.frame, source.columns
    names = _merkmal_names(columns, catalog, keep)
    uniques = _uniques(frame, columns, names, catalog)
    index_of = {m: i for i, m in enumerate(catalog.merkmale)}
    needed = list(dict.fromkeys(m for name in chosen for v in catalog.normen[name].variants
                                for m in v.structure.leaves))
    # Erste Stufe: die Merkmalsspalten je Stichtag umgewandelt (check_past hängt vom Stichtag ab).
    first = [*_ORDER, *[f"__in{columns.index(k)} AS __k{j}" for j, k in enumerate(keep)]]
    plans: list[_Plan] = []
    errors: list[str | None] = []
    for d, stichtag in enumerate(dates):
        converted = _convert(source, names, uniques, catalog, stichtag, error_column)
        for m in needed:
            expr = converted.columns.get(m, sql_literal(None, SPARK_TYPES[catalog.merkmale[m].type]))
            first.append(f"{expr} AS __d{d}m{index_of[m]}")
        error = None
        if converted.errors is not None:
            error = f"__d{d}err"
            first.append(f"{converted.errors} AS {error}")
        errors.append(error)

        def column(m: str, d: int = d) -> str:
            return f"__d{d}m{index_of[m]}"

        for n, name in enumerate(chosen):
            plans.append(_plan(f"__d{d}n{n}", name, catalog.normen[name], stichtag, column, error))
    # Zweite Stufe: die Prüfpunkte; dritte: der Ergebnis-Code; vierte: Schlüssel und Vertreter offener Zeilen.
    carried = [*_ORDER, *[f"__k{j}" for j in range(len(keep))], *[e for e in errors if e is not None]]
    second = frame.selectExpr(*first).selectExpr("*", *[f"{expr} AS {c}" for plan in plans
                                                        for c, expr in plan.points.items()])
    third = second.selectExpr("*", *[f"{plan.code} AS {plan.tag}code" for plan in plans])
    fourth = third.selectExpr(*carried, *[f"{plan.tag}code" for plan in plans],
                              *[f"{plan.key} AS {plan.tag}key" for plan in plans],
                              *[f"{plan.representative} AS {plan.tag}rep" for plan in plans])
    # Der teure Teil (Bestand lesen, umwandeln, entscheiden) läuft einmal: Die Suche nach Mustern füllt den
    # Zwischenspeicher, die Ergebnisse lesen daraus.
    fourth = fourth.persist(StorageLevel.MEMORY_AND_DISK)
    # Je Norm und Muster offener Zeilen ein Vertreter (die erste Zeile), in einem Durchgang für alle Normen.
    entries = ", ".join(f"named_struct('n', {i}, 'k', {plan.tag}key, 'r', {plan.tag}rep)"
                        for i, plan in enumerate(plans))
    open_entries = fourth.selectExpr(f"explode(filter(array({entries}), e -> e.k IS NOT NULL)) AS e",
                                     f"{_ORDER[0]} AS o")
    groups = (open_entries.groupBy(F.col("e.n").alias("n"), F.col("e.k").alias("k"))
              .agg(F.expr("min_by(e.r, o)").alias("r"), F.expr("count(1)").alias("z")).collect())
    # Die exakte Analyse je Norm wie in der eingebetteten Massenprüfung (viele Muster: auf mehreren Prozessen).
    answers: list[tuple[Any, ...]] = []
    for n, plan in enumerate(plans):
        mine = [g for g in groups if g["n"] == n]
        exact = analyse_exactly(plan.norm, plan.merkmale, plan.stichtag,
                                [_known(plan, catalog, g["r"]) for g in mine])
        answers += [(n, g["k"], *answer) for g, answer in zip(mine, exact, strict=True)]
    exact_rows = sum(g["z"] for g in groups)
    outcome_names = "map(" + ", ".join(f"CAST({code} AS TINYINT), {sql_literal(outcome.value)}"
                                        for code, outcome in RANK_OUTCOMES.items()) + ")"
    table = _answer_table(spark, answers) if answers else None
    with_answers = {n for n, *_rest in answers}
    result = fourth
    finished = list(carried)
    for i, plan in enumerate(plans):
        tag = plan.tag
        code_name = f"element_at({outcome_names}, {tag}code)"
        if table is not None and i in with_answers:
            part = table.filter(F.col("n") == i).selectExpr(f"k AS {tag}ak", f"e AS {tag}ae", f"f AS {tag}af",
                                                            f"m AS {tag}am")
            result = result.join(F.broadcast(part), F.col(f"{tag}key") == F.col(f"{tag}ak"), "left")
            found = f"{tag}ak IS NOT NULL"
            finished += [f"CASE WHEN {found} THEN {tag}ae ELSE {code_name} END AS {tag}e",
                         f"CASE WHEN {found} THEN {tag}af ELSE {sql_literal(plan.fassung)} END AS {tag}f",
                         f"CASE WHEN {found} THEN {tag}am ELSE '' END AS {tag}m"]
        else:
            finished += [f"{code_name} AS {tag}e", f"{sql_literal(plan.fassung)} AS {tag}f", f"'' AS {tag}m"]
    return _Output(result.selectExpr(*finished), plans, exact_rows, len(groups), errors[0], fourth)


def _final_columns(output: _Output, keep: list[str], dates: list[str | None], error_column: bool) -> list[Any]:
    """Die Spalten wie ``run.check`` (und bei ``--vergleich`` wie ``run.compare_dates``), mit ihren Namen."""
    from pyspark.sql import functions as F

    selected = [F.col(f"__k{j}").alias(k) for j, k in enumerate(keep)]
    by_date: dict[int, list[_Plan]] = {}
    for plan in output.plans:
        by_date.setdefault(int(plan.tag[3:plan.tag.index("n")]), []).append(plan)
    for plan in by_date[0]:
        selected += [F.col(f"{plan.tag}e").alias(plan.name), F.col(f"{plan.tag}f").alias(plan.name + FASSUNG_SUFFIX),
                     F.col(f"{plan.tag}m").alias(plan.name + MISSING_SUFFIX)]
    if error_column:
        selected.append((F.col(output.errors) if output.errors is not None else F.lit(None).cast("string"))
                        .alias(ERROR_COLUMN))
    if len(dates) > 1:
        suffix = f" am {german_date(str(dates[1]))}"
        for plan in by_date[1]:
            selected += [F.col(f"{plan.tag}e").alias(plan.name + suffix),
                         F.col(f"{plan.tag}f").alias(plan.name + FASSUNG_SUFFIX + suffix),
                         F.col(f"{plan.tag}m").alias(plan.name + MISSING_SUFFIX + suffix)]
    return selected


def _write(frame: Any, columns: list[Any], target: str) -> str:
    """Schreibt die Ergebnisse in der Reihenfolge des Bestands. Ein Ziel mit Schema (``hdfs://…``) wird ein
    Verzeichnis von Teilen (Spark sortiert verteilt); ein gewöhnlicher Pfad eine Datei, vollständig oder gar
    nicht: Spark schreibt die Teile unsortiert daneben, Polars fügt sie sortiert zu einer Datei zusammen (auf
    einem Rechner viel schneller als Sparks Sortieren). Ergebnis: wo Spark die Ergebnisse wieder liest."""
    from pyspark.sql import functions as F

    if is_uri(target):
        try:
            frame.orderBy(*_ORDER).select(*columns).write.mode("overwrite").parquet(target)
        except Exception as exc:
            raise CaseError(f"Die Ergebnisse lassen sich nicht schreiben: {_first_line(exc)}", file=target) from None
        return target
    try:
        import polars as pl
    except ImportError:
        raise CaseError("Für eine Ergebnisdatei auf diesem Rechner fehlt das Paket Polars.", file=target,
                        hint="pip install 'lexdsl[masse]'") from None
    path = Path(target).absolute()
    parts = path.with_name(f".{path.name}.spark")
    partial = path.with_name(f".{path.name}.teil")
    try:
        try:
            frame.select(*[F.col(c) for c in _ORDER], *columns).write.mode("overwrite").parquet(_local_uri(parts))
        except Exception as exc:
            raise CaseError(f"Die Ergebnisse lassen sich nicht schreiben: {_first_line(exc)}", file=target) from None
        written = sorted(parts.glob("part-*.parquet"))
        if not written:
            raise CaseError("Spark hat die Ergebnisse nicht auf diesem Rechner geschrieben.", file=target,
                            hint="Auf einem Cluster ein gemeinsames Ziel angeben, etwa hdfs://…/ergebnisse.parquet "
                            "(dann ein Verzeichnis von Teilen).")
        merged = pl.scan_parquet(written).sort(*_ORDER, maintain_order=True).drop(*_ORDER)
        merged.sink_parquet(partial)
        partial.replace(path)
    except OSError as exc:
        raise CaseError(f"Die Ergebnisse lassen sich nicht schreiben: {exc.strerror or exc}", file=target) from None
    finally:
        shutil.rmtree(parts, ignore_errors=True)
        partial.unlink(missing_ok=True)
    return _local_uri(path)


def _summarize(spark: Any, written: str, output: _Output, chosen: list[str], keep: list[str],
               dates: list[str | None]) -> Summary:
    """Die Zusammenfassung aus den geschriebenen Ergebnissen: Zeilen, Ergebnisse je Norm, bei ``--vergleich``
    die Übergänge."""
    from pyspark.sql import functions as F

    frame = spark.read.parquet(written)
    frame = frame.toDF(*[f"__o{i}" for i in range(len(frame.columns))])
    first = {name: f"__o{len(keep) + 3 * n}" for n, name in enumerate(chosen)}
    outcomes = [o.value for o in Outcome]
    aggregates = [F.count(F.lit(1)).alias("rows")]
    aggregates += [F.count(F.when(F.col(column) == o, True)).alias(f"{n}|{o}")
                   for n, column in enumerate(first.values()) for o in outcomes]
    row = frame.agg(*aggregates).first()
    counts = {name: {o: row[f"{n}|{o}"] for o in outcomes if row[f"{n}|{o}"]} for n, name in enumerate(chosen)}
    transitions: dict[str, dict[tuple[str, str], int]] | None = None
    if len(dates) > 1:
        later = frame.columns[len(frame.columns) - 3 * len(chosen):]
        pairs = F.array(*[F.struct(F.lit(n).alias("n"), F.col(first[name]).alias("a"), F.col(later[3 * n]).alias("b"))
                          for n, name in enumerate(chosen)])
        changed = (frame.select(F.explode(pairs).alias("x")).filter(F.col("x.a") != F.col("x.b"))
                   .groupBy("x.n", "x.a", "x.b").count().collect())
        transitions = {name: {} for name in chosen}
        for found in sorted(changed, key=lambda r: (r["n"], r["a"], r["b"])):
            transitions[chosen[found["n"]]][(found["a"], found["b"])] = found["count"]
    return Summary(row["rows"], output.exact_rows, output.patterns, counts, transitions)


def run(source: str, target: str, catalog: Catalog, norms: Sequence[str] | None, stichtag: str | None,
        keep: Sequence[str], error_column: bool, other: str | None = None, master: str | None = None,
        spark: Any | None = None) -> Summary:
    """Wie ``run.run``, mit Spark: Parquet (Datei oder Verzeichnis, auch ``hdfs://…``) zu Parquet.

    Ohne ``spark`` startet der Lauf eine eigene Sitzung (``master``, Standard ``local[2]``) und beendet sie."""
    require_parquet(source, "der Bestand")
    require_parquet(target, "das Ziel")
    chosen = chosen_norms(catalog, norms)
    if not is_uri(source) and not Path(source).exists():          # vor dem Start der JVM
        raise CaseError("Die Datei gibt es nicht.", file=source)
    own = spark is None
    if spark is None:
        spark = session(master)
    try:
        bestand = _read(spark, source)
        kept = [k for k in keep if k in bestand.columns]
        dates = [stichtag] if other is None else [stichtag, other]
        output = _evaluate(bestand, kept, catalog, chosen, dates, error_column)
        try:
            written = _write(output.frame, _final_columns(output, kept, dates, error_column), target)
        finally:
            output.cached.unpersist()
        summary = _summarize(spark, written, output, chosen, kept, dates)
    finally:
        if own:
            spark.stop()
    return summary
