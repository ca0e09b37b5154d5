"""Die Erweiterung für VS Code (``editor/vscode``): Manifest, Grammatiken und ihre Tests.

Ohne npm läuft nur, was Python allein prüfen kann (Manifest, Sperrdatei, Schlüsselwörter des deutschen
Gherkin); mit ``LEXDSL_EDITOR_PFLICHT=1`` ist ein fehlendes npm oder ``node_modules`` ein Fehler.
Mit ``node_modules`` (``make editor`` oder ``npm ci`` in ``editor/vscode``) zerlegt vscode-textmate jede
Normdatei und jedes Szenario, wie VS Code es tut, und jeder Token des Lark-Parsers (jedes Schlüsselwort,
jeder Name, jede Fundstelle) bzw. jedes Schlüsselwort des Gherkin-Parsers muss dort den passenden
Bereich haben. Dazu laufen die Grammatiktests (vscode-tmgrammar-test) und der Ladetest der Erweiterung.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from lark import Lark, Token
from lark.indenter import Indenter

from lexdsl.language.grammar import grammar_text

ROOT = Path(__file__).resolve().parents[1]
EXT = ROOT / "editor" / "vscode"
PACKAGE = json.loads((EXT / "package.json").read_text(encoding="utf-8"))
GRAMMARS = {g["language"]: g for g in PACKAGE["contributes"]["grammars"]}


def _grammar(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXT / GRAMMARS[language]["path"]).read_text(encoding="utf-8"))
    return data


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("LEXDSL_EDITOR_PFLICHT") == "1":
        pytest.fail(f"Die Tests der Erweiterung sind Pflicht (LEXDSL_EDITOR_PFLICHT=1), aber: {reason}", pytrace=False)
    pytest.skip(reason)


def _node_modules() -> None:
    if shutil.which("npm") is None or shutil.which("node") is None:
        _skip_or_fail("npm fehlt (apt-get install npm)")
    if not (EXT / "node_modules" / "vscode-textmate").is_dir():
        _skip_or_fail("editor/vscode/node_modules fehlt (make editor oder npm ci in editor/vscode)")


# ------------------------------------------------------------------ ohne npm


def test_manifest_nennt_vorhandene_dateien() -> None:
    contributes = PACKAGE["contributes"]
    assert (EXT / PACKAGE["main"]).is_file()
    assert (EXT / "LICENSE").read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(encoding="utf-8")
    languages = {lang["id"]: lang for lang in contributes["languages"]}
    assert languages["lexdsl"]["extensions"] == [".lexdsl"]
    assert languages["gherkin-de"]["extensions"] == [".feature"]
    for lang in languages.values():
        config = json.loads((EXT / lang["configuration"]).read_text(encoding="utf-8"))
        assert config["comments"]["lineComment"] == "#"
    assert set(GRAMMARS) == set(languages)
    for language, entry in GRAMMARS.items():
        assert _grammar(language)["scopeName"] == entry["scopeName"]
    setting = contributes["configuration"]["properties"]["lexdsl.sprachserver.befehl"]
    assert setting["default"] == "lexdsl"
    extension = (EXT / PACKAGE["main"]).read_text(encoding="utf-8")
    assert "lexdsl.sprachserver.befehl" in extension and "pip install 'lexdsl[sprache]'" in extension
    for command in contributes["commands"]:
        assert command["command"] in extension


def test_readme_nennt_die_gebaute_vsix() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"code --install-extension editor/vscode/{PACKAGE['name']}-{PACKAGE['version']}.vsix" in readme
    for editor in ("### Neovim", "### Emacs", "### Helix", "eglot-server-programs", "[language-server.lexdsl]"):
        assert editor in readme


def test_sperrdatei_hat_genaue_versionen() -> None:
    lock = json.loads((EXT / "package-lock.json").read_text(encoding="utf-8"))
    for section in ("dependencies", "devDependencies"):
        for name, version in PACKAGE[section].items():
            assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name}: genaue Version statt {version}"
            assert lock["packages"][""][section][name] == version
            assert lock["packages"][f"node_modules/{name}"]["version"] == version


def _regexes(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("match", "begin") and isinstance(value, str):
                yield value
            else:
                yield from _regexes(value)
    elif isinstance(node, list):
        for item in node:
            yield from _regexes(item)


def test_gherkin_schluesselwoerter_vollstaendig() -> None:
    """Jedes deutsche Schlüsselwort, das der Gherkin-Parser kennt, hebt die Grammatik am Zeilenanfang hervor."""
    languages = json.loads((Path(pytest.importorskip("gherkin").__file__).parent
                            / "gherkin-languages.json").read_text(encoding="utf-8"))
    compiled = []
    for pattern in _regexes(_grammar("gherkin-de")):
        try:
            compiled.append(re.compile(pattern))
        except re.error:
            continue  # Oniguruma kann mehr als re; diese Muster prüfen die Tests mit node
    missing = []
    for kind, words in languages["de"].items():
        if kind == "name" or kind == "native":
            continue
        for word in words:
            keyword = word.strip()
            line = f"    {keyword} etwas" if word.endswith(" ") else f"  {keyword}: Titel"
            if not any((m := rx.match(line)) and m.start(1) == 2 + 2 * word.endswith(" ")
                       and m.group(1) == keyword for rx in compiled if rx.groups):
                missing.append(keyword)
    assert not missing, f"nicht hervorgehoben: {missing}"


# ------------------------------------------------------------------ mit node_modules


def _scopes(scope_name: str, files: list[Path]) -> dict[str, list[list[tuple[int, int, list[str]]]]]:
    done = subprocess.run(["node", "tests/bereiche.js", scope_name, *map(str, files)], cwd=EXT,
                          capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, list[list[tuple[int, int, list[str]]]]] = json.loads(done.stdout)
    return result


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _scopes_at(lines: list[list[tuple[int, int, list[str]]]], source: list[str], line: int, column: int,
               length: int) -> list[list[str]]:
    """Die Bereiche jedes Zeichens von (Zeile, Spalte) an, beide ab 1 und in Zeichen gezählt."""
    text = source[line - 1]
    start = _utf16(text[:column - 1])
    end = start + _utf16(text[column - 1:column - 1 + length])
    return [scopes for a, b, scopes in lines[line - 1] if a < end and b > start]


class _Indent(Indenter):
    NL_type = "_NL"
    OPEN_PAREN_types: ClassVar[list[str]] = []
    CLOSE_PAREN_types: ClassVar[list[str]] = []
    INDENT_type = "_INDENT"
    DEDENT_type = "_DEDENT"
    tab_len = 4


# Token des Lark-Parsers → Anfang des Bereichs, den die TextMate-Grammatik ihm geben muss.
_EXPECTED = {
    **dict.fromkeys(("MERKMAL", "BEGRIFF", "NORM", "VORSCHRIFT", "WORTLAUT", "FASSUNG", "NEBENFOLGEN",
                     "ERMESSENSKRITERIEN"), "keyword.declaration."),
    **dict.fromkeys(("LIEGT_VOR", "LIEGT_INSBESONDERE_VOR", "LIEGT_REGELMAESSIG_NICHT_VOR", "WENN", "ES_SEI_DENN",
                     "ATYPISCH", "TATBESTAND"), "keyword.control.conditional."),
    "ABWEICHUNG": "keyword.control.abweichung.",
    "SUBJECT": "keyword.other.subject.",
    **dict.fromkeys(("ANSPRUCH", "REGELANSPRUCH", "SOLL", "ERMESSEN", "VERSAGUNG", "REGELVERSAGUNG"),
                    "keyword.control.rechtsfolge."),
    "GROUP": "keyword.operator.logical.group.",
    "NICHT": "keyword.operator.logical.not.",
    **dict.fromkeys(("TYPE_BOOL", "TYPE_COUNT", "TYPE_DURATION", "TYPE_DATE", "TYPE_CHOICE"), "storage.type."),
    **dict.fromkeys(("CMP_NUM", "CMP_DATE", "ONE_OF"), "keyword.operator.comparison."),
    "BOOL_LITERAL": "constant.language.boolean.",
    "NUMBER": "constant.numeric.",
    "DATE": "constant.numeric.date.",
    "COUNT_WORD": "constant.numeric.count.",
    "UNIT": "keyword.other.unit.",
    **dict.fromkeys(("GILT_AB", "BELEGT_AB", "BIS", "STAND", "ZUVOR_UNBELEGT"), "keyword.other.geltung."),
    "STRING": "string.quoted.double.",
    "CITATION": "meta.citation.",
    "QUOTE": "markup.quote.",
    "TITLE": "entity.name.section.title.",
    "MINUS": "punctuation.definition.list.begin.",
}
# Namen dürfen nie wie ein Schlüsselwort, ein Wert oder ein Typ aussehen.
_NOT_FOR_NAMES = ("keyword.", "constant.", "storage.", "string.", "comment.")


def test_textmate_grammatik_folgt_dem_parser_in_allen_normdateien() -> None:
    _node_modules()
    lark = Lark(grammar_text(), parser="lalr", lexer="contextual", postlex=_Indent(), keep_all_tokens=True)
    files = sorted((ROOT / "norms").glob("*.lexdsl"))
    scopes = _scopes("source.lexdsl", files)
    problems: list[str] = []
    seen: set[str] = set()
    for path in files:
        source = path.read_text(encoding="utf-8")
        lines = source.split("\n")
        tm = scopes[str(path)]
        for token in lark.parse(source).scan_values(lambda v: isinstance(v, Token)):
            kind = token.type
            if kind.startswith("_") or token.line is None or token.column is None:
                continue
            value = str(token).rstrip()
            # Token über Zeilen (QUOTE endet vor dem Zeilenende) und Leerraum am Rand zählen nicht.
            length = len(value.split("\n")[0])
            if length == 0:
                continue
            found = _scopes_at(tm, lines, token.line, token.column, length)
            where = f"{path.name}:{token.line}:{token.column} {kind} {value[:40]!r}"
            if kind == "NAME":
                bad = {s for scopes_ in found for s in scopes_ if s.startswith(_NOT_FOR_NAMES)}
                if bad:
                    problems.append(f"{where}: Name mit {sorted(bad)}")
            elif kind in _EXPECTED:
                seen.add(kind)
                prefix = _EXPECTED[kind]
                if not found or not all(any(s.startswith(prefix) for s in scopes_) for scopes_ in found):
                    problems.append(f"{where}: erwartet {prefix}…, gefunden {found}")
    assert not problems, "\n".join(problems[:30]) + f"\n({len(problems)} Abweichungen)"
    # Die Normdateien zeigen fast jedes Schlüsselwort; wer eines streicht, merkt es hier.
    assert {"SUBJECT", "SOLL", "ERMESSEN", "VERSAGUNG", "GROUP", "NICHT", "CMP_NUM", "ONE_OF", "FASSUNG",
            "GILT_AB", "BELEGT_AB", "CITATION", "QUOTE", "TITLE", "MERKMAL", "BEGRIFF"} <= seen


def test_textmate_grammatik_folgt_dem_gherkin_parser_in_allen_szenarien() -> None:
    _node_modules()
    gherkin_parser = pytest.importorskip("gherkin.parser")
    scanner = pytest.importorskip("gherkin.token_scanner")
    files = sorted((ROOT / "features").rglob("*.feature"))
    scopes = _scopes("text.gherkin.de", files)
    problems: list[str] = []
    count = 0

    def expect(path: Path, lines: list[str], location: dict[str, int], text: str, prefix: str) -> None:
        nonlocal count
        count += 1
        found = _scopes_at(scopes[str(path)], lines, location["line"], location["column"], len(text))
        if not found or not all(any(s.startswith(prefix) for s in scopes_) for scopes_ in found):
            problems.append(f"{path.name}:{location['line']}:{location['column']} {text!r}: erwartet {prefix}…, "
                            f"gefunden {found}")

    for path in files:
        source = path.read_text(encoding="utf-8")
        lines = source.split("\n")
        assert lines[0].strip() == "# language: de", path
        expect(path, lines, {"line": 1, "column": 3}, "language", "keyword.other.directive.language.")
        feature = gherkin_parser.Parser().parse(scanner.TokenScanner(source))["feature"]
        blocks: list[dict[str, Any]] = [feature]
        for child in feature["children"]:
            for kind in ("background", "scenario", "rule"):
                if kind in child:
                    blocks.append(child[kind])
                    blocks.extend(c.get("scenario") or c.get("background") for c in child[kind].get("children", []))
        for block in blocks:
            expect(path, lines, block["location"], block["keyword"], "keyword.other.")
            for tag in block.get("tags", []):
                expect(path, lines, tag["location"], tag["name"], "entity.name.tag.")
            for step in block.get("steps", []):
                expect(path, lines, step["location"], step["keyword"].strip(), "keyword.control.step.")
                for row in (step.get("dataTable") or {}).get("rows", []):
                    for cell in row["cells"]:
                        if cell["value"]:
                            expect(path, lines, cell["location"], cell["value"], "meta.table.")
            for examples in block.get("examples", []):
                expect(path, lines, examples["location"], examples["keyword"], "keyword.other.examples.")
    assert not problems, "\n".join(problems[:30]) + f"\n({len(problems)} Abweichungen)"
    assert count > 1000


def test_grammatiktests_und_ladetest() -> None:
    """npm test: vscode-tmgrammar-test über editor/vscode/tests/*.test.* und der Ladetest der Erweiterung."""
    _node_modules()
    done = subprocess.run(["npm", "test", "--silent"], cwd=EXT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "normen.test.lexdsl run successfuly" in done.stdout
    assert "szenarien.test.feature run successfuly" in done.stdout
