"""Das Korpus zitiert das Gesetz: Jede Regel und jeder Tatbestand, die sich auf das Aufenthaltsgesetz
stützen, stehen neben dem Wortlaut dieses Paragrafen und Absatzes, mit seinem Stand; jede Norm
trägt Fassungen."""

from __future__ import annotations

import re

import pytest

from lexdsl.language import nodes
from lexdsl.vocabulary import SourceKind
from lexdsl.workspace.compile import Frontend
from lexdsl.workspace.sources import find_sources

from .conftest import ROOT

_PARAGRAPH = re.compile(r"§\s*(\d+[a-z]?)(?:\s+Abs\.\s*(\d+[a-z]?))?")


def _statute_places(citations: tuple[str, ...]) -> set[tuple[str, str | None]]:
    """(§, Abs.) jeder Fundstelle im Aufenthaltsgesetz."""
    places = set()
    for citation in citations:
        if SourceKind.of(citation) is SourceKind.GESETZ and "AufenthG" in citation:
            for match in _PARAGRAPH.finditer(citation.split("AufenthG")[0]):
                places.add((match.group(1), match.group(2)))
    return places


def _quoted(parts: tuple[nodes.NormPart, ...]) -> set[tuple[str, str | None]]:
    out: set[tuple[str, str | None]] = set()
    for part in parts:
        if isinstance(part, nodes.Wortlaut):
            out |= _statute_places(part.citations)
    return out


def _covered(place: tuple[str, str | None], quoted: set[tuple[str, str | None]]) -> bool:
    paragraph, absatz = place
    return any(p == paragraph and (absatz is None or a is None or a == absatz) for p, a in quoted)


def _norms() -> list[nodes.Norm]:
    modules, _ = Frontend(None).check(find_sources(ROOT / "norms"))
    return [d for m in modules for d in m.declarations if isinstance(d, nodes.Norm)]


def _variants(norm: nodes.Norm) -> list[tuple[str, tuple[nodes.NormPart, ...]]]:
    common = tuple(p for p in norm.parts if not isinstance(p, nodes.Fassung))
    fassungen = [p for p in norm.parts if isinstance(p, nodes.Fassung)]
    return [(f.name, common + f.parts) for f in fassungen] or [("", common)]


def test_every_rule_resting_on_the_statute_stands_beside_its_wortlaut():
    missing = []
    norms = _norms()
    # Was eine allgemeine Vorschrift (§ 5, § 10, § 11) zitiert, steht auf ihrer Seite; eine Norm, die sich
    # auf diese Vorschrift beruft, muss es nicht noch einmal zitieren.
    general = set().union(*(_quoted(n.parts) for n in norms if n.kind.value == "vorschrift"))
    for norm in norms:
        for fassung, parts in _variants(norm):
            quoted = _quoted(parts) | general
            claims = [(p, p.citations) for p in parts if isinstance(p, nodes.Rule)]
            claims += [(p, p.clause.citations) for p in parts if isinstance(p, nodes.Tatbestand)]
            for part, citations in claims:
                places = _statute_places(citations)
                if places and not any(_covered(place, quoted) for place in places):
                    missing.append(f"{norm.id} {fassung}: Zeile {part.span.line} {sorted(places)}")
    assert missing == [], "\n".join(missing)


def test_every_statute_quote_names_its_stand_and_every_norm_has_fassungen():
    for norm in _norms():
        if norm.kind.value == "norm":
            assert any(isinstance(p, nodes.Fassung) for p in norm.parts), norm.id
        quotes = [p for p in norm.parts if isinstance(p, nodes.Wortlaut)]
        quotes += [q for f in norm.parts if isinstance(f, nodes.Fassung) for q in f.parts
                   if isinstance(q, nodes.Wortlaut)]
        assert any(SourceKind.of(q.citations[0]) is SourceKind.GESETZ for q in quotes), norm.id


@pytest.mark.parametrize("text", ["AsylVfG"])
def test_fassungen_of_2021_speak_of_the_asylg(text):
    """Namen folgen dem Recht am Stichtag: Was nur in einer Fassung mit dem Text von 2021 steht, sagt AsylG."""
    offenders = []
    for norm in _norms():
        for f in (p for p in norm.parts if isinstance(p, nodes.Fassung)):
            if "2021" not in f.name:
                continue
            for part in f.parts:
                citations = getattr(part, "citations", ())
                lines = getattr(part, "lines", ())
                if any(text in c for c in citations) or any(text in line for line in lines):
                    offenders.append(f"{norm.id} {f.name}: Zeile {part.span.line}")
    assert offenders == []


def test_the_begruendung_after_the_renaming_never_names_the_asylvfg(corpus):
    """Namen folgen dem Recht am Stichtag: Eine Fassung mit dem Wortlaut von 2021 prüft keinen Knoten, dessen
    Text das AsylVfG nennt (die Merkmale heißen neutral; ihre Beschreibung nennt beide Gesetze)."""
    offenders = []
    for norm in corpus.normen.values():
        for variant in norm.variants:
            fassung = variant.program.fassung
            if fassung is None or "2021" not in fassung.name:
                continue
            offenders += [f"{norm.id} {fassung.name}: {node.label}" for node in variant.program.nodes
                          if "AsylVfG" in node.label]
    assert offenders == []
