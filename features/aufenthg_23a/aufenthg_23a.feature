# language: de
# Abnahmeszenarien zu § 23a Abs. 1 S. 1 AufenthG nach WD 2024, Abschnitt 4 (vollziehbar
# Ausreisepflichtige: auch VwV 25.4a.0.1). Jede Erwartung folgt aus dem Text; der Grundfall
# (beispiele/haertefallersuchen.yaml) ist ein vollziehbar ausreisepflichtiger, integrierter
# Ausländer, für den die Härtefallkommission ersucht und die oberste Landesbehörde die
# Erteilung angeordnet hat (Ergebnis: kann; siehe norms/aufenthg_23a.lexdsl, Auslegung 1).

@norm_23a
Funktionalität: § 23a Abs. 1 S. 1 AufenthG – Aufenthaltsgewährung in Härtefällen

  Grundlage:
    Angenommen der Grundfall "beispiele/haertefallersuchen.yaml"

  # ------------------------------------------------------------ Tatbestand

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – auf Ersuchen der Härtefallkommission und Anordnung der obersten Landesbehörde kann erteilt werden
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 23a Abs. 1 S. 1 AufenthG"
    Und die Begründung nennt "WD 2024, Abschnitt 4"

  @wd_4 @vwv_25_4a_0_1
  Szenario: WD 4, § 23a Abs. 1 – wer nicht vollziehbar ausreisepflichtig ist, erfüllt den Tatbestand nicht
    Angenommen das Merkmal "vollziehbar ausreisepflichtig" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "WD 2024, Abschnitt 4"
    Und die Begründung nennt "VwV 25.4a.0.1"

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – ist die vollziehbare Ausreisepflicht ungeklärt, ist das Ergebnis offen
    Angenommen das Merkmal "vollziehbar ausreisepflichtig" ist unbekannt
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "ermessen, nicht erfüllt"
    Und es fehlen genau die Merkmale:
      | vollziehbar ausreisepflichtig |
    Und die Begründung nennt "WD 2024, Abschnitt 4"

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – ohne Ersuchen der Härtefallkommission ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Ersuchen der Härtefallkommission an die oberste Landesbehörde" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 23a Abs. 1 S. 1 AufenthG"
    Und die Begründung enthält "Härtefallersuchen der Härtefallkommission"

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – ohne dringende humanitäre oder persönliche Gründe gibt es kein Härtefallersuchen (§ 23a Abs. 2 S. 4)
    Angenommen das Merkmal "dringende humanitäre oder persönliche Gründe rechtfertigen die weitere Anwesenheit im Bundesgebiet" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 23a Abs. 2 S. 4 AufenthG"

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – ohne Anordnung der obersten Landesbehörde genügt das Ersuchen allein nicht
    Angenommen das Merkmal "Anordnung der obersten Landesbehörde nach § 23a Abs. 1" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 23a Abs. 1 S. 1 AufenthG"
    Und die Begründung enthält "Anordnung der obersten Landesbehörde nach § 23a Abs. 1"

  # ------------------------------------------------------------ Regelausschluss (§ 23a Abs. 1 S. 3)

  @wd_4
  Szenariogrundriss: WD 4, § 23a Abs. 1 – <merkmal> schließt einen Härtefall in der Regel aus
    Angenommen das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

    Beispiele:
      | merkmal                                       |
      | Straftaten von erheblichem Gewicht begangen   |
      | Rückführungstermin steht bereits konkret fest |

  @wd_4
  Szenariogrundriss: WD 4, § 23a Abs. 1 – trotz <merkmal> kann im atypischen Fall erteilt werden
    Angenommen das Merkmal "<merkmal>" ist "ja"
    Und das Merkmal "atypischer Ausnahmefall nach § 23a Abs. 1 S. 3" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"
    Und die Ermessenskriterien nennen "Schicksal des Betroffenen"

    Beispiele:
      | merkmal                                       |
      | Straftaten von erheblichem Gewicht begangen   |
      | Rückführungstermin steht bereits konkret fest |

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – ohne Straftaten und ohne feststehenden Rückführungstermin kommt es auf einen atypischen Fall nicht an
    Angenommen das Merkmal "atypischer Ausnahmefall nach § 23a Abs. 1 S. 3" ist unbekannt
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und es fehlt kein Merkmal
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – bei Straftaten von erheblichem Gewicht und ungeklärtem atypischem Fall ist das Ergebnis offen
    Angenommen das Merkmal "Straftaten von erheblichem Gewicht begangen" ist "ja"
    Und das Merkmal "atypischer Ausnahmefall nach § 23a Abs. 1 S. 3" ist unbekannt
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "ermessen, versagt"
    Und es fehlen genau die Merkmale:
      | atypischer Ausnahmefall nach § 23a Abs. 1 S. 3 |
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

  # ------------------------------------------------------------ Ermessen und Nebenfolgen

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – Dauer des Aufenthalts, wirtschaftliche und soziale Integration und persönliches Schicksal sind abzuwägen
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Ermessenskriterien nennen "Dauer des bisherigen Aufenthalts"
    Und die Ermessenskriterien nennen "und soziale Integration"
    Und die Ermessenskriterien nennen "Schicksal des Betroffenen"
    Und die Begründung nennt "WD 2024, Abschnitt 4"

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – die zuständige Ausländerbehörde setzt die Entscheidung der obersten Landesbehörde um
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Zuständigkeit" enthält "Ausländerbehörde"
    Und die Nebenfolge "Zuständigkeit" enthält "abschließend um"
    Und die Begründung nennt "§ 23a Abs. 1 S. 1 AufenthG"

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – wird die Aufenthaltserlaubnis in der Regel versagt, gibt es keine Nebenfolgen einer Erteilung
    Angenommen das Merkmal "Rückführungstermin steht bereits konkret fest" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und es gibt keine Nebenfolge "Zuständigkeit"
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

  # ------------------------------------------------------------ Allgemeine Vorschriften

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – fehlen die allgemeinen Erteilungsvoraussetzungen, kann nach Ermessen abgewichen werden (§ 5 Abs. 3 S. 2)
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 5 Abs. 3 S. 2 AufenthG"
    Und die Begründung enthält "nach Ermessen abweichend"

  @wd_4
  Szenario: WD 4, § 23a Abs. 1 – von § 5 Abs. 4 wird nicht abgewichen
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"
