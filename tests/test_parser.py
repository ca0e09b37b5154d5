"""Parser: Grammatik, Syntaxbaum, Stellen und deutsche Syntaxfehler."""

from __future__ import annotations

import pytest

from lexdsl.errors import LexdslError
from lexdsl.language import nodes, parser

from .conftest import NORMS, dedent


def parse(text: str) -> nodes.Module:
    return parser.parse(dedent(text), "t.lexdsl")


def first_condition(module: nodes.Module):
    begriff = next(d for d in module.declarations if isinstance(d, nodes.Begriff))
    return begriff.definition.condition


def test_real_norm_files_parse():
    for path in sorted(NORMS.glob("*.lexdsl")):
        module = parser.parse(path.read_text(encoding="utf-8"), str(path))
        assert module.declarations, path


def test_name_with_und_stays_one_condition():
    module = parse("""
        Merkmal Gefahr für Leib und Leben: ja/nein
        Begriff Schutzbedarf
          liegt vor, wenn Gefahr für Leib und Leben
    """)
    condition = first_condition(module)
    assert isinstance(condition, nodes.Atom)
    assert condition.name == "Gefahr für Leib und Leben"


def test_name_with_oder_in_a_list_stays_one_bullet():
    module = parse("""
        Begriff B
          liegt vor, wenn alle folgenden:
            - Ausreise aus rechtlichen oder tatsächlichen Gründen unmöglich
            - Gefahr für Leib und Leben oder Freiheit
    """)
    group = first_condition(module)
    assert isinstance(group, nodes.Group)
    assert [item.name for item in group.items] == [
        "Ausreise aus rechtlichen oder tatsächlichen Gründen unmöglich",
        "Gefahr für Leib und Leben oder Freiheit",
    ]


def test_grammar_has_no_und_or_oder_terminal():
    terminals = {t.name: t.pattern.value for t in parser._lark().terminals}
    for name, pattern in terminals.items():
        if name == "NAME":
            continue
        assert "und" not in str(pattern).split("|"), name
        assert "oder" not in str(pattern).split("|"), name
    assert "UND" not in terminals and "ODER" not in terminals


def test_und_between_two_declared_names_is_an_unknown_name_with_a_hint(compile_norms):
    with pytest.raises(LexdslError) as info:
        compile_norms("""
            Merkmal A: ja/nein
            Merkmal B: ja/nein
            Norm "N": Titel
              Die Aufenthaltserlaubnis kann erteilt werden, wenn A und B
        """)
    [diagnostic] = info.value.diagnostics
    assert diagnostic.code == "unbekannter-name"
    assert "»A und B«" in diagnostic.message
    assert "alle folgenden:" in diagnostic.hint


def test_umlauts_and_sharp_s_in_names():
    module = parse("""
        Merkmal Größe der Bedarfsgemeinschaft: Anzahl
        Merkmal Aufenthaltsgestattung für Ausländer: ja/nein
    """)
    assert [d.name for d in module.declarations] == ["Größe der Bedarfsgemeinschaft",
                                                      "Aufenthaltsgestattung für Ausländer"]


def test_nicht_negates_but_nichtig_is_a_name():
    module = parse("""
        Begriff B
          liegt vor, wenn alle folgenden:
            - nicht vollziehbar ausreisepflichtig
            - nichtig erklärte Ehe
    """)
    first, second = first_condition(module).items
    assert first.negated and first.name == "vollziehbar ausreisepflichtig"
    assert not second.negated and second.name == "nichtig erklärte Ehe"


def test_group_without_colon_is_read_as_a_name():
    module = parse("""
        Begriff B
          liegt vor, wenn alle folgenden Unterlagen
    """)
    assert first_condition(module).name == "alle folgenden Unterlagen"


@pytest.mark.parametrize(
    ("text", "op", "value", "unit"),
    [
        ("Dauer der Duldung: mindestens 18 Monate", "mindestens", 18.0, "Monate"),
        ("Dauer der Duldung: mehr als 1,5 Jahren", "mehr als", 1.5, "Jahre"),
        ("Anzahl der Verstöße: mehr als einmal", "mehr als", 1.0, None),
        ("Anzahl der Verstöße: höchstens 3", "höchstens", 3.0, None),
        ("Tag der Entscheidung: vor dem 01.01.2005", "vor dem", "2005-01-01", None),
        ('Abschiebungsverbot: "§ 60 Abs. 5"', "gleich", "§ 60 Abs. 5", None),
        ('Abschiebungsverbot: einer von "§ 60 Abs. 5", "§ 60 Abs. 7 S. 1"', "einer von",
         ("§ 60 Abs. 5", "§ 60 Abs. 7 S. 1"), None),
    ],
)
def test_comparisons(text, op, value, unit):
    module = parse(f"""
        Begriff B
          liegt vor, wenn {text}
    """)
    comparison = first_condition(module).comparison
    assert (comparison.op.value, comparison.value, comparison.unit and comparison.unit.value) == (op, value, unit)


def test_spans_point_at_the_name():
    module = parse("""
        Merkmal A: ja/nein

        Begriff B
          liegt vor, wenn alle folgenden:
            - nicht A
    """)
    atom = first_condition(module).items[0]
    assert (atom.name_span.line, atom.name_span.column) == (5, 13)
    assert atom.span.file == "t.lexdsl"


def test_citations_split_on_semicolons():
    module = parse("""
        Merkmal A: ja/nein    [§ 25 Abs. 5 S. 1 AufenthG;  VwV 25.5.0]
    """)
    assert module.declarations[0].citations == ("§ 25 Abs. 5 S. 1 AufenthG", "VwV 25.5.0")


def test_norm_keeps_parts_in_source_order():
    module = parse("""
        Merkmal A: ja/nein
        Norm "§ 1 Test": Titel   [VwV 1]
          Wortlaut [VwV 1.1]:
            > Erster Satz.
          Die Aufenthaltserlaubnis kann erteilt werden, wenn A   [VwV 1.1]
          Wortlaut [VwV 1.2]:
            > Zweiter Satz.
          Sie darf nicht erteilt werden, wenn nicht A   [VwV 1.2]
            es sei denn A
    """)
    norm = module.declarations[1]
    kinds = [type(p).__name__ for p in norm.parts]
    assert kinds == ["Wortlaut", "Rule", "Wortlaut", "Rule"]
    assert norm.parts[0].lines == ("Erster Satz.",)
    assert norm.parts[3].grade.value == "versagung"
    assert norm.parts[3].ausnahmen[0].clause.condition.name == "A"


@pytest.mark.parametrize(
    ("modality", "grade", "action"),
    [
        ("ist zu erteilen", "anspruch", "erteilen"),
        ("soll erteilt werden", "soll", "erteilen"),
        ("kann verlängert werden", "ermessen", "verlängern"),
        ("darf nicht erteilt werden", "versagung", "erteilen"),
        ("ist in der Regel zu erteilen", "regelanspruch", "erteilen"),
        ("darf in der Regel nicht verlängert werden", "regelversagung", "verlängern"),
    ],
)
def test_modalities(modality, grade, action):
    module = parse(f"""
        Merkmal A: ja/nein
        Norm "N": T
          Die Aufenthaltserlaubnis {modality}, wenn A
    """)
    rule = module.declarations[1].parts[0]
    assert (rule.grade.value, rule.action.value) == (grade, action)


def test_ast_round_trips_through_cache_data():
    text = (NORMS / "aufenthg_25_5.lexdsl").read_text(encoding="utf-8")
    module = parser.parse(text, "norms/aufenthg_25_5.lexdsl")
    assert nodes.from_data(nodes.to_data(module)) == module


def test_cache_data_with_foreign_class_is_rejected():
    with pytest.raises(ValueError):
        nodes.from_data({"~": "os.system", "command": "x"})


def test_grammar_is_found_in_the_source_tree_for_editable_installs():
    from lexdsl.language.grammar import grammar_path

    path = grammar_path()
    assert path.name == "grammar.lark"
    assert path.read_text(encoding="utf-8").startswith("// lexdsl")


# ------------------------------------------------------------------ Syntaxfehler


def syntax_error(text: str):
    with pytest.raises(LexdslError) as info:
        parser.parse(dedent(text), "kaputt.lexdsl")
    [diagnostic] = info.value.diagnostics
    return diagnostic, str(info.value)


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("Merkmal Reiseunfähigkeit ja/nein\n", "fehlt der Doppelpunkt", 1),
        ("Merkmal Reiseunfähigkeit: Zahl\n", "Unbekannter Typ", 1),
        ('Merkmal A: ja/nein\nNorm § 25: Titel\n  Sie kann erteilt werden.\n', "Anführungszeichen", 2),
        ('Merkmal A: ja/nein\nNorm "x": T\n  Sie kann erteilt werdn, wenn A\n', "Unbekannte Rechtsfolge", 3),
        ('Merkmal A: ja/nein\nNorm "x": T\n  Sie kann erteilt werden A\n', "», wenn«", 3),
        ("Merkmal D: Dauer\nBegriff B\n  liegt vor, wenn D: 18 Monate\n", "Vergleichswort", 3),
        ("Merkmal A: ja/nein [VwV 25.5\n", "Fundstelle ist nicht geschlossen", 1),
        ("Merkmal A: ja/nein\nBegriff B\n  liegt vor wenn A\n", "Unbekannter Teil eines Begriffs", 3),
        ("Merkmahl A: ja/nein\n", "neue Deklaration", 1),
    ],
)
def test_syntax_errors_are_german_with_position_and_hint(text, message, line):
    diagnostic, rendered = syntax_error(text)
    assert message in diagnostic.message or message in (diagnostic.hint or "")
    assert diagnostic.span.line == line
    assert rendered.startswith(f"kaputt.lexdsl:{line}:")
    assert "^" in rendered
    assert "Hinweis:" in rendered


def test_bullets_after_a_single_condition_are_an_error():
    diagnostic, _ = syntax_error("""
        Merkmal A: ja/nein
        Begriff B
          liegt vor, wenn A
            - A
    """)
    assert "Verknüpfung" in diagnostic.message
    assert "alle folgenden:" in diagnostic.hint


def test_group_without_bullets_is_an_error():
    diagnostic, _ = syntax_error("""
        Merkmal A: ja/nein
        Norm "N": T
          Sie kann erteilt werden, wenn alle folgenden:
    """)
    assert "fehlen die eingerückten Aufzählungspunkte" in diagnostic.message


def test_inconsistent_dedent_is_reported_with_line():
    diagnostic, rendered = syntax_error("""
        Begriff B
            liegt vor, wenn alle folgenden:
                - A
              - A
    """)
    assert diagnostic.code == "einrückung"
    assert diagnostic.span.line == 4
    assert "Einrückung" in rendered


def test_invalid_date_is_reported():
    diagnostic, _ = syntax_error("""
        Merkmal D: Datum
        Begriff B
          liegt vor, wenn D: vor dem 31.02.2005
    """)
    assert "kein gültiges Datum" in diagnostic.message


def test_nul_byte_is_rejected():
    with pytest.raises(LexdslError) as info:
        parser.parse("Merkmal A: ja/nein\x00\n", "x.lexdsl")
    assert "NUL" in str(info.value)
