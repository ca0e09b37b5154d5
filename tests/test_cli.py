"""Kommandozeile: Ausgaben, JSON-Vertrag und jeder Exit-Code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lexdsl.cli import main

from .conftest import ROOT, dedent

EXAMPLE = str(ROOT / "beispiele" / "reiseunfaehigkeit.yaml")
OPEN_EXAMPLE = str(ROOT / "beispiele" / "verschulden_ungeklaert.yaml")
NORMS = str(ROOT / "norms")


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    cache = str(tmp_path / "cache")

    def run(*args: str):
        code = main(["--cache", cache, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def write_case(tmp_path: Path, text: str, name: str = "fall.yaml") -> str:
    path = tmp_path / name
    path.write_text(dedent(text), encoding="utf-8")
    return str(path)


# ------------------------------------------------------------------ prüfen

def test_pruefen_text_reads_like_a_decision(cli):
    code, out, err = cli("prüfen", EXAMPLE, "--ausfuehrlich")
    assert code == 0, err
    assert "Fall: Geduldeter mit dauerhafter Reiseunfähigkeit" in out
    assert "Ergebnis: Die Aufenthaltserlaubnis soll erteilt werden. [Regelanspruch (Soll-Vorschrift)]" in out
    assert "Begründung:" in out and "(§ 25 Abs. 5 S. 2 AufenthG; VwV 25.5.2)" in out
    assert "Familiennachzug: Wird nicht gewährt" in out


def test_pruefen_json_contract(cli):
    code, out, _ = cli("pruefen", EXAMPLE, "--format", "json", "--norm", "§ 25 Abs. 5 AufenthG")
    assert code == 0
    data = json.loads(out)
    [result] = data["ergebnisse"]
    assert set(result) >= {"norm", "ergebnis", "begruendung", "fehlende_merkmale", "nebenfolgen"}
    assert result["norm"] == "§ 25 Abs. 5 AufenthG"
    assert result["ergebnis"] == "soll"
    assert result["fehlende_merkmale"] == []
    assert result["nebenfolgen"]["Familiennachzug"]["fundstellen"] == ["VwV 25.5.8"]
    node = result["begruendung"][0]
    assert set(node) == {"text", "wert", "fundstellen", "kinder"}
    assert node["wert"] in ("ja", "nein", "unbekannt")


def test_unknown_verschulden_is_open_and_named(cli):
    code, out, _ = cli("prüfen", OPEN_EXAMPLE, "--format", "json", "--norm", "§ 25 Abs. 5 AufenthG")
    assert code == 0
    [result] = json.loads(out)["ergebnisse"]
    assert result["ergebnis"] == "offen"
    assert result["fehlende_merkmale"] == ["Täuschung über Identität oder Staatsangehörigkeit"]
    assert result["moegliche_ergebnisse"] == ["versagt", "soll"]


def test_pruefen_without_begruendung(cli):
    code, out, _ = cli("prüfen", EXAMPLE, "--format", "json", "--ohne-begruendung")
    assert code == 0
    assert all(r["begruendung"] == [] for r in json.loads(out)["ergebnisse"])


def test_pruefen_unknown_norm_is_exit_2(cli):
    code, _, err = cli("prüfen", EXAMPLE, "--norm", "§ 25 Abs. 6 AufenthG")
    assert code == 2
    assert "Unbekannte Norm »§ 25 Abs. 6 AufenthG«" in err and "Meinten Sie" in err and "»§ 25 Abs. 5 AufenthG«" in err


@pytest.mark.parametrize(
    ("text", "field", "fragment"),
    [
        ("merkmale:\n  Reiseunfähigkait: ja\n", "Reiseunfähigkait", "Meinten Sie »Reiseunfähigkeit«?"),
        ("merkmale:\n  Dauer der Duldung: 18\n", "Dauer der Duldung", "erwartet eine Dauer"),
        ("merkmale:\n  Dauer der Duldung: -3 Monate\n", "Dauer der Duldung", "nicht negativ"),
        ("merkmale:\n  Reiseunfähigkeit: vielleicht\n", "Reiseunfähigkeit", "erwartet ja oder nein"),
        ("merkmale:\n  festgestelltes Abschiebungsverbot: § 60 Abs. 4\n", "festgestelltes Abschiebungsverbot",
         "kein erlaubter Wert"),
        ("merkmale:\n  Reiseunfähigkeit: ja\n  Reiseunfähigkeit: nein\n", "Reiseunfähigkeit", "doppelt"),
        ("merkmal:\n  Reiseunfähigkeit: ja\n", "merkmal", "Meinten Sie »merkmale«?"),
        ("bezeichnung: x\n", "merkmale", "Das Feld fehlt"),
        ("merkmale: [ja, nein]\n", "merkmale", "erwartet eine Zuordnung"),
        ("merkmale:\n  Abschiebung seit 18 Monaten ausgesetzt: ja\n", "Abschiebung seit 18 Monaten ausgesetzt",
         "Begriff"),
    ],
)
def test_bad_case_files_exit_2_and_name_the_field(cli, tmp_path, text, field, fragment):
    code, out, err = cli("prüfen", write_case(tmp_path, text))
    assert code == 2
    assert out == ""
    assert f"Feld »{field}«" in err
    assert fragment in err
    assert err.startswith(str(tmp_path / "fall.yaml"))


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("fall.yaml", b"merkmale: [\n", "kein gültiges YAML"),
        ("fall.json", b'{"merkmale": {"Reiseunf\xc3\xa4higkeit": true,}}', "kein gültiges JSON"),
        ("fall.json", b'{"merkmale": {"A": 1, "A": 2}}', "doppelt"),
        ("fall.yaml", b"merkmale:\n  Reiseunf\xe4higkeit: ja\n", "nicht in UTF-8"),
        ("fall.yaml", b"\x00\x01\x02bin\xc3\xa4r", "keine Textdatei"),
        ("fall.txt", b"merkmale: {}\n", "Unbekanntes Dateiformat"),
        ("fall.yaml", b"- eine Liste\n", "muss eine Zuordnung"),
    ],
)
def test_unreadable_case_files_exit_2(cli, tmp_path, name, content, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = cli("prüfen", str(path))
    assert code == 2
    assert fragment in err


def test_missing_case_file_exit_2(cli, tmp_path):
    code, _, err = cli("prüfen", str(tmp_path / "gibt-es-nicht.yaml"))
    assert code == 2 and "existiert nicht" in err


def test_case_values_of_every_type(cli, tmp_path):
    path = write_case(tmp_path, """
        merkmale:
          vollziehbar ausreisepflichtig: true
          im Bundesgebiet: ja
          Dauer der Duldung: "1,5 Jahre"
          voraussichtliche Dauer des Ausreisehindernisses: 7 Monate
          festgestelltes Abschiebungsverbot: keines
          Reiseunfähigkeit: unbekannt
          Einreise- und Aufenthaltsverbot:
    """)
    code, out, err = cli("prüfen", path, "--format", "json")
    assert code == 0, err
    assert json.loads(out)["ergebnisse"][0]["ergebnis"] == "offen"


# ------------------------------------------------------------------ check

def test_check_clean_corpus_exit_0(cli):
    code, out, _err = cli("check", NORMS)
    assert code == 0
    assert "0 Fehler, 0 Warnung(en)" in out


def test_check_typo_prints_position_and_suggestion_exit_1(cli, tmp_path):
    folder = tmp_path / "normen"
    shutil.copytree(ROOT / "norms", folder)
    target = folder / "aufenthg_25_5.lexdsl"
    text = target.read_text(encoding="utf-8")
    text = text.replace("    - Reiseunfähigkeit\n", "    - Reiseunfähigkait\n", 1)
    target.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    - Reiseunfähigkait") + 1
    code, _, err = cli("check", str(folder))
    assert code == 1
    assert f"{target.as_posix()}:{line}:7: Fehler: Unbekanntes Merkmal oder unbekannter Begriff »Reiseunfähigkait«." in err
    assert "^^^^^^^^^^^^^^^^" in err
    assert "Hinweis: Meinten Sie »Reiseunfähigkeit«?" in err
    assert "1 Fehler" in err


def test_check_syntax_error_exit_1(cli, tmp_path):
    folder = tmp_path / "normen"
    folder.mkdir()
    (folder / "x.lexdsl").write_text("Merkmal A ja/nein\n", encoding="utf-8")
    code, _, err = cli("check", str(folder))
    assert code == 1 and "x.lexdsl:1:" in err and "Doppelpunkt" in err


def test_check_missing_path_exit_2(cli, tmp_path):
    code, _, err = cli("check", str(tmp_path / "fehlt"))
    assert code == 2 and "existiert nicht" in err


def test_pruefen_with_broken_norms_exit_1(cli, tmp_path):
    folder = tmp_path / "normen"
    folder.mkdir()
    (folder / "x.lexdsl").write_text('Norm "N": T\n  Sie kann erteilt werden, wenn Unbekannt\n', encoding="utf-8")
    code, _, err = cli("prüfen", EXAMPLE, "--normen", str(folder))
    assert code == 1 and "»Unbekannt«" in err


# ------------------------------------------------------------------ merkmale, kompilieren

def test_merkmale_json_lists_the_vocabulary(cli):
    code, out, _ = cli("merkmale", "--format", "json")
    assert code == 0
    entries = {e["name"]: e for e in json.loads(out)["merkmale"]}
    duldung = entries["Dauer der Duldung"]
    assert duldung["typ"] == "Dauer"
    assert duldung["fundstellen"] == ["VwV 25.5.2"]
    assert duldung["normen"] == ["§ 25 Abs. 5 AufenthG"]
    assert "Aufenthaltsgestattung" in duldung["beschreibung"]
    assert entries["festgestelltes Abschiebungsverbot"]["werte"][0] == "keines"
    assert set(entries["Reiseunfähigkeit"]) == {"name", "typ", "werte", "beschreibung", "fundstellen", "datei",
                                               "normen"}


def test_merkmale_text(cli):
    code, out, _ = cli("merkmale")
    assert code == 0 and "Dauer der Duldung: Dauer [VwV 25.5.2]" in out


def test_kompilieren_writes_an_importable_package(cli, tmp_path):
    target = tmp_path / "uebersetzt"
    code, out, _ = cli("kompilieren", NORMS, "-o", str(target))
    assert code == 0 and "geschrieben" in out
    assert (target / "aufenthg_25_5.py").read_text(encoding="utf-8").startswith("# Erzeugt von lexdsl")
    sys.path.insert(0, str(tmp_path))
    try:
        import importlib

        module = importlib.import_module("uebersetzt.aufenthg_25_5")
        assert {g.program.id for g in module.NORMEN} == {"§ 25 Abs. 5 AufenthG"}
        # je Fassung eine Variante, ihre Funktionen nach Norm und Fassung benannt
        assert [g.decide.__name__ for g in module.NORMEN] == ["entscheiden_aufenthg_25_5__stand_2012",
                                                             "entscheiden_aufenthg_25_5__stand_2021"]
    finally:
        sys.path.remove(str(tmp_path))


def test_kompilieren_output_runs_without_lexdsl(cli, tmp_path, corpus):
    """Das geschriebene Paket bringt seine Laufzeit mit: In einer Umgebung ohne lexdsl entscheidet es gleich."""
    import subprocess
    import venv

    target = tmp_path / "uebersetzt"
    code, _out, _err = cli("kompilieren", NORMS, "-o", str(target))
    assert code == 0
    env_dir = tmp_path / "ohne_lexdsl"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    script = (
        "import json, sys\n"
        "try:\n    import lexdsl\nexcept ImportError:\n    pass\nelse:\n    sys.exit('lexdsl ist hier installiert')\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "import uebersetzt\n"
        "from uebersetzt.runtime import Catalog\n"
        "katalog = Catalog.from_package(uebersetzt)\n"
        "werte = json.loads(sys.argv[1])\n"
        "fakten = katalog.complete(werte)\n"
        "print(json.dumps({n: r.outcome.value for n, r in zip(katalog.normen, katalog.pruefen(fakten))}))\n"
    )
    values = {"vollziehbar ausreisepflichtig": True, "im Bundesgebiet": True, "Reiseunfähigkeit": True,
              "Ausreisehindernis auf unbegrenzte Zeit": True, "Dauer der Duldung": 24.0}
    done = subprocess.run([str(python), "-I", "-c", script, json.dumps(values), str(tmp_path)], capture_output=True,
                          text=True, cwd=tmp_path, env={"PATH": os.environ.get("PATH", "")})
    assert done.returncode == 0, done.stderr
    outside = json.loads(done.stdout)
    inside = {r.norm: r.outcome.value for r in corpus.pruefen(corpus.complete(values))}
    assert outside == inside and outside["§ 25 Abs. 5 AufenthG"] == "offen"


def test_kompilieren_with_broken_norms_exit_1(cli, tmp_path):
    folder = tmp_path / "normen"
    folder.mkdir()
    (folder / "x.lexdsl").write_text("Merkmal A: ja/nein\nMerkmal A: ja/nein\n", encoding="utf-8")
    code, _, err = cli("kompilieren", str(folder), "-o", str(tmp_path / "o"))
    assert code == 1 and "mehrfach definiert" in err


def test_kompilieren_into_a_file_is_exit_2(cli, tmp_path):
    blocker = tmp_path / "datei"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = cli("kompilieren", NORMS, "-o", str(blocker))
    assert code == 2 and "kann nicht geschrieben werden" in err


# ------------------------------------------------------------------ Aufruf

@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["zaubern"], "ungültige Wahl"),
        (["prüfen"], "diese Angaben fehlen: FALL"),
        (["prüfen", EXAMPLE, "--format", "xml"], "ungültige Wahl"),
        (["kompilieren", NORMS], "diese Angaben fehlen: -o/--ausgabe"),
    ],
)
def test_usage_errors_exit_2_in_german(args, fragment, capsys):
    with pytest.raises(SystemExit) as info:
        main(args)
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert "Aufruf: lexdsl" in err and "Fehler:" in err
    assert fragment in err


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "Aufruf: lexdsl" in err and "Befehle" in err and "prüfen" in err


def test_console_script_runs_from_another_directory(tmp_path):
    script = Path(sys.executable).with_name("lexdsl")
    env = dict(os.environ, LEXDSL_CACHE=str(tmp_path / "cache"), LEXDSL_NORMEN=NORMS)
    done = subprocess.run([str(script), "prüfen", EXAMPLE, "--format", "json"], capture_output=True, text=True,
                          cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    results = {r["norm"]: r["ergebnis"] for r in json.loads(done.stdout)["ergebnisse"]}
    assert results["§ 25 Abs. 5 AufenthG"] == "soll"


def test_kompilieren_replaces_its_own_package_but_never_a_foreign_directory(cli, tmp_path):
    target = tmp_path / "paket"
    assert cli("kompilieren", NORMS, "-o", str(target))[0] == 0
    (target / "veraltet.py").write_text("# Erzeugt von lexdsl – eine alte Datei\n", encoding="utf-8")
    assert cli("kompilieren", NORMS, "-o", str(target))[0] == 0
    assert not (target / "veraltet.py").exists()          # das neue Paket ersetzt das alte ganz
    foreign = tmp_path / "fremd"
    foreign.mkdir()
    (foreign / "notizen.txt").write_text("wichtig", encoding="utf-8")
    code, _, err = cli("kompilieren", NORMS, "-o", str(foreign))
    assert code == 2 and "nicht von lexdsl stammen" in err
    assert [p.name for p in foreign.iterdir()] == ["notizen.txt"]


def test_an_internal_error_is_reported_in_german_without_a_traceback(monkeypatch, capsys):
    from lexdsl import cli as cli_module

    def broken(args):
        raise KeyError("kaputt")

    monkeypatch.setattr(cli_module, "cmd_merkmale", broken)
    monkeypatch.delenv("LEXDSL_DEBUG", raising=False)
    code = cli_module.main(["merkmale"])
    err = capsys.readouterr().err
    assert code == 70 and err.startswith("Interner Fehler in lexdsl (KeyError") and "Traceback" not in err
