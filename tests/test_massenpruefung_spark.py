"""Die Massenprüfung auf Apache Spark (``lexdsl massenpruefung --engine spark``, ``local[2]``) gegen die
eingebettete mit Polars: dieselben Zeilen, Zeile für Zeile und Norm für Norm dasselbe Ergebnis, dieselbe Fassung,
dieselben fehlenden Merkmale – im Prozess und über die Kommandozeile.

Läuft mit ``make test-spark`` (Markierung „spark“). Ohne PySpark oder Java werden die Tests übersprungen, außer
mit ``LEXDSL_SPARK_PFLICHT=1`` (so in CI): Dann ist das ein Fehler."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pl = pytest.importorskip("polars")

pytestmark = pytest.mark.spark

ROWS = 20_000
NORM = "§ 25 Abs. 5 AufenthG"


def _missing() -> str | None:
    """Warum Spark hier nicht laufen kann, oder None."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "PySpark fehlt (pip install 'lexdsl[spark]')"
    home = os.environ.get("JAVA_HOME")
    if not (home and Path(home, "bin", "java").is_file()) and shutil.which("java") is None:
        return "Java fehlt (apt-get install openjdk-17-jre-headless)"
    return None


def _require_spark() -> None:
    reason = _missing()
    if reason is None:
        return
    if os.environ.get("LEXDSL_SPARK_PFLICHT") == "1":
        pytest.fail(f"Spark-Tests sind Pflicht (LEXDSL_SPARK_PFLICHT=1), aber: {reason}")
    pytest.skip(f"Spark-Tests übersprungen: {reason}")


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    from lexdsl.workspace.corpus import load

    return load(ROOT / "norms", cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def spark():
    _require_spark()
    from lexdsl.bulk.spark import session

    started = session("local[2]")
    yield started
    started.stop()


@pytest.fixture(scope="module")
def bestand(catalog, tmp_path_factory):
    """20.000 erfundene Fälle über das ganze Vokabular, 15 % unbekannt, als Parquet (der Name mit Umlaut und
    Leerzeichen: Spark liest ihn nur ohne %-Kodierung)."""
    from lexdsl.bulk.synthetic import frame

    path = tmp_path_factory.mktemp("bestand") / "Bestand März 2026.parquet"      # Umlaut und Leerzeichen
    frame(catalog, ROWS, unknown=0.15, seed=41).write_parquet(path)
    return path


def differences(expected, got, limit=5):
    """Die ersten abweichenden Zellen (Zeile, Spalte, erwartet, bekommen); leer, wenn alles gleich ist."""
    assert got.columns == expected.columns, (got.columns, expected.columns)
    assert got.height == expected.height
    found = []
    for column in expected.columns:
        # Polars schreibt Ergebnisse wörterbuchkodiert (Aufzählung, kategorisch), Spark als Zeichenketten: dieselben
        # Werte.
        a, b = (s.cast(pl.String) if s.dtype == pl.Categorical or isinstance(s.dtype, pl.Enum) else s
                for s in (expected[column], got[column]))
        if a.equals(b):
            continue
        rows = pl.DataFrame({"a": a, "b": b}).with_row_index().filter(pl.col("a").ne_missing(pl.col("b")))
        found += [(i, column, x, y) for i, x, y in rows.head(limit).iter_rows()]
    return found[:limit]


def both(catalog, spark, source, tmp_path, stichtag=None, other=None, error_column=False, norms=None):
    from lexdsl.bulk import run as embedded
    from lexdsl.bulk import spark as distributed

    polars_out, spark_out = tmp_path / "polars.parquet", tmp_path / "Ergebnis Spark ä.parquet"
    expected = embedded.run(Path(source), polars_out, catalog, norms, stichtag, ["id"], error_column, other)
    got = distributed.run(str(source), str(spark_out), catalog, norms, stichtag, ["id"], error_column, other,
                          spark=spark)
    return pl.read_parquet(polars_out), pl.read_parquet(spark_out), expected, got


# ------------------------------------------------------------------ dieselben Ergebnisse

def test_every_row_and_norm_equals_the_embedded_engine(catalog, spark, bestand, tmp_path):
    expected, got, summary, spark_summary = both(catalog, spark, bestand, tmp_path, stichtag="2016-06-01")
    assert differences(expected, got) == []
    assert got["id"].to_list() == [f"F{i + 1:07d}" for i in range(ROWS)]          # Reihenfolge des Bestands
    assert set(catalog.normen) <= set(got.columns)
    assert spark_summary.rows == summary.rows == ROWS
    assert spark_summary.counts == summary.counts
    assert spark_summary.exact_rows == summary.exact_rows > 0                      # offene Zeilen exakt geprüft …
    assert spark_summary.patterns == summary.patterns < summary.exact_rows         # … je Muster einmal
    outcomes = {o for counts in spark_summary.counts.values() for o in counts}
    assert {"offen", "versagt", "nicht_erfuellt"} <= outcomes, outcomes


def test_columns_of_the_right_type_need_no_conversion(catalog, spark, tmp_path):
    """ja/nein als Wahrheitswerte, Anzahlen als Zahlen (wie aus einer Datenbank): dasselbe wie mit Polars."""
    from lexdsl.bulk.synthetic import frame

    source = tmp_path / "typisiert.parquet"
    frame(catalog, 3000, unknown=0.15, seed=5, typed=True).write_parquet(source)
    expected, got, _summary, _spark_summary = both(catalog, spark, source, tmp_path)
    assert differences(expected, got) == []


def test_fehler_spalte_reports_the_same_messages(catalog, spark, tmp_path):
    source = tmp_path / "fehler.parquet"
    pl.DataFrame({"id": ["A", "B", "C"], "Reiseunfähigkeit": ["ja", "vielleicht", None],
                  "Dauer der Duldung": ["24 Monate", "18 Monate", "zwei Jahre"]}).write_parquet(source)
    expected, got, _summary, _spark_summary = both(catalog, spark, source, tmp_path, error_column=True,
                                                   norms=[NORM])
    assert differences(expected, got) == []
    assert got["Fehler"][0] is None and "Reiseunfähigkeit" in got["Fehler"][1] and "Dauer" in got["Fehler"][2]


# ------------------------------------------------------------------ die Kommandozeile

def lexdsl(*args, env=None):
    code = "import sys; from lexdsl.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                          env=dict(env if env is not None else os.environ, COLUMNS="200"), timeout=900)


def test_the_cli_gives_the_same_file_and_summary(bestand, tmp_path):
    _require_spark()
    outputs, summaries = [], []
    for engine in ("polars", "spark"):
        target = tmp_path / f"{engine}.parquet"
        done = lexdsl("massenpruefung", str(bestand), "-o", str(target), "--engine", engine,
                      "--stichtag", "31.07.2012", "--vergleich", "30.06.2022")
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        outputs.append(pl.read_parquet(target))
        summaries.append(done.stdout.replace(str(target), "ZIEL"))
    assert differences(outputs[0], outputs[1]) == []
    assert any(c.endswith(" am 30.06.2022") for c in outputs[1].columns)
    assert summaries[0] == summaries[1]
    assert "Übergänge zum Stichtag 30.06.2022" in summaries[1]


def test_a_bad_value_stops_with_row_and_column(tmp_path):
    _require_spark()
    source = tmp_path / "b.parquet"
    pl.DataFrame({"id": ["A", "B"], "Reiseunfähigkeit": ["ja", "vielleicht"],
                  "Dauer der Duldung": ["24 Monate", "18 Monate"]}).write_parquet(source)
    target = tmp_path / "e.parquet"
    done = lexdsl("massenpruefung", str(source), "-o", str(target), "--engine", "spark")
    assert done.returncode == 2, done.stderr
    assert "Zeile 2, Spalte »Reiseunfähigkeit«" in done.stderr and "ja" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    embedded = lexdsl("massenpruefung", str(source), "-o", str(target))
    message = [line for line in embedded.stderr.splitlines() if "Zeile 2" in line]
    assert message and message[0] in done.stderr                         # dieselbe Meldung wie mit Polars


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe\x00garbage", "lässt sich nicht als Parquet lesen"),
    (None, "gibt es nicht"),
])
def test_unreadable_input_is_a_german_error(tmp_path, content, message):
    if content is not None:
        _require_spark()
    source = tmp_path / "b.parquet"
    if content is not None:
        source.write_bytes(content)
    done = lexdsl("massenpruefung", str(source), "-o", str(tmp_path / "e.parquet"), "--engine", "spark")
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "\tat org.apache" not in done.stderr                    # keine Java-Stapel


@pytest.mark.parametrize("source, target", [("bestand.csv", "e.parquet"), ("bestand.parquet", "e.jsonl")])
def test_only_parquet_with_spark(tmp_path, source, target):
    path = tmp_path / source
    path.write_text("id\nA\n", encoding="utf-8")
    done = lexdsl("massenpruefung", str(path), "-o", str(tmp_path / target), "--engine", "spark")
    assert done.returncode == 2
    assert "nur Parquet" in done.stderr and "--engine polars" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_without_java_a_german_hint(tmp_path):
    """Ohne Java (kein JAVA_HOME, keins im PATH): eine deutsche Meldung mit dem Paket, das fehlt."""
    bare = tmp_path / "bin"
    bare.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    env["PATH"] = str(bare)
    done = lexdsl("massenpruefung", "beispiele/bestand.parquet", "-o", str(tmp_path / "e.parquet"),
                  "--engine", "spark", env=env)
    assert done.returncode == 2, done.stderr
    assert "fehlt Java" in done.stderr and "openjdk-17-jre-headless" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_without_pyspark_a_german_hint(tmp_path):
    code = ("import sys; sys.modules['pyspark'] = None; from lexdsl.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "massenpruefung", "beispiele/bestand.parquet", "-o",
                           str(tmp_path / "e.parquet"), "--engine", "spark"], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 2, done.stderr
    assert "PySpark" in done.stderr and "pip install 'lexdsl[spark]'" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_spark_master_only_with_spark(tmp_path):
    done = lexdsl("massenpruefung", "beispiele/bestand.parquet", "-o", str(tmp_path / "e.parquet"),
                  "--spark-master", "local[1]")
    assert done.returncode == 2 and "nur mit --engine spark" in done.stderr


def test_lexdsl_pruefen_never_imports_pyspark():
    code = ("import contextlib, io, sys; from lexdsl.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main(['prüfen', 'beispiele/reiseunfaehigkeit.yaml'])\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pyspark' or m == 'lexdsl.bulk.spark'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
