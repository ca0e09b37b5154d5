"""Die Zwischendarstellung ist reine Daten: ein Solver kann sie lesen."""

from __future__ import annotations

import datetime
import enum
import json

import attrs

from lexdsl.compiler import ir
from lexdsl.language import parser
from lexdsl.errors import Span

from .conftest import NORMS


def real_ir() -> ir.Corpus:
    modules = [parser.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(NORMS.glob("*.lexdsl"))]
    return ir.lower(modules)


def test_ir_contains_only_plain_data():
    allowed = (str, int, float, bool, type(None), Span, enum.Enum, datetime.date)

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
    assert {v["id"]: v["mode"] for v in norm["vorschriften"]}["§ 11 Abs. 1 AufenthG"] == "abweichend"
    assert "Dauer der Duldung" in text


def test_node_ids_are_unique_and_dense_per_norm():
    for norm in real_ir().normen:
        ids = [node.id for root in ir.norm_conditions(norm) for node in ir.walk(root)]
        ids += [r.id for r in norm.rules] + [r.id for v in norm.vorschriften for r in v.rules]
        assert sorted(ids) == list(range(norm.node_count)), norm.id
