"""Die Massenprüfung (``lexdsl massenpruefung``): je Zeile dasselbe wie ``lexdsl prüfen`` für diesen Fall –
Ergebnis, Fassung und fehlende Merkmale –, Fehler mit Zeile und Spalte, alle vier Formate.

Der Differenztest hier vergleicht einige tausend Zufallszeilen an mehreren Stichtagen; die lange Form
(1.000.000 Zeilen) läuft mit ``make test-masse`` (Markierung „masse“)."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import zlib

import pytest

from .conftest import ROOT

pl = pytest.importorskip("polars")

STICHTAGE = [None, "2012-07-31", "2016-06-01", "2022-06-30"]


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    from lexdsl.workspace.corpus import load

    return load(ROOT / "norms", cache_dir=tmp_path_factory.mktemp("cache"))


def scalar_results(catalog, frame, stichtag):
    """Je Zeile und Norm (Ergebnis, Fassung, fehlende Merkmale) aus der Laufzeit, Fall für Fall."""
    from lexdsl.cases.values import convert_value

    @functools.cache
    def value(name, raw):
        return convert_value(name, catalog.merkmale[name], raw)

    names = [c for c in frame.columns if c != "id"]
    out = []
    for row in frame.select(names).iter_rows():
        known = {n: value(n, raw) for n, raw in zip(names, row, strict=True) if raw is not None}
        facts = catalog.complete(known, stichtag=stichtag)
        line = {}
        for norm_id, norm in catalog.normen.items():
            result = norm.pruefen(facts, begruendung=False, stichtag=stichtag)
            fassung = result.compiled.program.fassung
            line[norm_id] = (result.outcome.value, fassung.name if fassung else "", "; ".join(result.missing))
        out.append(line)
    return out


def compare(catalog, frame, stichtag):
    from lexdsl.bulk.run import FASSUNG_SUFFIX, MISSING_SUFFIX, check

    bulk, summary = check(frame, catalog, stichtag=stichtag, keep=["id"])
    expected = scalar_results(catalog, frame, stichtag)
    wrong = []
    for norm_id in catalog.normen:
        got = zip(bulk[norm_id], bulk[norm_id + FASSUNG_SUFFIX], bulk[norm_id + MISSING_SUFFIX], strict=True)
        for i, row in enumerate(got):
            if row != expected[i][norm_id]:
                wrong.append((i, norm_id, row, expected[i][norm_id]))
    return wrong, summary


@pytest.mark.parametrize("stichtag", STICHTAGE)
def test_every_row_gets_what_lexdsl_pruefen_gives(catalog, stichtag):
    from lexdsl.bulk.synthetic import frame

    rows = frame(catalog, 1500, unknown=0.15, seed=zlib.crc32(stichtag.encode()) % 1000 if stichtag else 7)
    wrong, summary = compare(catalog, rows, stichtag)
    assert wrong == [], wrong[:5]
    assert summary.exact_rows > 0                       # offene Zeilen gingen durch die exakte Analyse …
    assert summary.patterns < summary.exact_rows        # … je Muster einmal
    outcomes = {o for counts in summary.counts.values() for o in counts}
    assert {"offen", "versagt", "nicht_erfuellt"} <= outcomes, outcomes


def test_several_processes_and_answers_remembered_across_batches_change_nothing(catalog, tmp_path, monkeypatch):
    """Die exakte Analyse auf zwei Prozessen (hier schon ab 20 Mustern) und mit Antworten, die sich der Lauf
    über die Schritte hinweg merkt: jede Zeile wie ``lexdsl prüfen``."""
    from lexdsl.bulk import run as bulk
    from lexdsl.bulk.synthetic import frame

    monkeypatch.setattr(bulk, "PARALLEL_MIN", 20)
    monkeypatch.setenv("LEXDSL_PROZESSE", "2")
    spread = []
    original = bulk.analyse_exactly

    def watched(norm, merkmale, stichtag, cases):
        spread.append(len(cases))
        return original(norm, merkmale, stichtag, cases)

    monkeypatch.setattr(bulk, "analyse_exactly", watched)
    rows = frame(catalog, 1200, unknown=0.3, seed=23)
    source, target = tmp_path / "b.parquet", tmp_path / "e.parquet"
    rows.write_parquet(source)
    bulk.run(source, target, catalog, None, "2016-06-01", ["id"], False, batch=400)
    assert max(spread) >= 20                          # mindestens einmal auf mehrere Prozesse verteilt
    result = pl.read_parquet(target)
    expected = scalar_results(catalog, rows, "2016-06-01")
    wrong = [(i, n) for n in catalog.normen for i, got in enumerate(zip(
        result[n].cast(pl.String), result[n + bulk.FASSUNG_SUFFIX].cast(pl.String),
        result[n + bulk.MISSING_SUFFIX].cast(pl.String), strict=True)) if got != expected[i][n]]
    assert wrong == [], wrong[:5]


def _in_a_pool_worker(cache):
    """In einem Arbeitsprozess (daemon) eines fremden Pools: die Massenprüfung mit niedriger Schwelle für
    mehrere Prozesse. Gestartet mit „spawn“: Ein abgespaltener Prozess erbte Polars' Threads nicht."""
    from lexdsl.bulk import run as bulk
    from lexdsl.bulk.synthetic import frame
    from lexdsl.workspace.corpus import load

    bulk.PARALLEL_MIN = 4
    os.environ["LEXDSL_PROZESSE"] = "2"
    catalog = load(ROOT / "norms", cache_dir=cache)
    return compare(catalog, frame(catalog, 300, unknown=0.3, seed=29), None)[0]


def test_inside_a_pool_worker_the_exact_analysis_runs_in_order(catalog, tmp_path):
    """Wer lexdsl selbst in einem Prozesspool einbettet (wie make test-masse): Dessen Arbeitsprozesse dürfen
    keine eigenen starten; die exakte Analyse läuft dort der Reihe nach, mit demselben Ergebnis."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.map(_in_a_pool_worker, [str(tmp_path / "cache")]) == [[]]


def test_complete_rows_are_decided_by_the_columns_alone(catalog):
    from lexdsl.bulk.synthetic import frame

    rows = frame(catalog, 3000, unknown=0.0, seed=11)
    wrong, summary = compare(catalog, rows, None)
    assert wrong == []
    assert summary.exact_rows == 0


# ------------------------------------------------------------ die Kommandozeile

def lexdsl(*args, cwd=ROOT):
    code = "import sys; from lexdsl.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd,
                          env=dict(os.environ, COLUMNS="200"))


def test_the_example_bestand_from_a_fresh_clone(tmp_path):
    target = tmp_path / "x.parquet"
    done = lexdsl("massenpruefung", "beispiele/bestand.parquet", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert "Fälle geprüft" in done.stdout and "Traceback" not in done.stderr
    result = pl.read_parquet(target)
    source = pl.read_parquet(ROOT / "beispiele" / "bestand.parquet")
    assert result.height == source.height and result["id"].to_list() == source["id"].to_list()
    assert "§ 25 Abs. 5 AufenthG" in result.columns and "§ 25 Abs. 5 AufenthG: fehlende Merkmale" in result.columns


def test_every_format_reads_and_writes(catalog, tmp_path):
    from lexdsl.bulk import table
    from lexdsl.bulk.synthetic import frame

    rows = frame(catalog, 40, unknown=0.15, seed=3)
    results = []
    for suffix in (".csv", ".parquet", ".jsonl", ".xlsx"):
        source, target = tmp_path / f"bestand{suffix}", tmp_path / f"ergebnis{suffix}"
        table.write(rows, source)
        done = lexdsl("massenpruefung", str(source), "-o", str(target), "--norm", "§ 25 Abs. 5 AufenthG",
                      "--stichtag", "30.06.2024")
        assert done.returncode == 0, (suffix, done.stderr)
        results.append(table.read(target).select("id", "§ 25 Abs. 5 AufenthG").with_columns(pl.all().cast(pl.String)))
    assert all(r.equals(results[0]) for r in results[1:])


def test_a_bad_value_stops_with_row_column_and_the_case_file_message(tmp_path):
    source = tmp_path / "b.csv"
    source.write_text("id,Reiseunfähigkeit,Dauer der Duldung\nA,ja,24 Monate\nB,vielleicht,18 Monate\n",
                      encoding="utf-8")
    target = tmp_path / "e.csv"
    done = lexdsl("massenpruefung", str(source), "-o", str(target))
    assert done.returncode == 2
    assert "Zeile 2, Spalte »Reiseunfähigkeit«" in done.stderr and "ja" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not target.exists() and not list(tmp_path.glob(".*teil"))     # nichts halb geschrieben
    done = lexdsl("massenpruefung", str(source), "-o", str(target), "--fehler-spalte")
    assert done.returncode == 0, done.stderr
    result = pl.read_csv(target, infer_schema=False)
    assert result["Fehler"][0] is None and "Reiseunfähigkeit" in result["Fehler"][1]
    assert result["§ 25 Abs. 5 AufenthG"][0] is not None and result["§ 25 Abs. 5 AufenthG"][1] is None


def test_an_unknown_column_names_the_merkmal_it_probably_means(tmp_path):
    source = tmp_path / "b.csv"
    source.write_text("id,Reiseunfaehigkeit\nA,ja\n", encoding="utf-8")
    done = lexdsl("massenpruefung", str(source), "-o", str(tmp_path / "e.csv"))
    assert done.returncode == 2
    assert "»Reiseunfaehigkeit«" in done.stderr and "Meinten Sie »Reiseunfähigkeit«" in done.stderr, done.stderr


def test_a_decomposed_umlaut_in_a_column_name_is_the_same_merkmal(tmp_path):
    source = tmp_path / "b.csv"
    source.write_text("id,Reiseunfa\u0308higkeit\nA,ja\n", encoding="utf-8")
    done = lexdsl("massenpruefung", str(source), "-o", str(tmp_path / "e.csv"))
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe\x00garbage", "lässt sich nicht als"),
    (None, "gibt es nicht"),
])
def test_unreadable_input_is_a_german_error(tmp_path, content, message):
    source = tmp_path / "b.parquet"
    if content is not None:
        source.write_bytes(content)
    done = lexdsl("massenpruefung", str(source), "-o", str(tmp_path / "e.parquet"))
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr, done.stderr


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_an_empty_bestand_gives_an_empty_result_with_every_column(tmp_path, suffix):
    """Ein Bestand ohne Zeilen (nur Spaltenköpfe) ist kein Fehler: 0 Fälle, die Ergebnisdatei hat alle Spalten."""
    from lexdsl.bulk import table

    empty = pl.DataFrame({"id": pl.Series([], dtype=pl.String), "Reiseunfähigkeit": pl.Series([], dtype=pl.String)})
    source, target = tmp_path / f"leer{suffix}", tmp_path / f"ergebnis{suffix}"
    if suffix == ".jsonl":
        source.write_text("", encoding="utf-8")
    else:
        table.write(empty, source)
    done = lexdsl("massenpruefung", str(source), "-o", str(target), "--norm", "§ 25 Abs. 5 AufenthG")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "0 Fälle geprüft" in done.stdout, done.stdout
    if suffix != ".jsonl":            # JSON Lines ohne Zeilen hat keine Spaltenköpfe
        result = table.read(target)
        assert result.height == 0
        assert {"id", "§ 25 Abs. 5 AufenthG", "§ 25 Abs. 5 AufenthG: Fassung",
                "§ 25 Abs. 5 AufenthG: fehlende Merkmale"} <= set(result.columns)
    else:
        assert target.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("content", ["id,Reiseunfähigkeit\nA,\nB,\nC,\n", "id\nA\nB\nC\n"],
                         ids=["leere Spalte", "nur Kennungen"])
def test_a_column_without_any_value_is_unknown_in_every_row(catalog, tmp_path, content):
    """Eine Spalte, in der keine Zelle etwas sagt (oder gar keine Merkmalsspalte), heißt: überall unbekannt – wie
    ``lexdsl prüfen`` ohne Angabe."""
    source, target = tmp_path / "b.csv", tmp_path / "e.csv"
    source.write_text(content, encoding="utf-8")
    done = lexdsl("massenpruefung", str(source), "-o", str(target), "--norm", "§ 25 Abs. 5 AufenthG")
    assert done.returncode == 0, done.stderr
    result = pl.read_csv(target, infer_schema=False)
    expected = catalog.normen["§ 25 Abs. 5 AufenthG"].pruefen(catalog.complete({}), begruendung=False)
    assert result["id"].to_list() == ["A", "B", "C"]
    assert result["§ 25 Abs. 5 AufenthG"].to_list() == [expected.outcome.value] * 3
    assert result["§ 25 Abs. 5 AufenthG: fehlende Merkmale"].to_list() == ["; ".join(expected.missing)] * 3


def test_an_unknown_output_format_is_refused_before_any_work(tmp_path):
    done = lexdsl("massenpruefung", "beispiele/bestand.parquet", "-o", str(tmp_path / "e.txt"))
    assert done.returncode == 2 and "Endungen" in done.stderr


_CATALOG = None


def _chunk(start):
    """Ein Teil des langen Differenztests (in einem abgespaltenen Prozess)."""
    from lexdsl.bulk.synthetic import frame

    rows = frame(_CATALOG, CHUNK, unknown=0.15, seed=start)
    wrong, summary = compare(_CATALOG, rows, STICHTAGE[(start // CHUNK) % len(STICHTAGE)])
    return wrong[:5], len(wrong), summary.exact_rows


CHUNK = 25_000
LONG_ROWS = int(os.environ.get("LEXDSL_MASSE_ZEILEN", "1000000"))


@pytest.mark.masse
def test_one_million_random_rows_equal_the_scalar_engine(catalog):
    """Die lange Form (make test-masse): 1.000.000 Zeilen über das ganze Vokabular, 15 % unbekannt, reihum an
    vier Stichtagen; verteilt auf so viele Prozesse, wie Kerne da sind."""
    import multiprocessing

    global _CATALOG
    _CATALOG = catalog
    starts = list(range(0, LONG_ROWS, CHUNK))
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
        done = pool.map(_chunk, starts, chunksize=1)
    examples = [w for part, _n, _open in done for w in part]
    assert sum(n for _part, n, _open in done) == 0, examples[:5]
    assert sum(o for _part, _n, o in done) > LONG_ROWS          # viele offene Zeilen (je Norm gezählt)


def test_vergleich_counts_the_transitions_a_change_of_law_makes(catalog):
    """--vergleich: jede Zeile an beiden Stichtagen, und je Norm die Übergänge – gezählt aus denselben
    Ergebnissen, die die Laufzeit je Fall gibt."""
    from collections import Counter

    from lexdsl.bulk.run import compare_dates
    from lexdsl.bulk.synthetic import frame

    rows = frame(catalog, 800, unknown=0.15, seed=21)
    result, summary = compare_dates(rows, catalog, ["§ 25 Abs. 3 AufenthG"], "2012-07-31", "2022-06-30", ["id"])
    before = scalar_results(catalog, rows, "2012-07-31")
    after = scalar_results(catalog, rows, "2022-06-30")
    norm = "§ 25 Abs. 3 AufenthG"
    expected = Counter((b[norm][0], a[norm][0]) for b, a in zip(before, after, strict=True) if b[norm][0] != a[norm][0])
    assert summary.transitions == {norm: dict(expected)}
    assert expected                                    # zwischen 2012 und 2022 ändert sich etwas
    assert result[norm + " am 30.06.2022"].to_list() == [a[norm][0] for a in after]
    assert set(result[norm + ": Fassung am 30.06.2022"]) == {"Stand 2021"}


def test_batches_give_the_same_file_as_one_pass(catalog, tmp_path):
    """In Schritten gelesen und geschrieben (der Speicher wächst mit dem Schritt) – dieselben Zeilen in derselben
    Reihenfolge wie in einem Durchgang; ein Fehler nennt die Zeile im ganzen Bestand."""
    from lexdsl.bulk import table
    from lexdsl.bulk.run import run
    from lexdsl.bulk.synthetic import frame

    rows = frame(catalog, 2500, unknown=0.15, seed=5)
    source = tmp_path / "b.parquet"
    table.write(rows, source)
    one, many = tmp_path / "eins.parquet", tmp_path / "viele.csv"
    first = run(source, one, catalog, None, "2016-06-01", ["id"], False, batch=10_000)
    second = run(source, many, catalog, None, "2016-06-01", ["id"], False, batch=600)
    assert pl.read_parquet(one).equals(pl.read_csv(many, infer_schema=False).with_columns(
        pl.col(c).fill_null("") for c in pl.read_csv(many, infer_schema=False).columns if "fehlende" in c)
        .select(pl.read_parquet(one).columns))
    assert first.counts == second.counts and first.rows == second.rows == 2500
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.parquet", "eins.parquet", "viele.csv"]
    broken = rows.with_columns(pl.when(pl.col("id") == "F0002001").then(pl.lit("vielleicht"))
                               .otherwise(pl.col("Reiseunfähigkeit")).alias("Reiseunfähigkeit"))
    table.write(broken, source)
    with pytest.raises(Exception, match="Zeile 2001, Spalte »Reiseunfähigkeit«"):
        run(source, tmp_path / "x.parquet", catalog, None, None, ["id"], False, batch=600)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.parquet", "eins.parquet", "viele.csv"]
