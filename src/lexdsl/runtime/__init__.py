"""Die Laufzeit der übersetzten Normen.

Module, jedes mit einer Aufgabe:

``program``   das Programm einer Norm, wie der erzeugte Code es übergibt (typisierte Daten)
``facts``     die Fakten eines Falls und die unbekannten Merkmale
``analysis``  die exakte Analyse offener Fälle (mögliche Ergebnisse, entscheidende Merkmale)
``explain``   die Begründung aus den Knotenwerten
``questions`` die fehlenden Merkmale einer Norm, das Entscheidende zuerst
``result``    das Ergebnis einer Prüfung
``norm``      Normvariante, Norm mit Fassungen, Katalog eines erzeugten Pakets

Die Laufzeit braucht nur die Standardbibliothek und ``lexdsl.vocabulary``; der
von ``lexdsl kompilieren`` geschriebene Code bringt eine Kopie davon mit.
"""

from fractions import Fraction

from ..vocabulary import Action, Geltung, Grade, MerkmalType, NodeKind, NormKind, Occasion, Operator, Outcome, Rank
from .analysis import Evaluator, Structure, analyse, can_flip
from .facts import NICHT_AUSGEWERTET, Facts, Unknown, UnknownFact
from .norm import Catalog, CompiledNorm, VersionedNorm
from .program import (
                          Ausnahme,
                          BegriffInfo,
                          Comparison,
                          CorpusProgram,
                          Domain,
                          Fassung,
                          GeneratedNorm,
                          Kriterium,
                          MerkmalInfo,
                          Nebenfolge,
                          Node,
                          NormProgram,
                          Rule,
                          Vorschrift,
                          VorschriftInfo,
                          Wortlaut,
)
from .result import Result

# Die Ergebnis-Codes, die der erzeugte Code zurückgibt (siehe vocabulary.Rank).
NICHT_ERFUELLT = Rank.NICHT_ERFUELLT
ERMESSEN = Rank.ERMESSEN
SOLL = Rank.SOLL
ANSPRUCH = Rank.ANSPRUCH
VERSAGT = Rank.VERSAGT

# Genau diese Namen importiert der erzeugte Code (codegen schreibt seine Importzeile aus dieser Liste).
GENERATED_CODE_IMPORTS = (
    "ANSPRUCH", "ERMESSEN", "NICHT_ERFUELLT", "SOLL", "VERSAGT",
    "Action", "Ausnahme", "BegriffInfo", "Comparison", "CorpusProgram", "Domain", "Fassung", "Fraction", "Geltung",
    "GeneratedNorm", "Grade", "Kriterium", "MerkmalInfo", "MerkmalType", "Nebenfolge", "Node", "NodeKind",
    "NormKind", "NormProgram", "Occasion", "Operator", "Rule", "Vorschrift", "VorschriftInfo", "Wortlaut",
)

__all__ = [
                          "ANSPRUCH",
                          "ERMESSEN",
                          "NICHT_AUSGEWERTET",
                          "NICHT_ERFUELLT",
                          "SOLL",
                          "VERSAGT",
                          "Action",
                          "Ausnahme",
                          "BegriffInfo",
                          "Catalog",
                          "Comparison",
                          "CompiledNorm",
                          "CorpusProgram",
                          "Domain",
                          "Evaluator",
                          "Facts",
                          "Fassung",
                          "Fraction",
                          "Geltung",
                          "GeneratedNorm",
                          "Grade",
                          "Kriterium",
                          "MerkmalInfo",
                          "MerkmalType",
                          "Nebenfolge",
                          "Node",
                          "NodeKind",
                          "NormKind",
                          "NormProgram",
                          "Occasion",
                          "Operator",
                          "Outcome",
                          "Rank",
                          "Result",
                          "Rule",
                          "Structure",
                          "Unknown",
                          "UnknownFact",
                          "VersionedNorm",
                          "Vorschrift",
                          "VorschriftInfo",
                          "Wortlaut",
                          "analyse",
                          "can_flip",
]
