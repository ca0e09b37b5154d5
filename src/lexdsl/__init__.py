"""lexdsl – ausführbare Spezifikation des humanitären Aufenthaltsrechts.

Schnellstart::

    import lexdsl

    korpus = lexdsl.load()                     # die mitgelieferten Normen; eigene: lexdsl.load("norms")
    fakten = korpus.facts({"vollziehbar ausreisepflichtig": True, "Reiseunfähigkeit": "ja",
                           "Dauer der Duldung": "24 Monate"})
    ergebnis = korpus.norm("§ 25 Abs. 5 AufenthG").pruefen(fakten)
    print(ergebnis.outcome, ergebnis.missing)

Der Import ist bewusst leicht: ``load``, ``Outcome`` usw. werden erst beim
ersten Zugriff geladen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

# Öffentlicher Name → Modul, in dem er steht.
_EXPORTS = {
    "load": "workspace.corpus",
    "Corpus": "workspace.corpus",
    "Facts": "runtime",
    "Result": "runtime",
    "Outcome": "vocabulary",
    "Duration": "vocabulary",
    "MerkmalType": "vocabulary",
    "LexdslError": "errors",
    "CaseError": "errors",
    "load_case": "cases",
}

__all__ = [*sorted(_EXPORTS), "__version__"]

if TYPE_CHECKING:
    from .cases import load_case as load_case
    from .errors import CaseError as CaseError
    from .errors import LexdslError as LexdslError
    from .runtime import Facts as Facts
    from .runtime import Result as Result
    from .vocabulary import Duration as Duration
    from .vocabulary import MerkmalType as MerkmalType
    from .vocabulary import Outcome as Outcome
    from .workspace.corpus import Corpus as Corpus
    from .workspace.corpus import load as load


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'lexdsl' has no attribute {name!r}")
    return getattr(importlib.import_module(f"lexdsl.{module}"), name)


def __dir__() -> list[str]:
    return list(__all__)
