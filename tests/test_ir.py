"""Die Zwischendarstellung ist reine Daten: ein Solver kann sie lesen."""

from __future__ import annotations

import datetime
import decimal
import enum
import json

import attrs
import pytest

from lexdsl.compiler import ir
from lexdsl.errors import Span
from lexdsl.language import parser

from .conftest import NORMS


def real_ir() -> ir.CorpusIR:
    modules = [parser.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(NORMS.glob("*.lexdsl"))]
    return ir.lower(modules)


def test_ir_contains_only_plain_data():
    allowed = (str, int, decimal.Decimal, bool, type(None), Span, enum.Enum, datetime.date)  # keine float

    def visit(value, path="corpus"):
        if attrs.has(type(value)):
            assert attrs.fields(type(value)) and type(value).__setattr__ is not object.__setattr__, path
            for field in attrs.fields(type(value)):
                visit(getattr(value, field.name), f"{path}.{field.name}")
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                visit(item, f"{path}[{i}]")
        else:
            assert isinstance(value, allowed), f"{path}: {type(value).__name__}"

    visit(real_ir())


def test_ir_exports_to_json_for_a_solver():
    data = ir.to_data(real_ir())
    text = json.dumps(data, ensure_ascii=False)
    norm = next(n for n in data["normen"] if n["id"] == "§ 25 Abs. 5 AufenthG")
    assert norm["tatbestand"]["art"] == "All"
    assert norm["rules"][0]["grade"] in ("anspruch", "regelanspruch", "soll", "ermessen", "versagung", "regelversagung")
    assert {v["id"]: v["mode"] for v in norm["vorschriften"]}["§ 11 Abs. 1 AufenthG"] == "abweichend"
    assert "Dauer der Duldung" in text


def test_ir_round_trips_through_versioned_json():
    corpus = real_ir()
    data = json.loads(json.dumps(ir.to_data(corpus), ensure_ascii=False))
    assert data["format"] == "lexdsl-ir" and data["version"] == ir.VERSION
    assert ir.from_data(data) == corpus


def test_ir_json_of_another_version_is_refused():
    data = ir.to_data(real_ir())
    with pytest.raises(ir.FormatError):
        ir.from_data(dict(data, version=ir.VERSION + 1))
    with pytest.raises(ir.FormatError):
        ir.from_data({"normen": []})
    broken = json.loads(json.dumps(data))
    broken["normen"][0]["tatbestand"]["art"] = "os.system"
    with pytest.raises(ir.FormatError):
        ir.from_data(broken)


def test_begriffe_are_referenced_not_copied():
    corpus = real_ir()
    refs = [node for norm in corpus.normen for root in ir.norm_conditions(norm) for node in ir.walk(root)
            if isinstance(node, ir.BegriffRef)]
    assert refs and all(ref.name in corpus.begriff_map for ref in refs)
    # Ohne Einsetzen ist die IR deutlich kleiner als der eingesetzte Baum.
    flat = sum(1 for norm in corpus.normen for root in ir.norm_conditions(norm) for _ in ir.walk(root))
    expanded = sum(1 for norm in corpus.normen for root in ir.norm_conditions(norm)
                   for _ in ir.walk(root, corpus.begriff_map))
    assert flat * 2 < expanded


def test_program_node_ids_are_unique_and_dense_per_norm(corpus):
    for versioned in corpus.normen.values():
        for variant in versioned.variants:
            program = variant.program
            children = [c for node in program.nodes for c in node.children if c is not None]
            assert len(children) == len(set(children)), program.id          # ein Baum: jeder Knoten ein Elternteil
            assert all(0 < c < len(program.nodes) for c in children)
            rule_ids = [r.id for r in program.all_rules()]
            assert all(program.nodes[r].kind.value == "regel" for r in rule_ids)
