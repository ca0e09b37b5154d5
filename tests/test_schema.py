"""Das JSON-Schema der Falldateien: gültig, deterministisch und einig mit dem Leser in lexdsl.cases."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lexdsl.cases import MAX_ANZAHL, STICHTAG_JAHRE, case_values, convert_value, load_case, parse_case_file
from lexdsl.cases.schema import SCHEMA_ID, case_schema, schema_text
from lexdsl.cli import main
from lexdsl.errors import CaseError
from lexdsl.runtime import MerkmalInfo, MerkmalType

from .conftest import NORMS, ROOT

KAPUTT = ROOT / "tests" / "data" / "faelle_kaputt"
EXPECTED = json.loads((KAPUTT / "ERWARTUNG.json").read_text(encoding="utf-8"))["faelle"]
GOOD = sorted([*(ROOT / "beispiele").glob("*.yaml"), *(ROOT / "tests" / "data" / "faelle_gut").iterdir()])
AUSWAHL = ("keines", "§ 60 Abs. 5", "nach Ermessen", "Ja")
VOCABULARY = {
    name: MerkmalInfo(name, MerkmalType(typ), werte, f"Ein Merkmal vom Typ {typ}.", ("§ 1 Testgesetz",), "", ())
    for name, typ, werte in [("J", "ja/nein", ()), ("A", "Anzahl", ()), ("D", "Dauer", ()), ("T", "Datum", ()),
                             ("W", "Auswahl", AUSWAHL)]
}


def as_instance(value):
    """Eine gelesene Falldatei als JSON-Instanz: YAML-Daten werden Texte, Schlüssel werden Texte wie in JSON."""
    if isinstance(value, dict):
        return {_key(k): as_instance(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_instance(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def _key(key) -> str:
    if isinstance(key, str):
        return key
    return json.dumps(key) if key is None or isinstance(key, bool) else str(key)


def parse(path: Path):
    """Die Instanz, wie lexdsl sie liest (ein YAML-»Datum« wie 2021-02-29, das es nicht gibt, bleibt Text)."""
    return as_instance(parse_case_file(path))


@pytest.fixture(scope="module")
def schema(corpus):
    return case_schema(corpus.merkmale, corpus.begriffe)


@pytest.fixture(scope="module")
def validator(schema):
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def small_validator():
    return jsonschema.Draft202012Validator(case_schema(VOCABULARY))


# ------------------------------------------------------------------ Form


def test_schema_is_a_valid_draft_2020_12_schema(schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID == "urn:lexdsl:falldatei"
    assert schema["title"] == "Falldatei für lexdsl"
    assert schema["required"] == ["merkmale"]
    assert schema["additionalProperties"] is False
    assert list(schema["properties"]) == ["bezeichnung", "stichtag", "merkmale"]


def test_one_property_per_merkmal_in_vocabulary_order(schema, corpus):
    merkmale = schema["properties"]["merkmale"]
    assert merkmale["additionalProperties"] is False
    assert list(merkmale["properties"]) == list(corpus.merkmale)
    duldung = merkmale["properties"]["Dauer der Duldung"]
    assert duldung["$ref"] == "#/$defs/dauer"
    assert "Aufenthaltsgestattung" in duldung["description"] and "[VwV 25.5.2]" in duldung["description"]
    verbot = merkmale["properties"]["festgestelltes Abschiebungsverbot"]
    assert verbot["anyOf"][1] == {"enum": list(corpus.merkmale["festgestelltes Abschiebungsverbot"].values)}


def test_schema_is_deterministic(corpus):
    first = schema_text(corpus.merkmale, corpus.begriffe)
    assert first == schema_text(dict(corpus.merkmale), dict(corpus.begriffe))
    assert json.loads(first) == case_schema(corpus.merkmale, corpus.begriffe)


def test_schema_module_does_not_need_jsonschema():
    source = (ROOT / "src" / "lexdsl" / "cases" / "schema.py").read_text(encoding="utf-8")
    assert "jsonschema" not in source


# ------------------------------------------------------------------ Schema und Leser sind sich einig


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_good_case_files_are_valid_for_schema_and_reader(validator, corpus, path):
    errors = [e.message for e in validator.iter_errors(parse(path))]
    assert errors == []
    load_case(path, corpus)


SCHEMA_CASES = sorted(name for name, expected in EXPECTED.items() if expected["schema"])


def test_most_malformed_files_are_expressible_in_the_schema():
    assert len(SCHEMA_CASES) >= 25


@pytest.mark.parametrize("name", SCHEMA_CASES)
def test_malformed_files_are_rejected_by_schema_and_reader(validator, corpus, name):
    path = KAPUTT / name
    assert not validator.is_valid(parse(path))
    with pytest.raises(CaseError):
        load_case(path, corpus)


def _reader_accepts(name: str, value) -> bool:
    try:
        convert_value(name, VOCABULARY[name], value)
    except CaseError:
        return False
    return True


def _agree(small_validator, name: str, value) -> None:
    schema_ok = small_validator.is_valid({"merkmale": {name: value}})
    assert _reader_accepts(name, value) == schema_ok, f"{name}: {value!r} – Schema sagt {schema_ok}"


# Strategien: beliebige JSON-Werte und je Typ Schreibweisen nahe an der Grenze des Erlaubten.
_SPACE = st.sampled_from(["", " ", "  ", "\t", "\n", "\r\n", "\x0b", "\x0c", "\xa0", "\u2003", "\ufeff", "\x85"])


def _padded(core):
    return st.tuples(_SPACE, core, _SPACE).map("".join)


def _any_case(words):
    def mix(word):
        flags = st.lists(st.booleans(), min_size=len(word), max_size=len(word))
        return flags.map(lambda f: "".join(c.upper() if up else c.lower() for c, up in zip(word, f)))

    return st.sampled_from(words).flatmap(mix)


_JSON_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    _padded(_any_case(["unbekannt", "offen", "?", "unbekant", "offe", "unbeKannt"])),  # mit Kelvin-Zeichen
)
_DIGITS = st.tuples(st.integers(0, 3), st.integers(0, 10**10)).map(lambda t: "0" * t[0] + str(t[1]))
_JA_NEIN = _padded(_any_case(["ja", "nein", "jaa", "nei", "neİn", "jа", "yes"]))  # mit kyrillischem а
_ANZAHL = st.one_of(
    st.integers(-10, 10**10), st.integers(-10, 10**10).map(float),
    st.sampled_from([MAX_ANZAHL, MAX_ANZAHL + 1, float(MAX_ANZAHL), MAX_ANZAHL + 0.5, -0.0, 0.5, 1e300, -1]),
    _padded(_DIGITS), _padded(st.text(alphabet="0123456789-+.,²١ ", max_size=12)),
    _DIGITS.map(lambda d: "-" + d),
)
_UNIT = _any_case(["Monat", "Monate", "Monaten", "Jahr", "Jahre", "Jahren", "Wochen", "Mon", "Monats", "J", ""])
_NUMBER = st.one_of(_DIGITS, st.tuples(_DIGITS, st.sampled_from([",", ".", ",,", ";"]), _DIGITS).map("".join))
_DAUER = _padded(st.tuples(st.sampled_from(["", "-", "+"]), _NUMBER, st.sampled_from(["", " ", "\t", "\xa0", "  "]),
                           _UNIT).map("".join))


def _width(number_strategy):
    return st.tuples(number_strategy, st.integers(1, 5)).map(lambda t: str(t[0]).zfill(t[1]))


_YEAR = st.one_of(
    st.integers(1, 9999).map("{:04d}".format),
    _width(st.one_of(st.integers(0, 10_000),
                     st.sampled_from([1, 4, 100, 400, 1900, 1948, 1949, 2000, 2023, 2024, 2100, 2101, 2400]))),
)
_DAY_MONTH = _width(st.integers(0, 32))
_DATUM = _padded(st.one_of(
    st.tuples(_YEAR, _DAY_MONTH, _DAY_MONTH).map(lambda t: f"{t[0]}-{t[1]}-{t[2]}"),
    st.tuples(_DAY_MONTH, _DAY_MONTH, _YEAR).map(lambda t: f"{t[0]}.{t[1]}.{t[2]}"),
    st.tuples(st.sampled_from(["28", "29", "30"]), st.sampled_from(["2", "02"]), _YEAR).map(".".join),
    st.tuples(_YEAR, st.sampled_from(["02"]), st.sampled_from(["28", "29", "30"])).map("-".join),
    st.dates().map(lambda d: d.isoformat()), st.dates().map(lambda d: f"{d:%d.%m.%Y}"),
    st.datetimes().map(lambda d: d.isoformat()), st.dates().map(lambda d: f"{d:%d/%m/%Y}"),
))
_AUSWAHL = st.one_of(st.sampled_from(AUSWAHL), _padded(st.sampled_from(AUSWAHL)), _any_case(list(AUSWAHL)))

STRATEGIES = {"J": _JA_NEIN, "A": _ANZAHL, "D": _DAUER, "T": _DATUM, "W": _AUSWAHL}


@pytest.mark.parametrize("name", sorted(STRATEGIES))
def test_reader_and_schema_accept_the_same_values(small_validator, name):
    @settings(max_examples=200, deadline=None, database=None)
    @given(value=st.one_of(_JSON_VALUES, STRATEGIES[name]))
    def agree(value):
        _agree(small_validator, name, value)

    agree()


@pytest.mark.parametrize("year", [1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 9999])
def test_reader_and_schema_agree_on_every_day_month_pair(small_validator, year):
    for month in range(15):
        for day in range(34):
            for text in (f"{year:04d}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year:04d}",
                         f"{day}.{month}.{year:04d}"):
                _agree(small_validator, "T", text)


@settings(max_examples=200, deadline=None, database=None)
@given(year=st.integers(0, 9999))
def test_reader_and_schema_agree_on_the_29th_of_february(small_validator, year):
    for text in (f"{year:04d}-02-29", f"29.02.{year:04d}", f"29.2.{year:04d}"):
        _agree(small_validator, "T", text)


@settings(max_examples=200, deadline=None, database=None)
@given(value=st.one_of(_JSON_VALUES, _DATUM))
def test_reader_and_schema_agree_on_the_stichtag(small_validator, value):
    data = {"stichtag": value, "merkmale": {}}
    try:
        case_values(data, VOCABULARY)
        reader_ok = True
    except CaseError:
        reader_ok = False
    assert reader_ok == small_validator.is_valid(data), repr(value)


@pytest.mark.parametrize(
    ("name", "value", "accepted"),
    [
        ("T", "29.02.2000", True), ("T", "29.02.1900", False), ("T", "2024-02-29", True), ("T", "0000-01-01", False),
        ("T", "1.1.0001", True), ("T", "31.04.2020", False), ("T", " 2020-12-31\n", True), ("T", "20200101", False),
        ("A", 3.0, True), ("A", "007", True), ("A", MAX_ANZAHL + 1, False), ("A", True, False),
        ("D", "0,5 jahre", True), ("D", "1234567 Monate", False), ("D", "18\xa0Monate", False),
        ("J", "JA", True), ("J", 1, False), ("W", "ja", False), ("W", None, True), ("W", "?", True),
    ],
)
def test_reader_and_schema_on_chosen_edge_cases(small_validator, name, value, accepted):
    assert _reader_accepts(name, value) is accepted
    assert small_validator.is_valid({"merkmale": {name: value}}) is accepted


def test_stichtag_years_bound_the_schema(small_validator):
    first, last = STICHTAG_JAHRE
    for year, ok in [(first - 1, False), (first, True), (last, True), (last + 1, False)]:
        for text in (f"{year}-06-01", f"1.6.{year}"):
            assert small_validator.is_valid({"stichtag": text, "merkmale": {}}) is ok, text


# ------------------------------------------------------------------ lexdsl schema


@pytest.fixture
def cli(tmp_path, capsys):
    cache = str(tmp_path / "cache")

    def run(*args: str):
        code = main(["--cache", cache, "schema", "--normen", str(NORMS), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_prints_the_schema(cli, corpus):
    code, out, err = cli()
    assert code == 0, err
    assert out == schema_text(corpus.merkmale, corpus.begriffe)
    assert "„" in out or "»" in out  # ensure_ascii=False: Umlaute und Anführungszeichen bleiben lesbar
    assert "\\u00" not in out


def test_cli_writes_the_schema_to_a_file(cli, tmp_path, corpus):
    target = tmp_path / "aus" / "falldatei.schema.json"
    code, out, _ = cli("-o", str(target))
    assert code == 0
    assert out == f"Schema der Falldateien nach {target} geschrieben.\n"
    assert target.read_text(encoding="utf-8") == schema_text(corpus.merkmale, corpus.begriffe)
    assert sorted(p.name for p in target.parent.iterdir()) == ["falldatei.schema.json"]


def test_cli_schema_into_a_directory_is_exit_2(cli, tmp_path):
    code, out, err = cli("-o", str(tmp_path))
    assert code == 2 and out == ""
    assert err.startswith(f"Fehler: »{tmp_path}« kann nicht geschrieben werden (das ist ein Verzeichnis).")


def test_cli_schema_with_broken_norms_is_exit_1(tmp_path, capsys):
    folder = tmp_path / "normen"
    folder.mkdir()
    (folder / "x.lexdsl").write_text("Merkmal A: ja/nein\nMerkmal A: ja/nein\n", encoding="utf-8")
    code = main(["--cache", str(tmp_path / "cache"), "schema", "--normen", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "mehrfach definiert" in err


def test_cli_schema_usage_error_is_exit_2_in_german(capsys):
    with pytest.raises(SystemExit) as info:
        main(["schema", "--format", "xml"])
    assert info.value.code == 2
    assert "Fehler: unbekannte Angaben: --format xml" in capsys.readouterr().err


def test_cli_help_is_german(capsys):
    with pytest.raises(SystemExit):
        main(["schema", "--help"])
    out = capsys.readouterr().out
    assert "JSON Schema (Entwurf 2020-12) für Falldateien" in out and "--normen PFAD" in out


def test_schema_and_reader_agree_on_labels_with_control_characters(validator):
    for label, ok in (("Geduldeter mit Reiseunfähigkeit", True), ("Fall \x1b[31mrot", False),
                      ("umgedreht \u202e", False), ("zwei\nZeilen", False)):
        instance = {"bezeichnung": label, "merkmale": {}}
        assert validator.is_valid(instance) is ok, label
        try:
            case_values(instance, {}, {})
            accepted = True
        except CaseError:
            accepted = False
        assert accepted is ok, label
