"""Der Arbeitsbereich des Sprachservers, ohne pygls: Dateien, Meldungen, Namen und ihre Stellen.

``Documents`` kennt die Normdateien, Szenarien und Beispielfälle unter einem Wurzelverzeichnis; offene
Dokumente des Editors haben Vorrang vor der Platte. Jede Normdatei wird nur neu geparst, wenn sich ihr Text
geändert hat; die Grammatik baut der Parser einmal je Prozess.

``Index`` sagt, wo ein Merkmal oder Begriff definiert und wo er verwendet wird:

* in Normdateien aus dem Syntaxbaum (Stellen der Namen),
* in Szenarien (``.feature``): ein Text in Anführungszeichen in einem Schritt oder eine Tabellenzelle, die
  genau einen bekannten Namen enthält (``das Merkmal "Reiseunfähigkeit" ist "nein"``, ``| Reiseunfähigkeit |``,
  ``die Begründung enthält "…"``); nicht die Art einer Nebenfolge (``die Nebenfolge "…"``), auch wenn ein
  Merkmal so heißt,
* in Beispielfällen (YAML): die Schlüssel unter ``merkmale:``.

Kommentare und Fließtext (Titel, Beschreibungen) sind keine Verwendung; ein Name zählt nur ganz, nie als Teil
eines längeren. Stellen sind 0-basiert (Zeile, Spalte in Codepunkten, Ende exklusiv) im Text, wie ihn der
Editor hat; der Server rechnet sie in die Einheiten des Editors um.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

import attrs
import yaml

from ..errors import Diagnostic, LexdslError, Span, nfc
from ..language import checks, nodes, parser

NORM_SUFFIX = ".lexdsl"
FEATURE_SUFFIX = ".feature"
CASE_SUFFIXES = (".yaml", ".yml")
MERKMAL = "Merkmal"
BEGRIFF = "Begriff"

# Verzeichnisse, die nie zum Arbeitsbereich gehören.
_SKIPPED = {"node_modules", "__pycache__", "site", "build", "dist"}

# Ein Schritt eines Szenarios (Gherkin, deutsch).
_STEP = re.compile(r"^\s*(?:Angenommen|Gegeben seien|Gegeben sei|Wenn|Dann|Und|Aber|\*)\s")
_QUOTED = re.compile(r'"([^"\n]*)"')

_T = TypeVar("_T")


class Place(NamedTuple):
    """Eine Stelle in einer Zeile: Datei (Schlüssel), Zeile, Anfang und Ende (0-basiert, Codepunkte)."""

    file: str
    line: int
    start: int
    end: int


class Occurrence(NamedTuple):
    """Ein Name an einer Stelle: seine Definition oder eine Verwendung."""

    name: str
    place: Place
    definition: bool


class RenameError(Exception):
    """Umbenennen ist nicht möglich; die Meldung ist deutsch."""


# ------------------------------------------------------------------------ Spalten


def _original_column(line: str, nfc_column: int) -> int:
    """Die Spalte im Text des Editors zu einer Spalte im NFC-Text des Parsers (meist dieselbe)."""
    if nfc(line) == line:
        return nfc_column
    for i in range(len(line) + 1):
        if len(nfc(line[:i])) >= nfc_column:
            return i
    return len(line)


def span_range(lines: list[str], span: Span) -> tuple[int, int, int, int]:
    """Eine Stelle des Parsers (1-basiert, NFC) als (Zeile, Spalte, Endzeile, Endspalte), 0-basiert."""

    def at(line: int, column: int) -> tuple[int, int]:
        index = max(line - 1, 0)
        if index >= len(lines):
            return len(lines), 0
        return index, _original_column(lines[index], max(column - 1, 0))

    start = at(span.line, span.column)
    end = at(span.end_line, span.end_column)
    return (*start, *end)


def split_lines(text: str) -> list[str]:
    """Zeilen ohne Zeilenende (``\\n`` oder ``\\r\\n``)."""
    return text.replace("\r\n", "\n").split("\n")


# ------------------------------------------------------------------------ Dateien


class Documents:
    """Die Dateien eines Arbeitsbereichs; offene Dokumente gehen der Platte vor."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.open: dict[str, str] = {}
        self._parsed: dict[str, tuple[str, nodes.Module | LexdslError]] = {}
        self._good: dict[str, nodes.Module] = {}
        self._derived: dict[tuple[str, str], tuple[object, Any]] = {}

    # --- Schlüssel und Texte

    def key(self, path: Path) -> str:
        """Der Schlüssel einer Datei: relativ zur Wurzel (wie in ``lexdsl check``), sonst absolut."""
        path = Path(os.path.abspath(path))
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def path(self, key: str) -> Path:
        candidate = Path(key)
        return candidate if candidate.is_absolute() else self.root / candidate

    def text(self, key: str) -> str | None:
        if key in self.open:
            return self.open[key]
        try:
            return self.path(key).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return None

    def lines(self, key: str) -> list[str]:
        return split_lines(self.text(key) or "")

    def _files(self, folder: str, suffixes: tuple[str, ...]) -> list[str]:
        base = self.root / folder
        found: set[str] = set()
        if base.is_dir():
            for directory, subdirs, files in os.walk(base):
                subdirs[:] = sorted(d for d in subdirs if not d.startswith(".") and d not in _SKIPPED)
                found.update(self.key(Path(directory) / f) for f in files if f.endswith(suffixes))
        found.update(k for k in self.open if k.endswith(suffixes))
        return sorted(found)

    def norm_files(self) -> list[str]:
        return self._files("norms", (NORM_SUFFIX,))

    def feature_files(self) -> list[str]:
        return self._files("features", (FEATURE_SUFFIX,))

    def case_files(self) -> list[str]:
        return self._files("beispiele", CASE_SUFFIXES)

    # --- Parsen und Prüfen

    def parse(self, key: str) -> nodes.Module | LexdslError:
        """Der Syntaxbaum einer Normdatei oder ihr Syntaxfehler; neu geparst nur, wenn der Text sich änderte."""
        text = (self.text(key) or "").replace("\r\n", "\n")
        cached = self._parsed.get(key)
        if cached is not None and cached[0] == text:
            return cached[1]
        result: nodes.Module | LexdslError
        try:
            result = parser.parse(text, key)
            self._good[key] = result
        except LexdslError as exc:
            result = exc
        self._parsed[key] = (text, result)
        return result

    def modules(self) -> tuple[list[nodes.Module], list[str]]:
        """Die Syntaxbäume aller Normdateien (bei Syntaxfehlern der letzte gute) und die fehlerhaften Dateien."""
        modules, broken = [], []
        for key in self.norm_files():
            result = self.parse(key)
            if isinstance(result, LexdslError):
                broken.append(key)
                if key in self._good:
                    modules.append(self._good[key])
            else:
                modules.append(result)
        return modules, broken

    def diagnostics(self) -> dict[str, list[Diagnostic]]:
        """Die Meldungen je Normdatei, wie ``lexdsl check`` sie gibt: erst die Syntax aller Dateien, dann die
        Prüfungen über alle Normdateien gemeinsam (ein Merkmal darf in einer anderen Datei stehen)."""
        keys = self.norm_files()
        found: dict[str, list[Diagnostic]] = {key: [] for key in keys}
        modules: list[nodes.Module] = []
        syntax: list[Diagnostic] = []
        for key in keys:
            result = self.parse(key)
            if isinstance(result, LexdslError):
                syntax.extend(result.diagnostics)
            else:
                modules.append(result)
        for diagnostic in syntax or checks.check(modules):
            file = diagnostic.span.file if diagnostic.span is not None else keys[0] if keys else ""
            found.setdefault(file, []).append(diagnostic)
        return found

    def derived(self, what: str, key: str, source: object, compute: Callable[[], _T]) -> _T:
        """Was aus einer Datei folgt (Stellen der Namen), neu berechnet nur, wenn ``source`` sich änderte."""
        cached = self._derived.get((what, key))
        if cached is not None and cached[0] == source:
            return cast(_T, cached[1])
        result = compute()
        self._derived[(what, key)] = (source, result)
        return result

    # --- Index

    def index(self) -> Index:
        modules, broken = self.modules()
        return Index.build(self, modules, broken)


# ------------------------------------------------------------------------ Index


def _atoms(value: Any) -> Iterator[nodes.Atom]:
    """Jedes Atom (Merkmal oder Begriff in einer Bedingung) unter einem Knoten des Syntaxbaums."""
    if isinstance(value, nodes.Atom):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _atoms(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _atoms(getattr(value, field.name))


def _wortlaute(value: Any) -> Iterator[nodes.Wortlaut]:
    if isinstance(value, nodes.Wortlaut):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _wortlaute(item)
    elif isinstance(value, (nodes.Norm, nodes.Fassung)):
        yield from _wortlaute(value.parts)


def _name_place(documents: Documents, lines: dict[str, list[str]], span: Span) -> Place:
    file_lines = lines.setdefault(span.file, documents.lines(span.file))
    line, start, end_line, end = span_range(file_lines, span)
    if end_line != line:  # ein Name steht in einer Zeile
        end = len(file_lines[line]) if line < len(file_lines) else start
    return Place(span.file, line, start, end)


def feature_occurrences(key: str, text: str, names: Iterable[str]) -> Iterator[Occurrence]:
    """Die Verwendungen bekannter Namen in einem Szenario: Tabellenzellen und Texte in Anführungszeichen
    eines Schritts, die genau einen Namen enthalten. Kommentare und Titel zählen nicht."""
    known = set(names)
    for number, line in enumerate(split_lines(text)):
        stripped = line.lstrip()
        if stripped.startswith("#"):
            continue
        if stripped.startswith("|"):
            position = line.index("|") + 1
            for cell in line[position:].split("|")[:-1]:
                content = cell.strip()
                if content and nfc(content) in known:
                    start = position + cell.index(content)
                    yield Occurrence(nfc(content), Place(key, number, start, start + len(content)), False)
                position += len(cell) + 1
        elif _STEP.match(line):
            for match in _QUOTED.finditer(line):
                # „die Nebenfolge "Einreise- und Aufenthaltsverbot" enthält …“ nennt eine Nebenfolge, kein Merkmal.
                if nfc(match.group(1)) in known and not line[:match.start()].endswith("Nebenfolge "):
                    yield Occurrence(nfc(match.group(1)), Place(key, number, match.start(1), match.end(1)), False)


def _feature_list(key: str, text: str, names: frozenset[str]) -> list[Occurrence]:
    return list(feature_occurrences(key, text, names))


# Eine Fundstelle in eckigen Klammern (wie CITATION der Grammatik), ein Text in Anführungszeichen (STRING).
_CITATION = re.compile(r"\[[^\[\]\n]+\]")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
# Der Zusatz zum Stand hinter der eigentlichen Fundstelle: „§ 25 Abs. 5 S. 1 AufenthG, Stand 2012 und 2021“.
_STAND = re.compile(r",\s*Stand\b.*$")


def citations_in_line(line: str) -> Iterator[tuple[str, int, int]]:
    """Die Fundstellen einer Zeile einer Normdatei: je Teil (durch ``;`` getrennt) der Text, wie der Parser
    ihn liest, mit Anfang und Ende in der Zeile. Nur Fundstellen in eckigen Klammern außerhalb von Texten in
    Anführungszeichen, Kommentaren und zitierten Zeilen (``> …``) – dort sind Klammern keine Fundstelle."""
    if line.lstrip().startswith(">"):
        return
    position = 0
    while position < len(line):
        char = line[position]
        string = _STRING.match(line, position) if char == '"' else None
        citation = _CITATION.match(line, position) if char == "[" else None
        if char == "#":
            return
        if string is not None:
            position = string.end()
        elif citation is not None:
            start = citation.start() + 1
            for part in citation.group()[1:-1].split(";"):
                text = part.strip()
                if text:
                    begin = start + part.index(text)
                    yield " ".join(nfc(text).split()), begin, begin + len(text)
                start += len(part) + 1
            position = citation.end()
        else:
            position += 1


def citation_at(line: str, character: int) -> tuple[str, int, int] | None:
    """Die Fundstelle an einer Spalte (auch direkt hinter ihrem letzten Zeichen), ``None`` sonst."""
    for citation in citations_in_line(line):
        if citation[1] <= character <= citation[2]:
            return citation
    return None


def _without_stand(citation: str) -> str:
    return _STAND.sub("", citation).strip()


class _CaseKey(NamedTuple):
    name: str
    place: Place
    style: str | None  # None (ohne Anführungszeichen), '"' oder "'"


def case_keys(key: str, text: str) -> Iterator[_CaseKey]:
    """Die Merkmale eines Beispielfalls: die Schlüssel unter ``merkmale:`` mit ihrer Stelle."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return
    if not isinstance(root, yaml.MappingNode):
        return
    lines = split_lines(text)
    for section, value in root.value:
        if not (isinstance(section, yaml.ScalarNode) and section.value == "merkmale"
                and isinstance(value, yaml.MappingNode)):
            continue
        for name_node, _ in value.value:
            if not isinstance(name_node, yaml.ScalarNode) or not isinstance(name_node.value, str):
                continue
            mark = name_node.start_mark
            style = name_node.style if name_node.style in ('"', "'") else None
            start = mark.column + (1 if style else 0)
            written = name_node.value.replace("'", "''") if style == "'" else name_node.value
            if mark.line < len(lines) and lines[mark.line][start:start + len(written)] == written:
                yield _CaseKey(nfc(name_node.value), Place(key, mark.line, start, start + len(written)), style)


def _case_list(key: str, text: str) -> list[_CaseKey]:
    return list(case_keys(key, text))


class Index:
    """Wo jeder Merkmal- und Begriffsname definiert und verwendet wird."""

    def __init__(self, documents: Documents, merkmale: dict[str, nodes.Merkmal], begriffe: dict[str, nodes.Begriff],
                 occurrences: list[Occurrence], case_styles: dict[Place, str | None], broken: list[str],
                 modules: list[nodes.Module]):
        self.documents = documents
        self.merkmale = merkmale
        self.begriffe = begriffe
        self.occurrences = occurrences
        self.case_styles = case_styles
        self.broken = broken
        self.modules = modules

    @classmethod
    def build(cls, documents: Documents, modules: list[nodes.Module], broken: list[str]) -> Index:
        merkmale: dict[str, nodes.Merkmal] = {}
        begriffe: dict[str, nodes.Begriff] = {}
        occurrences: list[Occurrence] = []
        lines: dict[str, list[str]] = {}
        for module in modules:
            for declaration in module.declarations:
                if isinstance(declaration, nodes.Merkmal):
                    merkmale.setdefault(declaration.name, declaration)
                elif isinstance(declaration, nodes.Begriff):
                    begriffe.setdefault(declaration.name, declaration)

            def in_module(module: nodes.Module = module) -> list[Occurrence]:
                found = []
                for declaration in module.declarations:
                    if isinstance(declaration, (nodes.Merkmal, nodes.Begriff)):
                        found.append(Occurrence(declaration.name,
                                                _name_place(documents, lines, declaration.name_span), True))
                    found.extend(Occurrence(atom.name, _name_place(documents, lines, atom.name_span), False)
                                 for atom in _atoms(declaration))
                return found

            occurrences.extend(documents.derived("norm", module.path, module, in_module))
        names = frozenset(merkmale) | frozenset(begriffe)
        for key in documents.feature_files():
            text = documents.text(key) or ""
            occurrences.extend(documents.derived("feature", key, (text, names),
                                                 functools.partial(_feature_list, key, text, names)))
        case_styles: dict[Place, str | None] = {}
        for key in documents.case_files():
            text = documents.text(key) or ""
            keys = documents.derived("case", key, text, functools.partial(_case_list, key, text))
            for found in keys:
                if found.name in names:
                    occurrences.append(Occurrence(found.name, found.place, False))
                    case_styles[found.place] = found.style
        return cls(documents, merkmale, begriffe, occurrences, case_styles, broken, modules)

    # --- Fragen

    def kind(self, name: str) -> str | None:
        return MERKMAL if name in self.merkmale else BEGRIFF if name in self.begriffe else None

    def at(self, key: str, line: int, character: int) -> Occurrence | None:
        """Der Name an einer Stelle (auch direkt hinter seinem letzten Zeichen)."""
        for occurrence in self.occurrences:
            place = occurrence.place
            if (place.file == key and place.line == line and place.start <= character <= place.end
                    and self.kind(occurrence.name) is not None):
                return occurrence
        return None

    def of(self, name: str, definitions: bool = True) -> list[Occurrence]:
        return [o for o in self.occurrences if o.name == name and (definitions or not o.definition)]

    def definitions(self, name: str) -> list[Occurrence]:
        return [o for o in self.occurrences if o.name == name and o.definition]

    def users(self, name: str) -> list[str]:
        """Die Normen (Kennungen) und Begriffe, in deren Bedingungen der Name steht."""
        found = []
        for module in self.modules:
            for declaration in module.declarations:
                if isinstance(declaration, (nodes.Norm, nodes.Begriff)) and any(
                        atom.name == name for atom in _atoms(declaration)):
                    found.append(declaration.id if isinstance(declaration, nodes.Norm) else
                                 f"Begriff »{declaration.name}«")
        return found

    def wortlaut(self, citations: tuple[str, ...]) -> list[nodes.Wortlaut]:
        """Der zitierte Wortlaut zu den Fundstellen eines Merkmals oder Begriffs (gleiche Fundstelle)."""
        found = []
        wanted = {c.strip() for c in citations}
        for module in self.modules:
            for declaration in module.declarations:
                for wortlaut in _wortlaute(declaration):
                    if any(c.split(",")[0].strip() in wanted for c in wortlaut.citations) and wortlaut not in found:
                        found.append(wortlaut)
        return found

    def wortlaut_of(self, citation: str) -> list[nodes.Wortlaut]:
        """Der zitierte Wortlaut zu einer Fundstelle: die Wortlaute mit genau dieser Fundstelle, sonst die mit
        derselben Fundstelle ohne den Zusatz zum Stand (``§ 25 Abs. 5 S. 1 AufenthG`` findet
        ``§ 25 Abs. 5 S. 1 AufenthG, Stand 2012 und 2021``). Gleicher Wortlaut an mehreren Stellen zählt einmal."""
        every: list[nodes.Wortlaut] = []
        for module in self.modules:
            for declaration in module.declarations:
                every.extend(_wortlaute(declaration))
        wanted = " ".join(citation.split())
        found = [w for w in every if wanted in w.citations]
        if not found:
            base = _without_stand(wanted)
            found = [w for w in every if any(_without_stand(c) == base for c in w.citations)]
        unique: dict[tuple[tuple[str, ...], tuple[str, ...]], nodes.Wortlaut] = {}
        for wortlaut in found:
            unique.setdefault((wortlaut.citations, wortlaut.lines), wortlaut)
        return list(unique.values())

    # --- Umbenennen

    def rename(self, name: str, new_name: str) -> dict[str, list[tuple[Place, str]]]:
        """Die Änderungen je Datei, die ``name`` überall in ``new_name`` umbenennen. Wirft ``RenameError``."""
        new_name = nfc(new_name.strip())
        kind = self.kind(name)
        if kind is None:
            raise RenameError(f"»{name}« ist weder ein Merkmal noch ein Begriff dieses Arbeitsbereichs.")
        if not new_name:
            raise RenameError("Der neue Name ist leer.")
        if new_name == name:
            return {}
        taken = self.kind(new_name)
        if taken is not None:
            where = self.definitions(new_name)
            shown = f" ({where[0].place.file}:{where[0].place.line + 1})" if where else ""
            raise RenameError(f"»{new_name}« ist schon als {taken} definiert{shown}.")
        if not _valid_name(new_name):
            raise RenameError(f"»{new_name}« ist kein gültiger Name der Normensprache.")
        if self.broken:
            raise RenameError(f"Die Normdatei »{self.broken[0]}« hat einen Syntaxfehler; beheben Sie ihn vor dem "
                              "Umbenennen.")
        edits: dict[str, list[tuple[Place, str]]] = {}
        for occurrence in self.of(name):
            text = new_name
            if occurrence.place in self.case_styles:
                text = _yaml_key(new_name, self.case_styles[occurrence.place])
            edits.setdefault(occurrence.place.file, []).append((occurrence.place, text))
        for changes in edits.values():
            changes.sort()
        return edits


def _valid_name(name: str) -> bool:
    """Ob ``name`` als Merkmal und in einer Bedingung genau so gelesen wird."""
    probe = f"Merkmal {name}: ja/nein\n\nBegriff Probe\n  liegt vor, wenn {name}\n"
    try:
        module = parser.parse(probe, "<name>")
    except LexdslError:
        return False
    merkmal, begriff = module.declarations
    atoms = list(_atoms(begriff))
    return (isinstance(merkmal, nodes.Merkmal) and merkmal.name == name and len(atoms) == 1
            and atoms[0].name == name and not atoms[0].negated and atoms[0].comparison is None)


def _yaml_key(name: str, style: str | None) -> str:
    """Der Name als Schlüssel im Stil des bisherigen (mit Anführungszeichen nur, wo YAML sie braucht)."""
    if style == "'":
        return name.replace("'", "''")
    if style == '"':
        return json.dumps(name, ensure_ascii=False)[1:-1]
    try:
        plain = yaml.safe_load(f"{name}: x\n") == {name: "x"}
    except yaml.YAMLError:
        plain = False
    return name if plain else json.dumps(name, ensure_ascii=False)
