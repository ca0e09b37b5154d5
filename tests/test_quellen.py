"""Gesetz, Verwaltungsvorschrift und Ausarbeitung: jeder zitierte Wortlaut nach seiner Art erkannt,
ein Gesetzeszitat mit seinem Stand, und auf der Website getrennt beschriftet."""

from __future__ import annotations

import pytest

from lexdsl.language import checks, parser
from lexdsl.vocabulary import SourceKind

from .conftest import dedent

NORM = """
    Merkmal A: ja/nein
    Norm "N": Titel
      Wortlaut [{citation}]:
        > Text
      Die Aufenthaltserlaubnis kann erteilt werden, wenn A   [§ 1 G]
"""


def _codes(citation: str) -> list[tuple[str, bool]]:
    module = parser.parse(dedent(NORM.format(citation=citation)), "n.lexdsl")
    return [(d.code, d.is_error) for d in checks.check([module]) if d.code.startswith("wortlaut")]


@pytest.mark.parametrize("citation, kind", [
    ("§ 25 Abs. 5 S. 1 AufenthG, Stand 2021", SourceKind.GESETZ),
    ("Art. 16a Abs. 1 GG, Stand 2021", SourceKind.GESETZ),
    ("VwV 25.5.2", SourceKind.VWV),
    ("WD 2024, Abschnitt 6", SourceKind.WD),
    ("Kommentar Rn. 3", None),
])
def test_the_kind_of_a_source_follows_from_its_citation(citation, kind):
    assert SourceKind.of(citation) is kind


def test_a_statute_quote_names_its_stand():
    assert _codes("§ 25 Abs. 5 S. 1 AufenthG, Stand 2021") == []
    assert _codes("§ 25 Abs. 5 S. 1 AufenthG (Stand 01.06.2012)") == []
    assert _codes("§ 25 Abs. 5 S. 1 AufenthG") == [("wortlaut-stand", True)]
    assert _codes("VwV 25.5.2") == []


def test_a_quote_of_unknown_kind_is_a_warning():
    assert _codes("Kommentar Rn. 3") == [("wortlaut-quelle", False)]


def test_the_site_labels_statute_vwv_and_wd_apart_in_the_order_of_authority():
    from lexdsl.site.pages import _wortlaut_html

    module = parser.parse(dedent("""
        Merkmal A: ja/nein
        Norm "N": Titel
          Wortlaut [WD 2024, Abschnitt 6]:
            > drei
          Wortlaut [VwV 25.4a.4]:
            > zwei
          Wortlaut [§ 25 Abs. 4a S. 1 AufenthG, Stand 2021]:
            > eins
          Die Aufenthaltserlaubnis kann erteilt werden, wenn A   [§ 1 G]
    """), "n.lexdsl")
    quotes = [p for p in module.declarations[1].parts if type(p).__name__ == "Wortlaut"]
    html = _wortlaut_html(quotes)
    labels = ["lx-quelle-gesetz", "lx-quelle-vwv", "lx-quelle-wd"]
    assert [html.index(c) for c in labels] == sorted(html.index(c) for c in labels)
    for label in ("Gesetz", "Verwaltungsvorschrift", "Wissenschaftliche Dienste"):
        assert f'<p class="lx-quellenart">{label}</p>' in html
    assert html.index("eins") < html.index("zwei") < html.index("drei")
