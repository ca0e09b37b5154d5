"""Die Hervorhebung der Normensprache: über den Einstiegspunkt auffindbar und ohne Fehler-Token."""

from __future__ import annotations

import pytest

from .conftest import NORMS

pygments = pytest.importorskip("pygments")


def test_lexer_is_found_by_name_and_file_name():
    from pygments.lexers import get_lexer_by_name, get_lexer_for_filename

    from lexdsl.pygments_lexer import LexdslLexer

    # Ein unbekannter Name fiele still auf Klartext zurück; der Einstiegspunkt muss den Lexer liefern.
    assert isinstance(get_lexer_by_name("lexdsl"), LexdslLexer)
    assert isinstance(get_lexer_for_filename("aufenthg_25_5.lexdsl"), LexdslLexer)


@pytest.mark.parametrize("path", sorted(NORMS.glob("*.lexdsl")), ids=lambda p: p.name)
def test_every_norm_file_lexes_without_error_tokens(path):
    from pygments.token import Error

    from lexdsl.pygments_lexer import LexdslLexer

    text = path.read_text(encoding="utf-8")
    tokens = list(LexdslLexer().get_tokens(text))
    assert [value for kind, value in tokens if kind in Error] == []
    assert "".join(value for _, value in tokens) == text if text.endswith("\n") else text + "\n"


def _kinds(code: str) -> dict[str, object]:
    from lexdsl.pygments_lexer import LexdslLexer

    return {value.strip(): kind for kind, value in LexdslLexer().get_tokens(code) if value.strip()}


def test_keywords_names_and_citations_get_their_own_tokens():
    from pygments.token import Comment, Generic, Keyword, Name, Operator, String, Text

    kinds = _kinds(
        'Norm "§ 25 Abs. 5 AufenthG": Titel   [VwV 25.5]\n'
        "  Sie soll erteilt werden, wenn Abschiebung seit 18 Monaten ausgesetzt   [VwV 25.5.2]\n"
        "    atypischer Fall, wenn atypischer Ausnahmefall\n"
        "  Der Tatbestand ist erfüllt, wenn alle folgenden:\n"
        "    - Dauer der Duldung: mindestens 18 Monate\n"
        "    - nicht Gefahr für Leib und Leben\n"
        "  # Kommentar\n"
        "  Wortlaut [VwV 25.5.0]:\n"
        "    > Zitierter Text\n")
    assert kinds["Norm"] in Keyword
    assert kinds['"§ 25 Abs. 5 AufenthG"'] in String
    assert kinds["[VwV 25.5]"] in Name.Label
    assert kinds["Titel"] in Generic.Strong     # der Titel ist Text, auch mit Zahlen: keine Vergleiche
    title = _kinds('Norm "§ 25 Abs. 3": Abschiebungsverbot nach § 60 Abs. 2 bis 7\n')
    assert title["Abschiebungsverbot nach § 60 Abs. 2 bis 7"] in Generic.Strong
    assert kinds["soll erteilt werden"] in Keyword
    assert kinds["atypischer Fall, wenn"] in Keyword
    assert kinds["Der Tatbestand ist erfüllt, wenn"] in Keyword
    assert kinds["alle folgenden:"] in Operator
    assert kinds["mindestens"] in Operator
    assert kinds["nicht"] in Operator
    assert kinds["# Kommentar"] in Comment
    assert kinds["Zitierter Text"] in String
    # „und“ ist kein Schlüsselwort: Es bleibt Teil des Namens.
    assert kinds["und"] in Text
    # „Dauer“ am Anfang eines Namens ist kein Typ; hinter dem Doppelpunkt eines Merkmals schon.
    assert kinds["Dauer"] in Text
    assert _kinds("Merkmal Dauer der Duldung: Dauer\n")["Dauer"] is not kinds["Dauer"]
