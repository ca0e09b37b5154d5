"""lexdsl – ausführbare Spezifikation des humanitären Aufenthaltsrechts.

Schnellstart::

    import lexdsl

    korpus = lexdsl.load("norms")
    fakten = korpus.facts({"vollziehbar ausreisepflichtig": True, "Reiseunfähigkeit": True})
    ergebnis = korpus.norm("§ 25 Abs. 5 AufenthG").pruefen(fakten)
    print(ergebnis.outcome, ergebnis.missing)

Der Import ist bewusst leicht: ``load``, ``Outcome`` usw. werden erst beim
ersten Zugriff geladen.
"""

__version__ = "0.1.0"

_EXPORTS = {
    "load": "workspace.corpus",
    "Corpus": "workspace.corpus",
    "Facts": "runtime",
    "Outcome": "runtime",
    "Result": "runtime",
    "LexdslError": "errors",
    "CaseError": "errors",
    "load_case": "cases",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'lexdsl' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"lexdsl.{module}"), name)
