"""Der Vergleich mit OpenFisca und numpy (tests/vergleich.py): Alle Umsetzungen von § 25 Abs. 5 lesen dieselben
Merkmale und geben in jeder Zeile dasselbe Ergebnis wie tests/handgeschrieben.py und ``lexdsl massenpruefung``."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from . import vergleich
from .conftest import ROOT
from .handgeschrieben import aufenthg_25_5

pl = pytest.importorskip("polars")
pytest.importorskip("openfisca_core")

ROWS = 3000


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    from lexdsl.workspace.corpus import load

    folder = tmp_path_factory.mktemp("cache")
    load(ROOT / "norms", cache_dir=folder)
    return folder


@pytest.fixture(scope="module")
def frame():
    return vergleich.cases(ROWS, seed=31)


@pytest.fixture(scope="module")
def expected(frame):
    """Je Zeile der Code des Ergebnisses von ``aufenthg_25_5`` (Dauern als Zahl von Monaten)."""
    codes = []
    for row in frame.to_dicts():
        for name in vergleich.DURATIONS.values():
            row[name] = float(row[name].removesuffix(" Monate"))
        codes.append(vergleich.OUTCOMES.index(aufenthg_25_5(row)))
    return np.array(codes)


def mismatches(got, expected, frame) -> list:
    wrong = np.flatnonzero(np.asarray(got) != expected)
    return [(int(i), vergleich.OUTCOMES[expected[i]], frame.row(int(i), named=True)) for i in wrong[:3]]


def test_every_implementation_reads_exactly_the_merkmale_of_the_norm(cache):
    from lexdsl.workspace.corpus import load

    assert vergleich.hand_merkmale() == vergleich.norm_merkmale(cache) == set(vergleich.MERKMALE.values())
    assert len(vergleich.MERKMALE) == 40
    catalog = load(ROOT / "norms", cache_dir=cache)
    assert tuple(catalog.merkmale[vergleich.CHOICE].values) == vergleich.CHOICE_VALUES


def test_the_random_rows_reach_every_outcome(expected):
    assert set(np.unique(expected)) == set(range(len(vergleich.OUTCOMES)))


def test_numpy_gives_the_hand_written_outcome_in_every_row(frame, expected):
    got = vergleich.numpy_25_5(vergleich.columns_of(frame))
    assert not mismatches(got, expected, frame)


def test_openfisca_gives_the_hand_written_outcome_in_every_row(frame, expected):
    got = vergleich.openfisca_25_5(vergleich.openfisca_system(), vergleich.columns_of(frame))
    assert not mismatches(got, expected, frame)


def test_lexdsl_massenpruefung_gives_the_hand_written_outcome_in_every_row(cache, frame, expected, tmp_path):
    source, target = tmp_path / "bestand.parquet", tmp_path / "ergebnis.parquet"
    frame.write_parquet(source)
    done = subprocess.run(vergleich.lexdsl_command(cache, source, target), capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    got = [vergleich.OUTCOMES.index(o) for o in pl.read_parquet(target)[vergleich.NORM].to_list()]
    assert not mismatches(got, expected, frame)


def test_the_comparison_notices_a_changed_threshold(frame, expected):
    """Gegenprobe: 17 statt 18 Monate Duldung fällt in den Zufallszeilen auf."""
    columns = vergleich.columns_of(frame)
    columns["dauer_duldung"] = np.where(columns["dauer_duldung"] == 17, 18.0, columns["dauer_duldung"])
    assert mismatches(vergleich.numpy_25_5(columns), expected, frame)


def test_measure_runs_all_three_in_their_own_processes(cache):
    measured = vergleich.measure(cache, 2000, rounds=1)
    assert measured["mismatches"] == 0
    assert sum(measured["distribution"].values()) == 2000
    for engine in ("lexdsl", "openfisca", "numpy"):
        assert measured[engine]["seconds"] > 0 and 10 < measured[engine]["peak_mb"] < 4096
    assert all(measured[e]["compute"] > 0 for e in ("lexdsl", "openfisca", "numpy"))


def test_the_child_refuses_an_unknown_engine(tmp_path):
    done = subprocess.run([sys.executable, "-m", "tests.vergleich", "spark", "a", "b"], capture_output=True,
                          text=True, cwd=ROOT)
    assert done.returncode != 0 and "Unbekannte Umsetzung" in done.stderr
