"""Die Kommandozeile in jeder Umgebung: fremde Kodierung, volle Platte, geschlossene Ausgabe, seltsame Dateinamen,
mehrere Fälle und die Standardeingabe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

EXAMPLE = "beispiele/reiseunfaehigkeit.yaml"


def lexdsl(*args: str, stdin: bytes | None = None, cache: Path, env: dict[str, str] | None = None,
           stdout=subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    full = dict(os.environ, LEXDSL_CACHE=str(cache))
    full.pop("PYTHONIOENCODING", None)
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "lexdsl.cli", *args], input=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, cwd=ROOT, env=full, timeout=120)


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    path = tmp_path_factory.mktemp("cache")
    lexdsl("prüfen", EXAMPLE, cache=path)
    return path


@pytest.mark.parametrize(("encoding", "word"), [("iso8859-15", "Reiseunfähigkeit"), ("ascii", "Reiseunfaehigkeit"),
                                                ("cp1252", "Reiseunfähigkeit")])
def test_a_terminal_that_is_not_utf8_gets_readable_output(cache, encoding, word):
    done = lexdsl("prüfen", EXAMPLE, cache=cache, env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    text = done.stdout.decode(encoding)
    assert word in text and "Die Aufenthaltserlaubnis soll erteilt werden." in text
    assert "?" not in text.replace("Meinten Sie", ""), [line for line in text.splitlines() if "?" in line][:3]


def test_an_error_message_on_a_latin1_terminal_is_readable(cache, tmp_path):
    case = tmp_path / "fall.yaml"
    case.write_text("merkmale:\n  Reiseunfähigkait: ja\n", encoding="utf-8")
    done = lexdsl("prüfen", str(case), cache=cache, env={"PYTHONIOENCODING": "iso8859-15"})
    assert done.returncode == 2
    assert "Meinten Sie »Reiseunfähigkeit«?" in done.stderr.decode("iso8859-15")


def test_a_full_disk_is_an_io_error_with_exit_2(cache):
    with open("/dev/full", "wb") as full:
        done = lexdsl("prüfen", EXAMPLE, cache=cache, stdout=full)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert "Die Ausgabe lässt sich nicht schreiben" in err
    assert "Programmfehler" not in err and "Traceback" not in err and "Exception ignored" not in err


def test_a_closed_stdout_is_an_io_error_with_exit_2(cache):
    code = ("import subprocess, sys, os\n"
            f"p = subprocess.run([sys.executable, '-m', 'lexdsl.cli', 'prüfen', {EXAMPLE!r}], stdout=subprocess.DEVNULL,"
            " stderr=subprocess.PIPE, close_fds=True, pass_fds=(), preexec_fn=lambda: os.close(1))\n"
            "sys.stdout.write(str(p.returncode) + '\\n' + p.stderr.decode())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ, LEXDSL_CACHE=str(cache)), timeout=120)
    rc, _, err = done.stdout.partition("\n")
    assert rc == "2", done.stdout + done.stderr
    assert "Die Ausgabe lässt sich nicht schreiben" in err and "Programmfehler" not in err


def test_a_broken_pipe_ends_quietly(cache):
    done = subprocess.run(f"{sys.executable} -m lexdsl.cli prüfen {EXAMPLE} --ausfuehrlich | head -1", shell=True,
                          capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, LEXDSL_CACHE=str(cache)),
                          timeout=120)
    assert done.stdout.startswith("Fall:") and "Traceback" not in done.stderr and "Exception" not in done.stderr


def test_control_characters_in_a_file_name_are_shown_escaped(cache, tmp_path):
    case = tmp_path / "fall\nzweite Zeile\x1b[31m.yaml"
    case.write_text("merkmale:\n  Reiseunfähigkait: ja\n", encoding="utf-8")
    done = lexdsl("prüfen", str(case), cache=cache)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2
    assert "\x1b" not in err and "fall\\nzweite Zeile\\x1b[31m.yaml" in err
    good = tmp_path / "gut\r.yaml"
    good.write_text("merkmale:\n  Reiseunfähigkeit: ja\n", encoding="utf-8")
    done = lexdsl("prüfen", str(good), cache=cache)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0 and "\r" not in out and "gut\\r.yaml" in out


def test_several_case_files_and_stdin(cache, tmp_path):
    other = tmp_path / "zweiter.json"
    other.write_text(json.dumps({"bezeichnung": "Zweiter", "merkmale": {"Reiseunfähigkeit": "ja"}}), encoding="utf-8")
    done = lexdsl("prüfen", EXAMPLE, str(other), cache=cache)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0
    assert "Fall: Geduldeter mit dauerhafter Reiseunfähigkeit" in out and "Fall: Zweiter" in out
    done = lexdsl("prüfen", EXAMPLE, str(other), "--format", "json", cache=cache)
    data = json.loads(done.stdout)
    assert [f["datei"] for f in data["faelle"]] == [EXAMPLE, str(other)]
    assert data["faelle"][1]["fall"] == "Zweiter"

    yaml_text = (ROOT / EXAMPLE).read_bytes()
    done = lexdsl("prüfen", "-", "--norm", "§ 25 Abs. 5 AufenthG", "--format", "json", stdin=yaml_text, cache=cache)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ergebnisse"][0]["ergebnis"] == "soll"
    done = lexdsl("prüfen", "-", "--norm", "§ 25 Abs. 5 AufenthG", stdin=other.read_bytes(), cache=cache)
    assert done.returncode == 0 and "Fall: Zweiter (Standardeingabe)" in done.stdout.decode("utf-8")


def test_one_bad_file_among_several_prints_nothing_but_the_error(cache, tmp_path):
    bad = tmp_path / "kaputt.yaml"
    bad.write_text("merkmale:\n  Reiseunfähigkait: ja\n", encoding="utf-8")
    done = lexdsl("prüfen", EXAMPLE, str(bad), cache=cache)
    assert done.returncode == 2 and done.stdout == b""
    assert "kaputt.yaml" in done.stderr.decode("utf-8")


def test_abdeckung_never_prints_a_previous_report(tmp_path, capsys):
    from lexdsl.cli import main

    empty = tmp_path / "features"
    empty.mkdir()
    report = tmp_path / "abdeckung.json"
    report.write_text(json.dumps({"normen": {"§ 99 Alt": {}}, "alt": True}), encoding="utf-8")
    code = main(["--cache", str(tmp_path / "c"), "abdeckung", str(empty), "-o", str(report), "--normen",
                 str(ROOT / "norms")])
    out, err = capsys.readouterr()
    assert code != 0
    assert "§ 99 Alt" not in out and "Kein Szenario" in err
    assert json.loads(report.read_text(encoding="utf-8"))["alt"] is True   # nichts überschrieben
