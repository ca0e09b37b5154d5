"""Kaputte Falldateien bringen lexdsl nie zum Absturz.

Jede Datei in tests/data/faelle_kaputt/ läuft durch die echte Kommandozeile
gegen die echten Normen: Exit-Code 2, nichts auf der Standardausgabe, eine
deutsche Meldung ohne Traceback, die das Feld nennt oder – bei Fehlern der
ganzen Datei – Zeile und Spalte. Was erwartet wird, steht je Datei in
ERWARTUNG.json. Große und tief verschachtelte Dateien entstehen im Test.
"""

from __future__ import annotations

import datetime
import json
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lexdsl.cases import MAX_BYTES, MAX_DEPTH, case_values, read_case_data
from lexdsl.cli import main
from lexdsl.errors import CaseError
from lexdsl.runtime import MerkmalInfo, MerkmalType

from .conftest import NORMS

DATA = Path(__file__).parent / "data" / "faelle_kaputt"
EXPECTED = json.loads((DATA / "ERWARTUNG.json").read_text(encoding="utf-8"))["faelle"]
LEXDSL = Path(sys.executable).with_name("lexdsl")
ANZAHL = "Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten"
# Wörter, die in einer deutschen Meldung nichts verloren haben (englische Texte von PyYAML, json oder Python).
ENGLISH = re.compile(r"\b(the|found|expected|error|line|column|invalid|while|could|cannot|mapping|value|"
                     r"unexpected|traceback|exceeds|none)\b", re.IGNORECASE)
DATUM_NORMEN = """
    Merkmal Datum der Einreise: Datum                                  [§ 1 Testgesetz]
      "Tag, an dem der Ausländer in das Bundesgebiet eingereist ist."
    Merkmal Reiseunfähigkeit: ja/nein                                  [§ 1 Testgesetz]

    Norm "§ 1 Testgesetz": Aufenthaltserlaubnis
      Sie kann erteilt werden, wenn alle folgenden:                    [§ 1 Testgesetz]
        - Reiseunfähigkeit
        - Datum der Einreise: vor dem 01.01.2015
"""


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def run(cache, tmp_path, monkeypatch, capsys):
    """``lexdsl prüfen`` im Prozess, mit tmp_path als Arbeitsverzeichnis (dorthin zielt der Kanarienvogel)."""
    monkeypatch.chdir(tmp_path)

    def run(path, *args: str, normen=NORMS):
        code = main(["--cache", cache, "prüfen", str(path), "--normen", str(normen), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def assert_rejected(result, path, field, fragments) -> None:
    code, out, err = result
    assert code == 2, err
    assert out == ""
    assert err.startswith(f"{path}: Fehler in der Falldatei: "), err
    assert "Traceback" not in err
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]", err), "Steuerzeichen in der Meldung"
    if field is not None:
        assert f"Feld »{field}«: " in err, err
    for fragment in fragments:
        assert fragment in err, err
    english = ENGLISH.search(err.replace(str(path), ""))
    assert english is None, f"englisches Wort »{english.group()}« in: {err}"


# ------------------------------------------------------------------ die Sammlung kaputter Dateien


def test_every_malformed_file_has_an_expectation():
    files = {p.name for p in DATA.iterdir()} - {"ERWARTUNG.json"}
    assert files == set(EXPECTED)
    assert len(files) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_malformed_case_file_is_rejected_in_german(run, tmp_path, name):
    expected = EXPECTED[name]
    path = DATA / name
    assert_rejected(run(path), path, expected["feld"], expected["meldung"])
    assert not (tmp_path / "kanarienvogel").exists()


def test_python_tag_payload_is_live_but_never_runs(run, tmp_path, monkeypatch):
    """Der Befehl in python_objekt.yaml wirkt wirklich – mit einem unsicheren Leser. lexdsl führt ihn nie aus."""
    text = (DATA / "python_objekt.yaml").read_text(encoding="utf-8")
    victim = tmp_path / "unsicher"
    victim.mkdir()
    monkeypatch.chdir(victim)
    yaml.unsafe_load(text)
    assert (victim / "kanarienvogel").exists()

    safe = tmp_path / "lexdsl"
    safe.mkdir()
    monkeypatch.chdir(safe)
    code, _, err = run(DATA / "python_objekt.yaml")
    assert code == 2 and "!!python/object/apply:os.system" in err
    assert not (safe / "kanarienvogel").exists()


# ------------------------------------------------------------------ Größe, Tiefe, Verweise


def test_file_at_the_size_limit_is_read_one_byte_more_is_not(run, tmp_path):
    head = "merkmale:\n  Reiseunfähigkeit: ja\n#"
    filler = MAX_BYTES - len(head.encode("utf-8")) - 1
    exact = tmp_path / "genau.yaml"
    exact.write_text(head + "x" * filler + "\n", encoding="utf-8")
    assert exact.stat().st_size == MAX_BYTES
    code, _out, err = run(exact)
    assert code == 0, err

    huge = tmp_path / "riesig.yaml"
    huge.write_text(head + "x" * (filler + 1) + "\n", encoding="utf-8")
    assert_rejected(run(huge), huge, None, [f"zu groß (mehr als {MAX_BYTES} Bytes)"])


def _run_isolated(path: Path, cache: str, limit_mb: int = 512) -> subprocess.CompletedProcess:
    """Die echte Kommandozeile in einem eigenen Prozess mit begrenztem Speicher und begrenzter Zeit.

    Ein Absturz, ein Speicherüberlauf oder eine Endlosschleife träfe nur diesen Prozess.
    """
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (limit_mb * 2**20, limit_mb * 2**20))

    return subprocess.run([str(LEXDSL), "--cache", cache, "prüfen", str(path), "--normen", str(NORMS)],
                          capture_output=True, text=True, cwd=path.parent, timeout=30, preexec_fn=limit)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="braucht /dev/zero")
def test_endless_file_is_not_read_into_memory(tmp_path, cache):
    endless = tmp_path / "endlos.yaml"
    endless.symlink_to("/dev/zero")
    done = _run_isolated(endless, cache)
    assert_rejected((done.returncode, done.stdout, done.stderr), endless, None, ["zu groß"])


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("tief.yaml", "merkmale: " + "[" * 100_000 + "]" * 100_000 + "\n"),
        ("tief_zuordnungen.yaml", "merkmale: " + "{a: " * 20_000 + "1" + "}" * 20_000 + "\n"),
        ("tief.json", '{"merkmale": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    ],
)
def test_deep_nesting_is_rejected_without_crash(tmp_path, cache, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    done = _run_isolated(path, cache)
    assert_rejected((done.returncode, done.stdout, done.stderr), path, None,
                    [f"zu tief verschachtelt (mehr als {MAX_DEPTH} Ebenen"])
    if name.endswith(".yaml"):
        assert "Zeile 1, Spalte" in done.stderr


@pytest.mark.parametrize(("context", "problem"), [
    ("while increasing flow level", "exceeded maximum nesting depth"),          # PyYAML 6.0.4, Listen
    ("while increasing indentation level", "exceeded maximum nesting depth"),   # Blockschreibweise
    (None, "exceeded maximum nesting depth"),
])
def test_libyaml_nesting_error_becomes_lexdsls_message(tmp_path, monkeypatch, context, problem):
    """Gleich, welche PyYAML-Version: bricht libyaml selbst wegen der Tiefe ab, meldet lexdsl es deutsch."""
    path = tmp_path / "tief.yaml"
    path.write_text("merkmale:\n  Reiseunfähigkeit: [[[]]]\n", encoding="utf-8")
    mark = yaml.error.Mark("<unicode string>", 0, 1, 20, None, None)

    def refuse(*_args, **_kwargs):
        raise yaml.scanner.ScannerError(context, mark if context else None, problem, mark)
        yield  # pragma: no cover – ein Generator wie yaml.parse

    monkeypatch.setattr(yaml, "parse", refuse)
    with pytest.raises(CaseError) as caught:
        read_case_data(path)
    message = caught.value.render()
    assert f"zu tief verschachtelt (mehr als {MAX_DEPTH} Ebenen; Zeile 2, Spalte 21)" in message
    assert not ENGLISH.search(message.replace(str(path), ""))


@pytest.mark.parametrize("suffix", ["yaml", "json"])
def test_nesting_depth_limit_is_exact(run, tmp_path, suffix):
    def case(depth: int) -> Path:  # die Falldatei selbst ist Ebene 1, merkmale Ebene 2
        value = "[" * (depth - 2) + "]" * (depth - 2)
        path = tmp_path / f"tiefe_{depth}.{suffix}"
        if suffix == "yaml":
            path.write_text(f"merkmale:\n  Reiseunfähigkeit: {value}\n", encoding="utf-8")
        else:
            path.write_text(f'{{"merkmale": {{"Reiseunfähigkeit": {value}}}}}', encoding="utf-8")
        return path

    allowed = case(MAX_DEPTH)
    assert_rejected(run(allowed), allowed, "Reiseunfähigkeit", ["erwartet ja oder nein, erhalten: Liste"])
    too_deep = case(MAX_DEPTH + 1)
    assert_rejected(run(too_deep), too_deep, None, ["zu tief verschachtelt"])


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        (ANZAHL, "0" * 900_000 + "x", "erwartet eine ganze Zahl"),
        ("Dauer der Duldung", " " * 900_000, "erwartet eine Dauer"),
        ("Dauer der Duldung", "-" + "\n" * 450_000 + "x", "erwartet eine Dauer"),
        ("Reiseunfähigkeit", "\t" * 450_000 + "x", "erwartet ja oder nein"),
    ],
    ids=["nullen", "leerzeichen", "minus-zeilenumbrueche", "tabulatoren"],
)
def test_long_values_are_checked_in_linear_time(tmp_path, cache, field, value, fragment):
    """Fast 1 MB in einem Wert (in JSON ist \\n zwei Bytes lang): Jedes Muster prüft ihn in linearer Zeit."""
    path = tmp_path / "lang.json"
    path.write_text(json.dumps({"merkmale": {field: value}}), encoding="utf-8")
    done = _run_isolated(path, cache)
    assert_rejected((done.returncode, done.stdout, done.stderr), path, field, [fragment])


def test_billion_laughs_is_rejected_fast_with_bounded_memory(cache):
    path = DATA / "bombe.yaml"
    done = _run_isolated(path, cache, limit_mb=512)
    assert_rejected((done.returncode, done.stdout, done.stderr), path, None, ["YAML-Anker und -Verweise"])


# ------------------------------------------------------------------ Datum-Merkmale: vergangene Ereignisse


@pytest.fixture
def datum_normen(write_norms):
    return write_norms(DATUM_NORMEN)


def _datum_case(tmp_path: Path, datum: str, stichtag: str | None = None) -> Path:
    path = tmp_path / "einreise.yaml"
    head = f"stichtag: {stichtag}\n" if stichtag else ""
    path.write_text(f"{head}merkmale:\n  Datum der Einreise: {datum}\n  Reiseunfähigkeit: ja\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("stichtag", "datum", "args", "field", "fragments"),
    [
        ("01.01.2020", "02.01.2020", [], "Datum der Einreise",
         ["Das Datum 02.01.2020 liegt nach dem Stichtag 01.01.2020; das Merkmal beschreibt ein vergangenes Ereignis."]),
        (None, "01.01.2999", [], "Datum der Einreise",
         ["Das Datum 01.01.2999 liegt in der Zukunft", "das Merkmal beschreibt ein vergangenes Ereignis"]),
        ("2020-01-01", "2022-06-01", ["--stichtag", "2021-01-01"], "Datum der Einreise",
         ["liegt nach dem Stichtag 01.01.2021"]),
        ("2020-01-01", "31.02.2019", [], "Datum der Einreise", ["Den Tag »31.02.2019« gibt es nicht"]),
        ("2020-01-01", "2019-13-01", [], "Datum der Einreise", ["Den Tag »2019-13-01« gibt es nicht"]),
        ("2020-01-01", "gestern", [], "Datum der Einreise",
         ["erwartet ein Datum wie 2005-01-01 oder 01.01.2005, erhalten: Text „gestern“"]),
        ("2020-01-01", "2019", [], "Datum der Einreise", ["erwartet ein Datum", "erhalten: Zahl 2019"]),
        ("2101-01-01", "2019-01-01", [], "stichtag", ["Der Stichtag 01.01.2101 ist unplausibel"]),
    ],
)
def test_datum_merkmal_errors(run, tmp_path, datum_normen, stichtag, datum, args, field, fragments):
    path = _datum_case(tmp_path, datum, stichtag)
    assert_rejected(run(path, *args, normen=datum_normen), path, field, fragments)


@pytest.mark.parametrize(
    ("option", "fragment"),
    [
        ("01.01.1800", "Der Stichtag 01.01.1800 ist unplausibel; er muss in einem der Jahre 1949 bis 2100 liegen."),
        ("30.02.2020", "Den Tag »30.02.2020« gibt es nicht."),
        ("morgen", "erwartet ein Datum wie 2005-01-01 oder 01.01.2005, erhalten: Text „morgen“."),
    ],
)
def test_bad_stichtag_option_is_exit_2(run, tmp_path, datum_normen, option, fragment):
    code, out, err = run(_datum_case(tmp_path, "2019-01-01"), "--stichtag", option, normen=datum_normen)
    assert code == 2 and out == ""
    assert err.startswith(f"Fehler: Angabe --stichtag: {fragment}"), err


def test_future_date_message_names_today(run, tmp_path, datum_normen):
    path = _datum_case(tmp_path, "01.01.2999")
    _, _, err = run(path, normen=datum_normen)
    assert f"heute ist der {datetime.date.today():%d.%m.%Y}" in err


@pytest.mark.parametrize(
    ("stichtag", "datum", "args"),
    [
        ("01.01.2020", "01.01.2020", []),                      # am Stichtag selbst
        (None, "2010-05-01", []),                              # ohne Stichtag: vor heute
        ("2020-01-01", "2022-06-01", ["--stichtag", "2023-01-01"]),  # --stichtag ersetzt den der Datei
        ("31.12.2100", "2099-12-31", []),                      # Planung: ein Stichtag weit in der Zukunft
        ("01.01.1949", "unbekannt", []),
    ],
)
def test_datum_merkmal_accepted(run, tmp_path, datum_normen, stichtag, datum, args):
    code, out, err = run(_datum_case(tmp_path, datum, stichtag), *args, "--format", "json", normen=datum_normen)
    assert code == 0, err
    assert json.loads(out)["ergebnisse"][0]["norm"] == "§ 1 Testgesetz"


def test_today_decides_without_stichtag():
    merkmale = {"D": MerkmalInfo("D", MerkmalType.DATE, (), "", (), "", ())}
    data = {"merkmale": {"D": "2026-11-24"}}
    with pytest.raises(CaseError) as info:
        case_values(data, merkmale, today=datetime.date(2026, 11, 23))
    assert info.value.field == "D" and "heute ist der 23.11.2026" in info.value.message
    values, _, _ = case_values(data, merkmale, today=datetime.date(2026, 11, 24))
    assert values == {"D": "2026-11-24"}


# ------------------------------------------------------------------ Zufallseingaben: nur CaseError

_YAML_TOKENS = ["merkmale", "bezeichnung", "stichtag", "Reiseunfähigkeit", "Dauer der Duldung", "Inhalt der Anordnung nach § 23 Abs. 1",
                ": ", ":", "\n", "\n  ", "  ", "- ", "[", "]", "{", "}", ",", "&a", "*a",
                "!!str ", "!!int ", "!!map ", "!!seq ", "!!python/", "! ",
                "!x", "? ", "<<", "---", "...", "|", ">", "'", '"', "#", "ja", "nein", "1", "0b_", "._", "-3",
                "2020-02-31", "31.02.2020", "18 Monate", "9" * 40, "~", "null", "true", "\t", "ä", "\x07", "%YAML 1.1"]
_JSON_TOKENS = ['{', '}', '[', ']', ',', ':', '"merkmale"', '"bezeichnung"', '"stichtag"', '"Reiseunfähigkeit"',
                '"Inhalt der Anordnung nach § 23 Abs. 1"', '"x"', 'true', 'null', 'NaN', '-1', '2.5', "9" * 40, '"18 Monate"', '"2020-02-31"',
                ' ', '\n', '"', '\\', '"\\ud800"', '"\\ud83d\\ude00"']


@pytest.fixture(scope="module")
def fuzz_dir():
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def _only_case_errors(path: Path, corpus) -> None:
    """Entweder ein Fall, der sich ausgeben lässt, oder ein CaseError mit ausgebbarer Meldung – nie etwas anderes."""
    try:
        values, label, _ = case_values(read_case_data(path), corpus.merkmale, corpus.begriffe)
    except CaseError as exc:
        assert exc.message
        exc.render().encode("utf-8")
    else:
        json.dumps([label, values], ensure_ascii=False).encode("utf-8")


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(tokens=st.lists(st.sampled_from(_YAML_TOKENS), max_size=25))
def test_random_yaml_gives_only_case_errors(fuzz_dir, corpus, tokens):
    path = fuzz_dir / "zufall.yaml"
    path.write_text("".join(tokens), encoding="utf-8")
    _only_case_errors(path, corpus)


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(tokens=st.lists(st.sampled_from(_JSON_TOKENS), max_size=25))
def test_random_json_gives_only_case_errors(fuzz_dir, corpus, tokens):
    path = fuzz_dir / "zufall.json"
    path.write_text("".join(tokens), encoding="utf-8")
    _only_case_errors(path, corpus)


@settings(max_examples=200, deadline=None, database=None)
@given(data=st.binary(max_size=64))
def test_random_bytes_give_only_case_errors(fuzz_dir, corpus, data):
    path = fuzz_dir / "zufall.yaml"
    path.write_bytes(data)
    _only_case_errors(path, corpus)


def test_a_label_with_terminal_control_characters_is_refused(tmp_path):
    """Die Bezeichnung erscheint in jeder Ausgabe: ESC-Folgen und Richtungszeichen dürfen nie ins Terminal."""
    from lexdsl.cli import main

    case = tmp_path / "fall.yaml"
    case.write_text('bezeichnung: "Fall \\e[31mrot \\u202eumgedreht"\nmerkmale:\n  Reiseunfähigkeit: ja\n',
                    encoding="utf-8")
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["prüfen", str(case)])
    assert code == 2 and out.getvalue() == ""
    assert "Feld »bezeichnung«" in err.getvalue() and "U+001B" in err.getvalue()
    assert "\x1b" not in err.getvalue() and "\u202e" not in err.getvalue()
