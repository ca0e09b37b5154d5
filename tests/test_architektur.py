"""Die Architektur (docs/architektur.md) hält: Importe nur in eine Richtung, jedes Wort an einer Stelle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "src" / "lexdsl"

# Was ein Paket oder Modul innerhalb von lexdsl importieren darf (wie in docs/architektur.md).
ALLOWED: dict[str, set[str]] = {
    "vocabulary": set(),
    "errors": set(),
    "runtime": {"vocabulary"},
    "language": {"vocabulary", "errors"},
    "compiler": {"vocabulary", "errors", "language", "runtime"},
    "cases": {"vocabulary", "errors", "runtime"},
    "workspace": {"vocabulary", "errors", "runtime", "language", "compiler", "cases"},
    "render": {"vocabulary", "errors", "runtime"},
    "console": set(),
    "coverage": {"vocabulary", "runtime", "workspace"},
    "findings": {"vocabulary", "runtime"},
    "interview": {"vocabulary", "runtime", "render"},
    "bulk": {"vocabulary", "errors", "runtime", "cases", "workspace"},
    "service": {"vocabulary", "errors", "runtime", "cases", "workspace", "render", "interview", "site"},
    "steps": {"vocabulary", "errors", "runtime", "language", "compiler", "cases", "workspace", "render"},
    "pytest_plugin": {"vocabulary", "errors", "runtime", "language", "compiler", "cases", "workspace", "render",
                      "coverage", "steps"},
    "lsp": {"vocabulary", "errors", "language", "steps", "workspace", "findings"},
    "cli": {"vocabulary", "errors", "runtime", "language", "compiler", "cases", "workspace", "render", "coverage",
            "console", "findings", "service", "bulk", "lsp"},
    "pygments_lexer": {"vocabulary"},
    "site": {"vocabulary", "errors", "runtime", "language", "compiler", "cases", "workspace", "render", "coverage",
             "steps", "pygments_lexer"},
}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def part_of(path: Path) -> str:
    """Paket oder Modul der obersten Ebene, zu dem die Datei gehört (``__init__`` ist die Fassade)."""
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imported_parts(path: Path) -> set[str]:
    """Die Teile von lexdsl, die die Datei importiert – auch in Funktionen und unter TYPE_CHECKING."""
    rel = path.relative_to(PACKAGE)
    package = ["lexdsl", *rel.parts[:-1]]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                targets = [module] if node.module else [f"{module}.{a.name}" for a in node.names]
            else:
                targets = [node.module or ""]
        for target in targets:
            parts = target.split(".")
            if parts[0] == "lexdsl" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_follow_the_direction_of_the_pipeline(path):
    part = part_of(path)
    if part == "__init__":
        return  # die Fassade lädt die öffentlichen Namen erst beim Zugriff
    assert part in ALLOWED, f"{part} fehlt in docs/architektur.md und in ALLOWED"
    wrong = imported_parts(path) - ALLOWED[part] - {part, "__version__", "__init__"}
    assert not wrong, f"{path.relative_to(PACKAGE)} importiert gegen die Richtung: {sorted(wrong)}"


def test_the_table_in_the_docs_names_every_part():
    text = (ROOT / "docs" / "architektur.md").read_text(encoding="utf-8")
    for part in ALLOWED:
        assert f"| `{part}` |" in text, part
    assert {part_of(p) for p in modules()} - {"__init__"} == set(ALLOWED)


def test_the_runtime_needs_only_the_standard_library():
    """Der erzeugte Code und die Laufzeit laufen ohne lexdsls übrige Teile und ohne weitere Pakete."""
    import sys

    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    for path in [*(PACKAGE / "runtime").glob("*.py"), PACKAGE / "vocabulary.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            else:
                continue
            assert all(n.split(".")[0] in stdlib for n in names), (path.name, names)


def _private_attributes() -> set[str]:
    """Alle Namen mit Unterstrich, die lexdsl-Klassen an ``self`` setzen oder als Methode definieren."""
    names: set[str] = set()
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"
                    and node.attr.startswith("_") and not node.attr.startswith("__")):
                names.add(node.attr)
            if isinstance(node, ast.FunctionDef) and node.name.startswith("_") and not node.name.startswith("__"):
                names.add(node.name)
    return names


def test_no_module_touches_the_underscore_names_of_another():
    private = _private_attributes()
    found = []
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lexdsl_aliases = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                from_lexdsl = node.level > 0 or (node.module or "").startswith("lexdsl")
                for alias in node.names:
                    if from_lexdsl and alias.name.startswith("_") and not alias.name.startswith("__"):
                        found.append(f"{path.name}:{node.lineno} importiert {alias.name}")
                    if from_lexdsl:
                        lexdsl_aliases.add(alias.asname or alias.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
                continue
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                continue
            if (isinstance(owner, ast.Name) and owner.id in lexdsl_aliases) or node.attr in private:
                found.append(f"{path.name}:{node.lineno} {ast.unparse(node)}")
    assert found == []


# Wendungen der Bindungsgrade und Ergebnisse: Sie stehen nur in vocabulary.py.
GRADE_PHRASES = re.compile(
    r"(ist (in der Regel )?zu (erteilen|verlängern)|(soll|kann) (erteilt|verlängert) werden|"
    r"darf (in der Regel )?nicht (erteilt|verlängert) werden|Regelanspruch|gebundene Entscheidung|"
    r"zwingende Versagung|Soll-Vorschrift)")


def _strings(path: Path):
    """Die Textkonstanten eines Moduls ohne Docstrings (mit Zeile)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def test_no_grade_phrase_outside_the_vocabulary():
    found = [f"{p.relative_to(PACKAGE)}:{line}: {text[:60]}" for p in modules() if p.name != "vocabulary.py"
             for line, text in _strings(p) if GRADE_PHRASES.search(text)]
    assert found == []


def test_dates_are_formatted_in_one_place():
    pattern = re.compile(r"strftime|%d\.%m|[\"']\.[\"']\.join\(reversed\(")
    found = [f"{p.relative_to(PACKAGE)}:{n}" for p in modules() if p.name != "vocabulary.py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert found == []


def test_no_german_keyed_dict_or_positional_tuple_crosses_into_the_runtime(corpus):
    """Die Laufzeit liest das Programm über Attribute; der erzeugte Code übergibt keine dicts mit Text-Schlüsseln."""
    for path in corpus.directory.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                assert all(isinstance(k, ast.Constant) and isinstance(k.value, int) for k in node.keys), path.name
    # Die Laufzeit liest keine Schlüssel aus Daten (Begründung und JSON-Vertrag schreiben sie nur).
    for name in ("norm.py", "analysis.py", "facts.py", "program.py"):
        tree = ast.parse((PACKAGE / "runtime" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
                assert not isinstance(node.slice.value, str), f"{name}:{node.lineno} {ast.unparse(node)}"
