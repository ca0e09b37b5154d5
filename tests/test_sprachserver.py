"""Der Sprachserver (lexdsl sprachserver) über stdin/stdout, wie ein Editor ihn startet, auf einer Kopie des Korpus."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

from lexdsl import cli
from lexdsl.language import checks, parser

from .conftest import ROOT

OLD = "Reiseunfähigkeit"
NEW = "Reiseunfähigkeit des Ausländers"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Normen, Szenarien und Beispielfälle in tmp_path: Umbenennen darf das Repository nie berühren."""
    root = tmp_path / "ws"
    for folder in ("norms", "features", "beispiele"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("*.parquet"))
    return root


def uri(path: Path) -> str:
    found = from_fs_path(str(path))
    assert found is not None
    return found


class Session:
    """Ein Server-Prozess und ein Client; sammelt die veröffentlichten Meldungen je Datei."""

    def __init__(self, root: Path, encodings: list[types.PositionEncodingKind] | None = None):
        self.root = root
        self.encodings = encodings
        self.client = LanguageClient("lexdsl-test", "1")
        self.published: dict[str, list[types.Diagnostic]] = {}
        self.arrived: dict[str, asyncio.Event] = {}
        self.times: dict[str, float] = {}
        self.encoding: str | None = None

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.published[params.uri] = list(params.diagnostics)
            self.times[params.uri] = time.perf_counter()
            self.event(params.uri).set()

    def event(self, target: str) -> asyncio.Event:
        return self.arrived.setdefault(target, asyncio.Event())

    async def __aenter__(self) -> Session:
        env = {**os.environ, "LEXDSL_CACHE": str(self.root.parent / "cache")}
        await self.client.start_io(sys.executable, "-m", "lexdsl.cli", "sprachserver", cwd=str(self.root), env=env)
        general = types.GeneralClientCapabilities(position_encodings=self.encodings) if self.encodings else None
        result = await self.client.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities(general=general), root_uri=uri(self.root),
            workspace_folders=[types.WorkspaceFolder(uri(self.root), "ws")]))
        self.encoding = result.capabilities.position_encoding
        self.client.initialized(types.InitializedParams())
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), 10)

    async def open(self, path: Path, text: str | None = None) -> list[types.Diagnostic]:
        target = uri(path)
        self.event(target).clear()
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
            target, "lexdsl", 1, path.read_text(encoding="utf-8") if text is None else text)))
        if path.suffix == ".lexdsl":
            await asyncio.wait_for(self.event(target).wait(), 20)
            return self.published[target]
        return []

    async def change(self, path: Path, version: int, text: str) -> tuple[list[types.Diagnostic], float]:
        """Den ganzen Text ersetzen; liefert die Meldungen und die Zeit bis zu ihrer Ankunft (Sekunden)."""
        target = uri(path)
        self.event(target).clear()
        sent = time.perf_counter()
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version=version, uri=target),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
        await asyncio.wait_for(self.event(target).wait(), 20)
        return self.published[target], self.times[target] - sent


    async def save(self, path: Path, until, seconds: float = 120) -> list[types.Diagnostic]:
        """Speichern melden; wartet, bis die Meldungen der Datei ``until`` erfüllen (die Analyse dauert)."""
        target = uri(path)
        self.event(target).clear()
        self.client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(target)))
        return await self.wait(path, until, seconds)

    async def wait(self, path: Path, until, seconds: float = 120) -> list[types.Diagnostic]:
        """Wartet, bis die Meldungen der Datei ``until`` erfüllen."""
        target = uri(path)
        if target in self.published and until(self.published[target]):
            return self.published[target]
        deadline = time.perf_counter() + seconds
        while True:
            await asyncio.wait_for(self.event(target).wait(), max(deadline - time.perf_counter(), 0.01))
            self.event(target).clear()
            if until(self.published[target]):
                return self.published[target]

    async def lenses(self, path: Path) -> list[types.CodeLens]:
        found = await self.client.text_document_code_lens_async(types.CodeLensParams(
            types.TextDocumentIdentifier(uri(path))))
        return list(found or [])


def run(coroutine):
    return asyncio.run(coroutine)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# ------------------------------------------------------------------ Meldungen


def test_a_typo_shows_the_german_message_with_did_you_mean_at_the_name(workspace):
    norm = workspace / "norms" / "aufenthg_25_5.lexdsl"
    original = norm.read_text(encoding="utf-8")
    text = original.replace(f"    - {OLD}\n", "    - Reiseunfähikeit\n")
    assert text != original
    line = text.split("\n").index("    - Reiseunfähikeit")

    async def scenario():
        async with Session(workspace) as session:
            found = await session.open(norm, text)  # nicht gespeichert: der Text des Editors zählt
            count = len(list((workspace / "norms").glob("*.lexdsl")))
            for _ in range(200):  # die übrigen Normdateien folgen
                if len(session.published) == count:
                    break
                await asyncio.sleep(0.05)
            others = {u: d for u, d in session.published.items() if u != uri(norm)}
            return found, others

    found, others = run(scenario())
    # Dazu warnt lexdsl, dass das richtig geschriebene Merkmal nun nirgends verwendet wird.
    assert [d.code for d in found if d.severity == types.DiagnosticSeverity.Warning] == ["unbenutztes-merkmal"]
    found = [d for d in found if d.severity == types.DiagnosticSeverity.Error]
    assert [(d.message, d.severity, d.code) for d in found] == [
        ("Unbekanntes Merkmal oder unbekannter Begriff »Reiseunfähikeit«.\nHinweis: Meinten Sie »Reiseunfähigkeit«?",
         types.DiagnosticSeverity.Error, "unbekannter-name")]
    assert found[0].range == types.Range(types.Position(line, 6), types.Position(line, 6 + len("Reiseunfähikeit")))
    # Die übrigen Normdateien sind geprüft (gemeinsam, wie lexdsl check) und ohne Meldung.
    assert len(others) == len(list((workspace / "norms").glob("*.lexdsl"))) - 1
    assert all(d == [] for d in others.values())


@pytest.mark.parametrize("encoding", [None, types.PositionEncodingKind.Utf32, types.PositionEncodingKind.Utf8])
def test_columns_are_counted_in_the_units_the_editor_negotiated(workspace, encoding):
    """Ein Buchstabe außerhalb der BMP (𝔄) zählt in UTF-16 doppelt, in UTF-8 vierfach, in UTF-32 einfach."""
    norm = workspace / "norms" / "aufenthg_25_5.lexdsl"
    name = "𝔄Reiseunfähikeit"
    text = norm.read_text(encoding="utf-8").replace(f"    - {OLD}\n", f"    - {name}\n")
    line = text.split("\n").index(f"    - {name}")

    async def scenario():
        async with Session(workspace, [encoding] if encoding else None) as session:
            return session.encoding, await session.open(norm, text)

    negotiated, found = run(scenario())
    assert negotiated == (encoding or types.PositionEncodingKind.Utf16)
    width = {None: utf16(name), types.PositionEncodingKind.Utf32: len(name),
             types.PositionEncodingKind.Utf8: len(name.encode())}[encoding]
    assert width != len(name) or encoding == types.PositionEncodingKind.Utf32
    [error] = [d for d in found if d.code == "unbekannter-name"]
    assert error.range == types.Range(types.Position(line, 6), types.Position(line, 6 + width))


def test_diagnostics_follow_each_change_and_report_the_latency_on_a_600_line_norm(workspace):
    norm = workspace / "norms" / "aufenthg_25_3.lexdsl"
    text = norm.read_text(encoding="utf-8")
    text += "".join(f"# Füllzeile {i} für die Messung\n" for i in range(max(0, 600 - text.count("\n"))))
    assert text.count("\n") >= 600
    norm.write_text(text, encoding="utf-8")
    first = re.search(r"^    - (?P<name>[^\[\n]+?)\s*(?:\[|$)", text, re.MULTILINE)
    assert first is not None
    name = first.group("name")
    broken = text.replace(first.group(0), first.group(0).replace(name, name + "x", 1), 1)

    async def scenario():
        async with Session(workspace) as session:
            assert await session.open(norm) == []
            latencies, results = [], []
            for version in range(2, 22):
                found, seconds = await session.change(norm, version, broken if version % 2 == 0 else text)
                latencies.append(seconds)
                results.append([d.code for d in found if d.severity == types.DiagnosticSeverity.Error])
            return latencies, results

    latencies, results = run(scenario())
    assert results == [["unbekannter-name"] if v % 2 == 0 else [] for v in range(2, 22)]
    print(f"\nMeldungen nach didChange ({text.count(chr(10))} Zeilen): Median {statistics.median(latencies) * 1000:.0f} ms, "
          f"höchstens {max(latencies) * 1000:.0f} ms über {len(latencies)} Änderungen: "
          + ", ".join(f"{s * 1000:.0f}" for s in latencies))


# ------------------------------------------------------------------ Befunde und Code-Lens

PROBE = """\
Merkmal Probemerkmal: ja/nein

Norm "Probe offen": Probetitel                              [§ 1 G]
  Der Tatbestand ist erfüllt, wenn Probemerkmal             [§ 1 G]
  Die Aufenthaltserlaubnis kann erteilt werden.             [§ 1 G]
  Sie ist zu erteilen.                                      [§ 2 G]

Norm "Probe gewollt": Probetitel                            [§ 1 G]
  Der Tatbestand ist erfüllt, wenn Probemerkmal             [§ 1 G]
  # gewollt: Nur zum Test.
  Die Aufenthaltserlaubnis kann erteilt werden.             [§ 1 G]
  Sie ist zu erteilen.                                      [§ 2 G]
"""


def analysed(found: list[types.Diagnostic]) -> bool:
    return any(d.source == "lexdsl analysieren" for d in found)


def test_saving_shows_open_findings_as_warnings_but_not_accepted_ones_and_lenses_count_them(workspace):
    pytest.importorskip("z3")
    norm = workspace / "norms" / "zz_probe.lexdsl"
    norm.write_text(PROBE, encoding="utf-8")
    lines = PROBE.split("\n")
    dead = lines.index("  Die Aufenthaltserlaubnis kann erteilt werden.             [§ 1 G]")
    (workspace / "ergebnisse").mkdir()
    (workspace / "ergebnisse" / "abdeckung.json").write_text(json.dumps(
        {"normen": [{"norm": "Probe offen", "anteil": 0.9448}], "gesamt": {"anteil": 0.9448}}), encoding="utf-8")

    async def scenario():
        async with Session(workspace) as session:
            assert await session.open(norm) == []
            before = await session.lenses(norm)
            await session.save(norm, lambda _found: True)       # die Prüfungen wie beim Tippen, sofort
            # Während die Analyse läuft, kommen die Meldungen beim Tippen ohne Warten auf sie.
            early, seconds = await session.change(norm, 2, PROBE)
            assert not analysed(early) and seconds < 1.0, seconds
            found = await session.wait(norm, analysed)
            typed, _seconds = await session.change(norm, 3, PROBE + "\n")   # die Befunde bleiben beim Tippen
            after = await session.lenses(norm)
            return before, found, typed, after

    before, found, typed, after = run(scenario())
    assert [lens.command.title for lens in before if lens.command] == [
        "Szenarien: noch kein Testlauf (make test) · Bedingungen abgedeckt: 94 % · Befunde: nicht geprüft",
        "Szenarien: noch kein Testlauf (make test) · Befunde: nicht geprüft"]
    assert [lens.range.start.line for lens in before] == [2, 7]
    [warning] = found                                       # nur der offene, nicht der angenommene
    assert warning.severity == types.DiagnosticSeverity.Warning and warning.code == "tote_regel"
    assert warning.range.start.line == dead and warning.range.start.character == 2
    assert warning.message.startswith("Befund (greift nie): Die Regel „Die Aufenthaltserlaubnis kann erteilt werden“")
    assert "Fundstelle: § 1 G" in warning.message and "# gewollt:" in warning.message
    assert typed == found
    assert [lens.command.title for lens in after if lens.command] == [
        "Szenarien: noch kein Testlauf (make test) · Bedingungen abgedeckt: 94 % · Befunde: 1",
        "Szenarien: noch kein Testlauf (make test) · Befunde: 0"]


def test_lens_titles_count_scenarios_per_norm_from_the_cucumber_report(tmp_path):
    from lexdsl.lsp.befunde import Testlauf

    def step(name: str, status: str = "passed") -> dict[str, object]:
        return {"keyword": "Wenn", "name": name, "line": 3, "result": {"status": status, "duration": 1}}

    report = [{"uri": "n/n.feature", "elements": [
        {"keyword": "Szenario", "line": 5, "steps": [step('der Grundfall "a.yaml"'), step('die Norm "N" geprüft wird'),
                                                     step('das Ergebnis ist "erteilt"')]},
        {"keyword": "Szenario", "line": 9, "steps": [step('die Norm "N" geprüft wird'),
                                                     step('das Ergebnis ist "versagt"', "failed")]},
        {"keyword": "Szenario", "line": 12, "steps": [step('"M" geprüft wird'), step("x", "skipped")]},
        {"keyword": "Szenario", "line": 15, "steps": [step("alle Normen geprüft werden")]}]}]
    (tmp_path / "ergebnisse").mkdir()
    (tmp_path / "ergebnisse" / "cucumber.json").write_text(json.dumps(report), encoding="utf-8")
    testlauf = Testlauf.read(tmp_path)
    assert testlauf.title("N", 0) == "Szenarien: 1 bestanden, 1 fehlgeschlagen · Befunde: 0"
    assert testlauf.title("M", None) == "Szenarien: 0 bestanden, 1 fehlgeschlagen · Befunde: nicht geprüft"
    assert testlauf.title("O", 2) == "Szenarien: 0 bestanden, 0 fehlgeschlagen · Befunde: 2"
    (tmp_path / "ergebnisse" / "abdeckung.json").write_text(json.dumps(
        {"normen": [{"norm": "N", "anteil": 1.0}], "gesamt": {"anteil": 1.0}}), encoding="utf-8")
    assert Testlauf.read(tmp_path).title("N", 0) == (
        "Szenarien: 1 bestanden, 1 fehlgeschlagen · Bedingungen abgedeckt: 100 % · Befunde: 0")
    assert Testlauf.read(tmp_path / "fehlt").title("N", None) == (
        "Szenarien: noch kein Testlauf (make test) · Befunde: nicht geprüft")


def test_without_z3_the_analysis_gives_no_findings(monkeypatch):
    from lexdsl.lsp.befunde import analyse

    monkeypatch.setitem(sys.modules, "z3", None)        # import z3 schlägt fehl
    assert analyse(ROOT / "norms") is None


# ------------------------------------------------------------------ Umbenennen


def code_count(path: Path, name: str) -> int:
    """Unabhängig vom Server gezählt: wie oft ``name`` als ganzer Name vorkommt, ohne Kommentare und Prosa."""
    text = path.read_text(encoding="utf-8")
    count = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        if path.suffix == ".lexdsl":  # ohne Beschreibungen, Titel in "…", Fundstellen und Wortlaut
            code = re.sub(r'"[^"]*"|\[[^\]]*\]|#.*', "", line)
            if not stripped.startswith(">"):
                # der ganze Name: nach »Merkmal«, »Begriff«, »- «, »wenn«, »allein« (auch verneint), vor »:« oder Zeilenende
                count += len(re.findall(r"(?:^Merkmal |^Begriff |^\s*- |wenn |allein )(?:nicht )?" + re.escape(name)
                                        + r"(?=\s*(?::|$))", code))
        elif path.suffix == ".feature":
            if stripped.startswith("|"):
                count += sum(1 for cell in stripped.strip("|").split("|") if cell.strip() == name)
            else:
                count += line.count(f'"{name}"') - line.count(f'Nebenfolge "{name}"')
        else:
            count += 1 if re.match(rf"^\s+{re.escape(name)}\s*:", line) else 0
    return count


def files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".lexdsl", ".feature", ".yaml"))


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """TextEdits (UTF-16-Spalten) auf einen Text anwenden, von hinten nach vorn."""
    lines = text.split("\n")
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        assert edit.range.start.line == edit.range.end.line
        line = lines[edit.range.start.line]
        units = line.encode("utf-16-le")
        before = units[: edit.range.start.character * 2].decode("utf-16-le")
        after = units[edit.range.end.character * 2:].decode("utf-16-le")
        lines[edit.range.start.line] = before + edit.new_text + after
    return "\n".join(lines)


def test_renaming_reiseunfaehigkeit_changes_every_norm_scenario_and_case_and_nothing_else(workspace):
    # Ein längerer Name, der »Reiseunfähigkeit« enthält, bleibt unberührt – in Norm, Szenario und Fall.
    (workspace / "norms" / "zusatz.lexdsl").write_text(
        "Merkmal vorübergehende Reiseunfähigkeit: ja/nein\n  \"Nur zum Test.\"\n\n"
        "Begriff Probe mit Reiseunfähigkeit\n  liegt vor, wenn vorübergehende Reiseunfähigkeit\n", encoding="utf-8")
    (workspace / "beispiele" / "zusatz.yaml").write_text(
        "merkmale:\n  vorübergehende Reiseunfähigkeit: ja\n", encoding="utf-8")
    feature = workspace / "features" / "aufenthg_25_5" / "aufenthg_25_5.feature"
    feature.write_text(feature.read_text(encoding="utf-8").replace(
        f'    Angenommen das Merkmal "{OLD}" ist "nein"\n',
        f'    Angenommen das Merkmal "{OLD}" ist "nein"\n    Und das Merkmal "vorübergehende {OLD}" ist "nein"\n',
        1), encoding="utf-8")
    before = {p: p.read_text(encoding="utf-8") for p in files(workspace)}
    expected = {p: code_count(p, OLD) for p in before if code_count(p, OLD)}
    assert sum(expected.values()) == 16, expected  # 2 in der Norm, 12 im Szenario, 2 Beispielfälle
    norm = workspace / "norms" / "aufenthg_25_5.lexdsl"
    line = before[norm].split("\n").index(f"    - {OLD}")

    case = workspace / "beispiele" / "reiseunfaehigkeit.yaml"
    case_line = before[case].split("\n").index(f"  {OLD}: ja")

    async def scenario():
        async with Session(workspace) as session:
            await session.open(norm)
            from_norm = await session.client.text_document_rename_async(types.RenameParams(
                types.TextDocumentIdentifier(uri(norm)), types.Position(line, 10), NEW))
            # Von einem Beispielfall aus umbenannt: dieselben Änderungen.
            from_case = await session.client.text_document_rename_async(types.RenameParams(
                types.TextDocumentIdentifier(uri(case)), types.Position(case_line, 2), NEW))
            return from_norm, from_case

    edit, from_case = run(scenario())
    assert from_case == edit
    assert edit is not None and edit.changes is not None
    by_path = {Path(p): changes for p, changes in
               ((e[len("file://"):], c) for e, c in edit.changes.items())}
    assert {p.resolve(): len(c) for p, c in by_path.items()} == {p.resolve(): n for p, n in expected.items()}
    assert all(e.new_text == NEW for changes in by_path.values() for e in changes)

    for path, text in before.items():
        changes = next((c for p, c in by_path.items() if p.resolve() == path.resolve()), [])
        after = apply(text, changes)
        path.write_text(after, encoding="utf-8")
        # Nur die Namen ändern sich: Zeile für Zeile ist zurückübersetzt alles wie vorher (Kommentare inklusive).
        old_lines, new_lines = text.split("\n"), after.split("\n")
        assert len(old_lines) == len(new_lines)
        changed = [(a, b) for a, b in zip(old_lines, new_lines) if a != b]
        assert all(b.replace(NEW, OLD) == a for a, b in changed), path
        assert code_count(path, OLD) == 0, path
        assert code_count(path, NEW) == expected.get(path, 0), path
    # Kommentare und Prosa nennen die Reiseunfähigkeit weiter.
    assert "allein die Reiseunfähigkeit." in feature.read_text(encoding="utf-8")
    assert "bezeichnung: Geduldeter mit dauerhafter Reiseunfähigkeit" in (
        workspace / "beispiele" / "reiseunfaehigkeit.yaml").read_text(encoding="utf-8")
    # Die umbenannten Normen sind fehlerfrei, wie lexdsl check sie prüft.
    modules = [parser.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted((workspace / "norms").glob("*.lexdsl"))]
    assert [d for d in checks.check(modules) if d.is_error] == []
    assert any(f"Merkmal {NEW}: ja/nein" in p.read_text(encoding="utf-8") for p in (workspace / "norms").glob("*"))


@pytest.mark.parametrize(("new_name", "message"), [
    ("unverschuldete Passlosigkeit", "»unverschuldete Passlosigkeit« ist schon als Merkmal definiert "
                                     "(norms/aufenthg_25_5.lexdsl:27)."),
    ("   ", "Der neue Name ist leer."),
    ('Reise "fähig"', "»Reise \"fähig\"« ist kein gültiger Name der Normensprache."),
])
def test_renaming_to_an_existing_empty_or_invalid_name_is_refused_in_german(workspace, new_name, message):
    norm = workspace / "norms" / "aufenthg_25_5.lexdsl"
    line = norm.read_text(encoding="utf-8").split("\n").index(f"    - {OLD}")

    async def scenario():
        async with Session(workspace) as session:
            await session.open(norm)
            with pytest.raises(Exception) as raised:
                await session.client.text_document_rename_async(types.RenameParams(
                    types.TextDocumentIdentifier(uri(norm)), types.Position(line, 8), new_name))
            return str(raised.value)

    assert message in run(scenario())


# ------------------------------------------------------------------ Hover, Definition, Verwendungen, Vervollständigung


def test_hover_definition_references_and_completion(workspace):
    norm = workspace / "norms" / "aufenthg_25_5.lexdsl"
    feature = workspace / "features" / "aufenthg_25_5" / "aufenthg_25_5.feature"
    norm_lines = norm.read_text(encoding="utf-8").split("\n")
    feature_lines = feature.read_text(encoding="utf-8").split("\n")
    step = next(i for i, line in enumerate(feature_lines) if f'das Merkmal "{OLD}"' in line)
    begriff = "Ausreise aus rechtlichen oder tatsächlichen Gründen unmöglich"
    use = next(i for i, line in enumerate(norm_lines) if line.strip().startswith(f"- {begriff}"))
    choice = next(i for i, line in enumerate(norm_lines) if "festgestelltes Abschiebungsverbot: einer von" in line)
    prefix = norm_lines[choice][: norm_lines[choice].index("einer von") + len("einer von ")]

    async def scenario():
        async with Session(workspace) as session:
            await session.open(norm)
            await session.open(feature)
            c = session.client
            at_step = types.Position(step, feature_lines[step].index(OLD) + 3)
            hover = await c.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(uri(feature)),
                                                                        at_step))
            hover_begriff = await c.text_document_hover_async(types.HoverParams(
                types.TextDocumentIdentifier(uri(norm)), types.Position(use, norm_lines[use].index(begriff) + 5)))
            definition = await c.text_document_definition_async(types.DefinitionParams(
                types.TextDocumentIdentifier(uri(feature)), at_step))
            references = await c.text_document_references_async(types.ReferenceParams(
                context=types.ReferenceContext(include_declaration=True),
                text_document=types.TextDocumentIdentifier(uri(feature)), position=at_step))
            names = await c.text_document_completion_async(types.CompletionParams(
                types.TextDocumentIdentifier(uri(norm)), types.Position(use, 6)))
            values = await c.text_document_completion_async(types.CompletionParams(
                types.TextDocumentIdentifier(uri(norm)), types.Position(choice, len(prefix))))
            steps = await c.text_document_completion_async(types.CompletionParams(
                types.TextDocumentIdentifier(uri(feature)), types.Position(step, 4)))
            return hover, hover_begriff, definition, references, names, values, steps

    hover, hover_begriff, definition, references, names, values, steps = run(scenario())
    text = hover.contents.value
    for part in (f"**Merkmal** {OLD}", "Typ: ja/nein", "Der Ausländer ist reiseunfähig.", "Fundstelle: VwV 25.5.1.2",
                 "Definiert in norms/aufenthg_25_5.lexdsl:24", "Begriff »Ausreise aus tatsächlichen Gründen unmöglich«"):
        assert part in text, (part, text)
    text = hover_begriff.contents.value
    for part in (f"**Begriff** {begriff}", "Definition:", "liegt vor, wenn alle folgenden:",
                 "Fundstelle: § 25 Abs. 5 S. 1 AufenthG; VwV 25.5.1.1", "Verwendet in: § 25 Abs. 5 AufenthG",
                 "Wortlaut [§ 25 Abs. 5 S. 1 AufenthG", "> Einem Ausländer, der vollziehbar ausreisepflichtig ist"):
        assert part in text, (part, text)
    [target] = definition
    assert target.uri == uri(norm) and target.range.start == types.Position(23, 8)
    assert target.range.end == types.Position(23, 8 + len(OLD))
    assert len(references) == 16  # Definition und Begriff, 12 Stellen im Szenario (nicht der Kommentar), 2 Fälle
    assert sum(1 for r in references if r.uri == uri(feature)) == 12
    labels = {i.label for i in names.items}
    assert {OLD, "Täuschung über Identität oder Staatsangehörigkeit", begriff, "mindestens eines der folgenden:"} <= labels
    assert [i.label for i in values.items] == ['"keines"', '"§ 60 Abs. 2"', '"§ 60 Abs. 3"', '"§ 60 Abs. 5"',
                                               '"§ 60 Abs. 7 S. 1"', '"§ 60 Abs. 7 S. 2"']
    assert f'Angenommen das Merkmal "{OLD}" ist "ja"' in {i.label for i in steps.items}


def test_hover_on_a_fundstelle_shows_the_quoted_wortlaut_or_says_there_is_none(workspace):
    norm = workspace / "norms" / "aufenthg_25_5.lexdsl"
    lines = norm.read_text(encoding="utf-8").split("\n")
    cited = "§ 25 Abs. 5 S. 1 AufenthG"
    tatbestand = next(i for i, line in enumerate(lines) if line.strip().startswith("Der Tatbestand ist erfüllt")
                      and f"[{cited};" in line)
    # Die erste zitierte Zeile des Wortlauts zu dieser Fundstelle, unabhängig vom Server aus der Datei gelesen.
    header = lines.index(f"  Wortlaut [{cited}, Stand 2012 und 2021]:")
    passage = lines[header + 1].strip().removeprefix("> ")
    uncited = "VwV 25.5.1.2"
    merkmal = next(i for i, line in enumerate(lines) if line.startswith(f"Merkmal {OLD}:"))
    assert f"[{uncited}]" in lines[merkmal]
    assert not any(f"Wortlaut [{uncited}" in path.read_text(encoding="utf-8")
                   for path in (workspace / "norms").glob("*.lexdsl"))
    quoted = next(i for i, line in enumerate(lines) if line.strip().startswith("> […]"))

    async def scenario():
        async with Session(workspace) as session:
            await session.open(norm)

            async def hover(line: int, character: int) -> types.Hover | None:
                return await session.client.text_document_hover_async(types.HoverParams(
                    types.TextDocumentIdentifier(uri(norm)), types.Position(line, character)))

            start = lines[tatbestand].index(cited)
            return (await hover(tatbestand, start + 4), await hover(merkmal, lines[merkmal].index(uncited) + 2),
                    await hover(quoted, lines[quoted].index("[") + 1))

    with_wortlaut, without_wortlaut, in_quote = run(scenario())
    text = with_wortlaut.contents.value
    assert f"Wortlaut [{cited}, Stand 2012 und 2021]:" in text, text
    assert f"> {passage}" in text, (passage, text)
    assert "kein Wortlaut" not in text
    start = utf16(lines[tatbestand][: lines[tatbestand].index(cited)])
    assert with_wortlaut.range == types.Range(types.Position(tatbestand, start),
                                              types.Position(tatbestand, start + utf16(cited)))
    assert "Für diese Fundstelle ist im Korpus kein Wortlaut zitiert." in without_wortlaut.contents.value
    start = utf16(lines[merkmal][: lines[merkmal].index(uncited)])
    assert without_wortlaut.range == types.Range(types.Position(merkmal, start),
                                                 types.Position(merkmal, start + utf16(uncited)))
    assert in_quote is None  # Klammern in zitiertem Wortlaut sind keine Fundstelle


def test_without_pygls_the_command_says_how_to_install_it(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pygls", None)
    assert cli.main(["sprachserver"]) == cli.EXIT_INPUT
    err = capsys.readouterr().err
    assert "pip install 'lexdsl[sprache]'" in err
    assert "Traceback" not in err


def test_scenarios_name_a_merkmal_only_in_steps_and_table_cells():
    """Ohne Server: Titel, Kommentare, die Art einer Nebenfolge und längere Zellen sind keine Verwendung."""
    from lexdsl.lsp.index import feature_occurrences

    text = ('# Angenommen das Merkmal "A" ist "ja"\n  Szenario: "A" im Titel\n'
            '    Angenommen das Merkmal "A" ist "ja"\n    Und die Nebenfolge "A" enthält "A"\n'
            '      | A | ja |\n      | A B | ja |\n')
    found = [(o.place.line, o.place.start, o.place.end) for o in feature_occurrences("f.feature", text, {"A"})]
    assert found == [(2, 28, 29), (3, 36, 37), (4, 8, 9)]


def test_fundstellen_of_a_line_are_only_citation_fields_each_part_with_its_span():
    from lexdsl.lsp.index import citation_at, citations_in_line

    line = '    Höhe: "Text [kein Teil]", wenn a   [§ 26 Abs. 1 S. 1 AufenthG;  VwV 25.5.7]  # [Kommentar]'
    found = list(citations_in_line(line))
    assert found == [("§ 26 Abs. 1 S. 1 AufenthG", line.index("§"), line.index("§") + 25),
                     ("VwV 25.5.7", line.index("VwV"), line.index("VwV") + 10)]
    assert citation_at(line, line.index("kein Teil")) is None
    assert citation_at(line, line.index("Kommentar")) is None
    assert citation_at(line, line.index(";") + 1) is None  # zwischen den Teilen (direkt hinter einem zählt)
    assert list(citations_in_line("    > […] zitiert")) == []
