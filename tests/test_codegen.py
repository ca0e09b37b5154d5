"""Code-Erzeugung und Zwischenspeicher: importierbar, lesbar, inert, deterministisch."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from lexdsl.compiler import codegen
from lexdsl.language import parser
from lexdsl.runtime import GENERATED_CODE_IMPORTS, Outcome, program
from lexdsl.workspace import corpus as environment

from .conftest import NORMS, ROOT


def generated_files(corpus) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.directory.glob("*.py"))}


def test_generated_module_imports_and_names_its_source(corpus):
    files = generated_files(corpus)
    expected = {codegen.module_name(p.name) + ".py" for p in NORMS.glob("*.lexdsl")}
    assert set(files) == expected | {"__init__.py"}
    assert "aufenthg_25_5.py" in files
    module = files["aufenthg_25_5.py"]
    assert module.startswith("# Erzeugt von lexdsl")
    assert "aus " + str(NORMS / "aufenthg_25_5.lexdsl").replace(os.sep, "/") in module.splitlines()[0]
    # Die Funktionen heißen nach ihrer Norm und Fassung.
    assert re.search(r"^def entscheiden_aufenthg_25_5__stand_2021\(F\):$", module, re.M)
    assert re.search(r"^def werte_aufenthg_25_5__stand_2012\(F, V\):$", module, re.M)
    assert corpus.normen["§ 25 Abs. 5 AufenthG"].newest.decide.__module__.endswith(".aufenthg_25_5")
    four_a = files["aufenthg_25_4a.py"]
    assert re.search(r"^def entscheiden_aufenthg_25_4a_1__\w+\(F\):$", four_a, re.M)


# Was der erzeugte Code aufrufen darf: nur die Datenklassen des Programms, mit Literalen als Argumenten.
DATA_CLASSES = {cls.__name__ for cls in program.CLASSES} & set(GENERATED_CODE_IMPORTS)


def assert_only_data(name: str, text: str) -> None:
    """Der Code ruft nichts auf außer Datenklassen des Programms; deren Argumente sind reine Daten."""
    tree = ast.parse(text)
    data_nodes = (ast.Constant, ast.Tuple, ast.Dict, ast.Name, ast.Attribute, ast.Load, ast.Call, ast.keyword,
                  ast.UnaryOp, ast.USub)
    outer: list[ast.Call] = []
    stack: list[ast.AST] = [tree]
    while stack:                      # der Code außerhalb der Aufrufe; die äußersten Aufrufe sammeln
        node = stack.pop()
        assert not isinstance(node, ast.Import), name
        if isinstance(node, ast.ImportFrom):
            assert node.module == "lexdsl.runtime", name
            assert tuple(alias.name for alias in node.names) == GENERATED_CODE_IMPORTS, name
        assert not isinstance(node, (ast.Lambda, ast.JoinedStr, ast.Await, ast.Yield, ast.Attribute)), name
        if isinstance(node, ast.Call):
            outer.append(node)
            continue
        stack.extend(ast.iter_child_nodes(node))
    for call in outer:                # darin nur Daten: Literale, Namen, Aufzählungen, weitere Datenklassen
        where = f"{name}:{call.lineno}"
        for node in ast.walk(call):
            assert isinstance(node, data_nodes), (where, ast.dump(node)[:200])
            if isinstance(node, ast.Call):
                assert isinstance(node.func, ast.Name) and node.func.id in DATA_CLASSES, where
            if isinstance(node, ast.Attribute):   # nur Glieder der Aufzählungen des Vokabulars: NodeKind.ALLE …
                assert isinstance(node.value, ast.Name) and node.value.id in GENERATED_CODE_IMPORTS, where


def test_generated_code_calls_no_functions_and_imports_only_the_runtime(corpus):
    for name, text in generated_files(corpus).items():
        assert_only_data(name, text)


def test_no_generated_line_is_longer_than_200_characters(corpus):
    for name, text in generated_files(corpus).items():
        assert max(len(line) for line in text.splitlines()) <= codegen.MAX_LINE == 200, name


# ------------------------------------------------------------------ Injektion

def hostile_norm(canary: Path) -> str:
    template = (Path(__file__).parent / "data" / "feindlich.lexdsl.vorlage").read_text(encoding="utf-8")
    return (template.replace("SHELL", f"__import__('os').system('touch {canary}')")
            .replace("OPEN", f"open('{canary}','w')"))


def test_hostile_text_stays_inert(compile_norms, tmp_path):
    canary = tmp_path / "kanarienvogel"
    corpus = compile_norms(hostile_norm(canary))
    assert not canary.exists()
    for name, text in generated_files(corpus).items():
        assert_only_data(name, text)
        assert max(len(line) for line in text.splitlines()) <= 200, name
    [norm] = corpus.normen.values()
    assert norm.id.startswith('"""; open(')
    name = next(n for n in corpus.merkmale if n.startswith("x__import__"))
    facts = corpus.facts({name: True, "Auswahl-Merkmal": "'); open('" + str(canary) + "','w'); ('"})
    result = norm.pruefen(facts)
    assert result.outcome is Outcome.ERMESSEN
    rendered = json.dumps(result.to_dict(), ensure_ascii=False)
    assert "__import__('os').system('touch" in rendered  # als Text in der Begründung
    assert not canary.exists()


@pytest.mark.parametrize(
    "text",
    ["a\nimport os", "a\rimport os", "a\u2028import os", "a\x00b", "a\x85b", "ende\\", "'''\"\"\""],
)
def test_comment_never_breaks_the_line(text):
    cleaned = codegen.comment(text)
    source = f"x = 1  # {cleaned}\n"
    tree = ast.parse(source)
    assert len(tree.body) == 1
    assert "\n" not in cleaned and "\r" not in cleaned and "\x00" not in cleaned


@pytest.mark.parametrize("value", ["a'b\"c", "\n\r\x00", "\u2028", "{x}", "\\", ("a", ("b", None)),
                                   {"k": [3, True]}, -7, 10**20])
def test_literal_round_trips(value):
    text = codegen.literal(value)
    expected = tuple(value) if isinstance(value, list) else value
    assert ast.literal_eval(text) == (
        {"k": (3, True)} if isinstance(value, dict) else expected)


@pytest.mark.parametrize("value", [Fraction(35, 2), Fraction(-1, 3), Fraction(18, 1)])
def test_a_fraction_is_written_exactly_and_only_as_a_fraction_call(value):
    text = codegen.literal(value)
    tree = ast.parse(text, mode="eval").body
    if value.denominator == 1:
        assert isinstance(tree, ast.Constant) and tree.value == value
    else:
        assert isinstance(tree, ast.Call) and isinstance(tree.func, ast.Name) and tree.func.id == "Fraction"
        assert all(isinstance(a, (ast.Constant, ast.UnaryOp)) for a in tree.args) and not tree.keywords
        assert eval(text, {"__builtins__": {}, "Fraction": Fraction}) == value


@pytest.mark.parametrize("value", [1.5, -0.0, float("nan"), float("inf"), object(), {1: "a"}, b"bytes", {"a"}])
def test_literal_rejects_what_is_not_plain_data(value):
    with pytest.raises((TypeError, ValueError)):
        codegen.literal(value)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("norms/aufenthg_25_5.lexdsl", "aufenthg_25_5"),
        ("norms/Größe-der Sache.lexdsl", "groesse_der_sache"),
        ("norms/25a.lexdsl", "n_25a"),
        ("norms/import.lexdsl", "m_import"),
        ("norms/__init__.lexdsl", "init"),
        ("norms/…!.lexdsl", "normen"),
    ],
)
def test_module_names_are_safe_identifiers(path, name):
    assert codegen.module_name(path) == name
    assert codegen.module_name(path).isidentifier()


def test_module_name_collisions_are_numbered():
    names = codegen.module_names(["a/x-y.lexdsl", "b/x_y.lexdsl", "c/X Y.lexdsl"])
    assert sorted(names.values()) == ["x_y", "x_y_2", "x_y_3"]


# ------------------------------------------------------------------ Zwischenspeicher

def run_python(code: str, **env) -> str:
    full_env = dict(os.environ, **env)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full_env, cwd=ROOT,
                          check=True)
    return done.stdout.strip()


def test_cache_hit_needs_neither_lark_nor_attrs(tmp_path):
    code = ("import sys, lexdsl; k = lexdsl.load('norms', cache_dir=sys.argv[1] if len(sys.argv) > 1 else "
            f"{str(tmp_path)!r}); print(len(k.normen) > 0, 'lark' in sys.modules, 'attrs' in sys.modules)")
    assert run_python(code) == "True True True"  # erster Lauf übersetzt
    assert run_python(code) == "True False False"  # zweiter Lauf: nur Import des erzeugten Codes


def test_unchanged_norm_file_is_not_parsed_again(write_norms, tmp_path, monkeypatch):
    folder = write_norms({
        "a.lexdsl": 'Merkmal A: ja/nein\nNorm "NA": T\n  Sie kann erteilt werden, wenn A\n',
        "b.lexdsl": 'Merkmal B: ja/nein\nNorm "NB": T\n  Sie kann erteilt werden, wenn B\n',
    })
    cache = tmp_path / "cache"
    environment.load(folder, cache_dir=cache)
    parsed: list[str] = []
    original = parser.parse
    monkeypatch.setattr(parser, "parse", lambda text, path: parsed.append(path) or original(text, path))
    (folder / "b.lexdsl").write_text('Merkmal B: ja/nein\nNorm "NB": T\n  Sie soll erteilt werden, wenn B\n'
                                     '    atypischer Fall, wenn nicht B\n', encoding="utf-8")
    corpus = environment.load(folder, cache_dir=cache)
    assert [Path(p).name for p in parsed] == ["b.lexdsl"]
    assert corpus.norm("NB").pruefen(corpus.facts({"B": True})).outcome is Outcome.SOLL


def test_corrupted_cache_entries_are_rebuilt_not_trusted(write_norms, tmp_path):
    folder = write_norms('Merkmal A: ja/nein\nNorm "N": T\n  Sie kann erteilt werden, wenn A\n')
    cache = tmp_path / "cache"
    first = environment.load(folder, cache_dir=cache)
    module = next(p for p in first.directory.glob("*.py") if p.name != "__init__.py")
    good = module.read_text(encoding="utf-8")
    module.write_text(good.replace("return grade", "return VERSAGT"), encoding="utf-8")
    for ast_file in (cache / "ast").glob("*.json"):
        ast_file.write_text("{kaputt", encoding="utf-8")
    # Ein neuer Prozess (neue Importe) lädt das Korpus erneut.
    code = (f"import lexdsl; k = lexdsl.load({str(folder)!r}, cache_dir={str(cache)!r}); "
            "n = k.norm('N'); print(n.entscheiden(k.facts({'A': True})).value)")
    assert run_python(code) == "ermessen"
    assert module.read_text(encoding="utf-8") == good


def test_generated_code_is_deterministic_across_hash_seeds(tmp_path):
    outputs = []
    for seed in ("0", "1", "4242"):
        target = tmp_path / f"out{seed}"
        code = ("import sys; from lexdsl.cli import main; "
                f"sys.exit(main(['--cache', {str(tmp_path / ('c' + seed))!r}, 'kompilieren', 'norms', '-o', {str(target)!r}]))")
        run_python(code, PYTHONHASHSEED=seed)
        outputs.append({p.name: p.read_bytes() for p in sorted(target.glob("*.py"))})
    assert outputs[0] == outputs[1] == outputs[2]


def test_bytecode_is_written_and_a_tampered_pyc_is_rebuilt(write_norms, tmp_path):
    folder = write_norms('Merkmal A: ja/nein\nNorm "N": T\n  Sie kann erteilt werden, wenn A   [Q]\n')
    cache = tmp_path / "cache"
    corpus = environment.load(folder, cache_dir=cache)
    pycs = sorted((corpus.directory / "__pycache__").glob("*.pyc"))
    assert len(pycs) == len(list(corpus.directory.glob("*.py")))
    manifest = json.loads((corpus.directory / "MANIFEST.json").read_text(encoding="utf-8"))
    assert all(p.relative_to(corpus.directory).as_posix() in manifest["dateien"] for p in pycs)
    target = next(p for p in pycs if not p.name.startswith("__init__"))
    good = target.read_bytes()
    target.write_bytes(good[:-8] + b"\x00" * 8)
    code = (f"import lexdsl; k = lexdsl.load({str(folder)!r}, cache_dir={str(cache)!r}); "
            "print(k.norm('N').entscheiden(k.facts({'A': True})).value)")
    assert run_python(code, PYTHONDONTWRITEBYTECODE="1") == "ermessen"
    assert target.read_bytes() == good


def test_the_runtime_exports_every_name_the_generated_code_imports():
    import lexdsl.runtime as runtime

    assert set(GENERATED_CODE_IMPORTS) <= set(runtime.__all__)
    assert all(hasattr(runtime, name) for name in GENERATED_CODE_IMPORTS)
    assert len(set(GENERATED_CODE_IMPORTS)) == len(GENERATED_CODE_IMPORTS)


def test_deeply_nested_begriffe_compile_even_when_lines_get_long(compile_norms):
    """Die Grenze der Prüfungen, nicht die Zeilenlänge, begrenzt die Tiefe: tief geschachtelt wird trotzdem übersetzt."""
    lines = ["Merkmal A: ja/nein", "Merkmal B: ja/nein", "Begriff B0", "  liegt vor, wenn alle folgenden:",
             "    - A", "    - B"]
    for i in range(1, 28):
        lines += [f"Begriff B{i}", "  liegt vor, wenn alle folgenden:", "    - A", f"    - B{i - 1}"]
    lines += ['Norm "N": T', "  Sie kann erteilt werden, wenn B27   [Q]"]
    corpus = compile_norms("\n".join(lines) + "\n")
    norm = corpus.norm("N")
    assert norm.entscheiden(corpus.facts({"A": True, "B": True})) is Outcome.ERMESSEN
    assert norm.entscheiden(corpus.facts({"A": True, "B": False})) is Outcome.NICHT_ERFUELLT
