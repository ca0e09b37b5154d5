# SYNTAX TEST "text.gherkin.de" "Deutsche Szenarien wie in features/"
# language: de
# ^^^^^^^^ keyword.other.directive.language.gherkin.de
#           ^^ constant.language.language-code.gherkin.de

@norm_25_5 @vwv_25_5_0
# <---------- entity.name.tag.gherkin.de
# <- punctuation.definition.tag.gherkin.de
#          ^^^^^^^^^^^ entity.name.tag.gherkin.de
Funktionalität: § 25 Abs. 5 AufenthG – Aufenthaltserlaubnis, wenn die Ausreise unmöglich ist
# <-------------- keyword.other.feature.gherkin.de
#               ^^^^^^^^^^^^^^^^^^^^ entity.name.section.feature.gherkin.de

  Grundlage:
# ^^^^^^^^^ keyword.other.background.gherkin.de
    Angenommen der Grundfall "beispiele/reiseunfaehigkeit.yaml"
#   ^^^^^^^^^^ keyword.control.step.gherkin.de
#              ^^^^^^^^^^^^^ - keyword
#                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.gherkin.de

  # ------------------------------------------------------------ Satz 1 / VwV 25.5.0
# ^ comment.line.number-sign.gherkin.de punctuation.definition.comment.gherkin.de

  Szenario: VwV 25.5.0 – ohne vollziehbare Ausreisepflicht ist der Tatbestand nicht erfüllt
# ^^^^^^^^ keyword.other.scenario.gherkin.de
#           ^^^^^^^^^^ entity.name.function.scenario.gherkin.de
    Gegeben sei das Merkmal "vollziehbar ausreisepflichtig" ist "nein"
#   ^^^^^^^^^^^ keyword.control.step.gherkin.de
#                                                               ^^^^^^ string.quoted.double.gherkin.de
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
#   ^^^^ keyword.control.step.gherkin.de
#                               ^^^^^^^^^^^^ - string
    Dann ist der Tatbestand nicht erfüllt
#   ^^^^ keyword.control.step.gherkin.de
    Und die Begründung nennt "VwV 25.5.0"
#   ^^^ keyword.control.step.gherkin.de
    Aber die Begründung nennt nicht "VwV 25.5.2"
#   ^^^^ keyword.control.step.gherkin.de
#                             ^^^^^ - keyword

  Szenariogrundriss: VwV 25.5.1.2 – <merkmal> allein macht die Ausreise tatsächlich unmöglich
# ^^^^^^^^^^^^^^^^^ keyword.other.scenario-outline.gherkin.de
#                                   ^^^^^^^^^ variable.parameter.placeholder.gherkin.de
    Und das Merkmal "<merkmal>" ist "ja"
#                    ^^^^^^^^^ string.quoted.double.gherkin.de variable.parameter.placeholder.gherkin.de
    Angenommen die Merkmale:
      | Merkmal                  | Wert |
#     ^ meta.table.gherkin.de punctuation.separator.table-cell.gherkin.de
#       ^^^^^^^ meta.table.gherkin.de string.unquoted.table-cell.gherkin.de
      | Reiseunfähigkeit         | nein |
#       ^^^^^^^^^^^^^^^^ string.unquoted.table-cell.gherkin.de
#                                  ^^^^ string.unquoted.table-cell.gherkin.de

    Beispiele:
#   ^^^^^^^^^ keyword.other.examples.gherkin.de
      | merkmal                  |
      | Reiseunfähigkeit         |

  Hintergrund:
# ^^^^^^^^^^^ keyword.other.background.gherkin.de
  Szenarien: Kurzform
# ^^^^^^^^^ keyword.other.scenario-outline.gherkin.de
  Beispiel: Kurzform
# ^^^^^^^^ keyword.other.scenario.gherkin.de
Funktion: Kurzform
# <-------- keyword.other.feature.gherkin.de
