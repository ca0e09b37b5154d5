# language: de
# Abnahmeszenarien zu § 23a Abs. 1 AufenthG (Wortlaut Stand 2012 und Stand 2021) und WD 2024,
# Abschnitt 4 (vollziehbar Ausreisepflichtige: auch VwV 25.4a.0.1). Jede Erwartung folgt
# aus dem Text. Der Grundfall (beispiele/haertefallersuchen.yaml) ist ein vollziehbar
# ausreisepflichtiger, integrierter Ausländer, für den die Härtefallkommission ersucht und
# die oberste Landesbehörde die Erteilung angeordnet hat.
#
# § 23a Abs. 1 beschreibt zwei Entscheidungen (siehe norms/aufenthg_23a.lexdsl):
# - "§ 23a Abs. 1 S. 1 AufenthG": die oberste Landesbehörde „darf anordnen“, wenn die
#   Härtefallkommission ersucht – Ermessen, mit dem Regelausschluss des Satzes 3;
# - "§ 23a Abs. 1 S. 1 AufenthG (Umsetzung der Anordnung)": die Ausländerbehörde setzt eine
#   ergangene Anordnung „abschließend“ um (WD 2024, Abschnitt 4) – gebunden.

@norm_23a
Funktionalität: § 23a Abs. 1 AufenthG – Aufenthaltsgewährung in Härtefällen

  Grundlage:
    Angenommen der Grundfall "beispiele/haertefallersuchen.yaml"

  # ============================================================ Anordnung der obersten Landesbehörde

  @aufenthg_23a_1_s1_2012 @aufenthg_23a_1_s1_2021 @wd_4
  Szenario: § 23a Abs. 1 S. 1 AufenthG Stand 2012 und 2021 (WD 4) – auf Ersuchen der Härtefallkommission darf die oberste Landesbehörde die Erteilung anordnen
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 23a Abs. 1 S. 1 AufenthG"
    Und die Begründung nennt "WD 2024, Abschnitt 4"

  # Korrigiert: Bisher war die Anordnung Tatbestandsmerkmal; ein Ersuchen ohne (schon
  # ergangene) Anordnung ergab „Tatbestand nicht erfüllt“. Nach § 23a Abs. 1 S. 1 („darf
  # anordnen …, wenn eine … Härtefallkommission darum ersucht“) ist die Anordnung erst die
  # Entscheidung der obersten Landesbehörde über das Ersuchen, nicht deren Voraussetzung.
  @aufenthg_23a_1_s1_2012 @aufenthg_23a_1_s1_2021 @wd_4
  Szenario: § 23a Abs. 1 S. 1 AufenthG Stand 2012 und 2021 (WD 4) – liegt das Ersuchen vor und hat die oberste Landesbehörde noch nicht angeordnet, steht die Anordnung in ihrem Ermessen
    Angenommen das Merkmal "Anordnung der obersten Landesbehörde nach § 23a Abs. 1" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Zuständigkeit" enthält "oberste Landesbehörde entscheidet über das Härtefallersuchen nach Ermessen"
    Und die Begründung nennt "§ 23a Abs. 1 S. 1 AufenthG"

  @aufenthg_23a_1_s1_2012 @aufenthg_23a_1_s1_2021 @wd_4
  Szenario: § 23a Abs. 1 S. 1 AufenthG Stand 2012 und 2021 (WD 4) – ist ungeklärt, ob schon angeordnet wurde, bleibt die Entscheidung über das Ersuchen dennoch bestimmt: Ermessen
    Angenommen das Merkmal "Anordnung der obersten Landesbehörde nach § 23a Abs. 1" ist unbekannt
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und es fehlt kein Merkmal

  @aufenthg_23a_1_s1_2021 @wd_4 @vwv_25_4a_0_1
  Szenario: § 23a Abs. 1 S. 1 AufenthG Stand 2021 (WD 4, VwV 25.4a.0.1) – wer nicht vollziehbar ausreisepflichtig ist, erfüllt den Tatbestand nicht
    Angenommen das Merkmal "vollziehbar ausreisepflichtig" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "WD 2024, Abschnitt 4"
    Und die Begründung nennt "VwV 25.4a.0.1"

  @aufenthg_23a_1_s1_2021 @wd_4
  Szenario: § 23a Abs. 1 S. 1 AufenthG Stand 2021 (WD 4) – ist die vollziehbare Ausreisepflicht ungeklärt, ist das Ergebnis offen
    Angenommen das Merkmal "vollziehbar ausreisepflichtig" ist unbekannt
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "ermessen, nicht erfüllt"
    Und es fehlen genau die Merkmale:
      | vollziehbar ausreisepflichtig |
    Und die Begründung nennt "WD 2024, Abschnitt 4"

  @aufenthg_23a_1_s1_2021 @wd_4
  Szenario: § 23a Abs. 1 S. 1 AufenthG Stand 2021 (WD 4) – ohne Ersuchen der Härtefallkommission darf nicht angeordnet werden
    Angenommen das Merkmal "Ersuchen der Härtefallkommission an die oberste Landesbehörde" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 23a Abs. 1 S. 1 AufenthG"
    Und die Begründung enthält "Härtefallersuchen der Härtefallkommission"

  @aufenthg_23a_2_s4_2021 @wd_4
  Szenario: § 23a Abs. 2 S. 4 AufenthG Stand 2021 (WD 4) – ohne dringende humanitäre oder persönliche Gründe gibt es kein Härtefallersuchen
    Angenommen das Merkmal "dringende humanitäre oder persönliche Gründe rechtfertigen die weitere Anwesenheit im Bundesgebiet" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 23a Abs. 2 S. 4 AufenthG"

  # ------------------------------------------------------------ Regelausschluss (§ 23a Abs. 1 S. 3)

  @aufenthg_23a_1_s3_2021 @wd_4
  Szenariogrundriss: § 23a Abs. 1 S. 3 AufenthG Stand 2021 (WD 4) – <merkmal> schließt einen Härtefall in der Regel aus
    Angenommen das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

    Beispiele:
      | merkmal                                       |
      | Straftaten von erheblichem Gewicht begangen   |
      | Rückführungstermin steht bereits konkret fest |

  @aufenthg_23a_1_s3_2021 @wd_4
  Szenariogrundriss: § 23a Abs. 1 S. 3 AufenthG Stand 2021 (WD 4) – trotz <merkmal> darf im atypischen Fall angeordnet werden
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

  @aufenthg_23a_1_s3_2021 @wd_4
  Szenario: § 23a Abs. 1 S. 3 AufenthG Stand 2021 (WD 4) – ohne Straftaten und ohne feststehenden Rückführungstermin kommt es auf einen atypischen Fall nicht an
    Angenommen das Merkmal "atypischer Ausnahmefall nach § 23a Abs. 1 S. 3" ist unbekannt
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und es fehlt kein Merkmal
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

  @aufenthg_23a_1_s3_2021 @wd_4
  Szenario: § 23a Abs. 1 S. 3 AufenthG Stand 2021 (WD 4) – bei Straftaten von erheblichem Gewicht und ungeklärtem atypischem Fall ist das Ergebnis offen
    Angenommen das Merkmal "Straftaten von erheblichem Gewicht begangen" ist "ja"
    Und das Merkmal "atypischer Ausnahmefall nach § 23a Abs. 1 S. 3" ist unbekannt
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "ermessen, versagt"
    Und es fehlen genau die Merkmale:
      | atypischer Ausnahmefall nach § 23a Abs. 1 S. 3 |
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

  # ------------------------------------------------------------ Fassungen: Rückführungstermin (§ 23a Abs. 1 S. 3)

  # Stand 2012: „Die Annahme eines Härtefalls ist in der Regel ausgeschlossen, wenn der
  # Ausländer Straftaten von erheblichem Gewicht begangen hat.“ Stand 2021 fügt an: „oder wenn
  # ein Rückführungstermin bereits konkret feststeht“. Das Datum dieser Änderung nennen die
  # Quellen nicht (unbelegt zwischen 31.07.2012 und 01.01.2022).
  @aufenthg_23a_1_s3_2012
  Szenariogrundriss: § 23a Abs. 1 S. 3 AufenthG Stand 2012 – am <stichtag> schließt ein feststehender Rückführungstermin den Härtefall nicht aus
    Angenommen das Merkmal "Rückführungstermin steht bereits konkret fest" ist "ja"
    Und der Stichtag "<stichtag>"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2012"
    Und die Begründung nennt "§ 23a Abs. 1 AufenthG, Stand 2012"

    Beispiele:
      | stichtag   |
      | 01.05.2012 |
      | 31.07.2012 |

  @aufenthg_23a_1_s3_2012
  Szenario: § 23a Abs. 1 S. 3 AufenthG Stand 2012 – am 01.05.2012 schließen Straftaten von erheblichem Gewicht den Härtefall in der Regel aus
    Angenommen die Merkmale:
      | Merkmal                                        | Wert |
      | Straftaten von erheblichem Gewicht begangen    | ja   |
      | atypischer Ausnahmefall nach § 23a Abs. 1 S. 3 | nein |
    Und der Stichtag "01.05.2012"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und gilt die Fassung "Stand 2012"
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

  @aufenthg_23a_1_s3_2012
  Szenario: § 23a Abs. 1 S. 3 AufenthG Stand 2012 – „in der Regel“: im atypischen Fall bleibt trotz Straftaten von erheblichem Gewicht das Ermessen
    Angenommen die Merkmale:
      | Merkmal                                        | Wert |
      | Straftaten von erheblichem Gewicht begangen    | ja   |
      | atypischer Ausnahmefall nach § 23a Abs. 1 S. 3 | ja   |
    Und der Stichtag "01.05.2012"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2012"
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

  @aufenthg_23a_1_s3_2012 @aufenthg_23a_1_s3_2021
  Szenario: § 23a Abs. 1 S. 3 AufenthG Stand 2012 und 2021 – am 01.01.2016 ist bei feststehendem Rückführungstermin offen, welche Fassung galt
    Angenommen das Merkmal "Rückführungstermin steht bereits konkret fest" ist "ja"
    Und der Stichtag "01.01.2016"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die Begründung enthält "folgt aus den Quellen nicht"

  @aufenthg_23a_1_s3_2012 @aufenthg_23a_1_s3_2021
  Szenario: § 23a Abs. 1 S. 3 AufenthG Stand 2012 und 2021 – am 01.01.2016 schließen Straftaten von erheblichem Gewicht nach beiden Fassungen in der Regel aus
    Angenommen das Merkmal "Straftaten von erheblichem Gewicht begangen" ist "ja"
    Und der Stichtag "01.01.2016"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung enthält "folgt aus den Quellen nicht"

  @aufenthg_23a_1_s3_2021
  Szenario: § 23a Abs. 1 S. 3 AufenthG Stand 2021 – am 01.01.2022 schließt ein feststehender Rückführungstermin den Härtefall in der Regel aus
    Angenommen das Merkmal "Rückführungstermin steht bereits konkret fest" ist "ja"
    Und der Stichtag "01.01.2022"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und gilt die Fassung "Stand 2021"
    Und die Begründung nennt "§ 23a Abs. 1 AufenthG, Stand 2021"

  # ------------------------------------------------------------ Abweichungen (§ 23a Abs. 1 S. 1)

  # Korrigiert: § 23a Abs. 1 S. 1 erlaubt die Anordnung „abweichend von den in diesem Gesetz
  # festgelegten Erteilungs- und Verlängerungsvoraussetzungen für einen Aufenthaltstitel sowie
  # von den §§ 10 und 11“. Bisher galten § 10 Abs. 3 und § 11 Abs. 1 als Sperre.
  @aufenthg_23a_1_s1_2012 @aufenthg_23a_1_s1_2021
  Szenario: § 23a Abs. 1 S. 1 AufenthG Stand 2012 und 2021 – ein Einreise- und Aufenthaltsverbot (§ 11) steht der Anordnung nicht entgegen
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "abweichend von § 11 Abs. 1 AufenthG"

  @aufenthg_23a_1_s1_2012 @aufenthg_23a_1_s1_2021
  Szenario: § 23a Abs. 1 S. 1 AufenthG Stand 2012 und 2021 – die Ablehnung des Asylantrags als offensichtlich unbegründet (§ 10 Abs. 3) steht der Anordnung nicht entgegen
    Angenommen die Merkmale:
      | Merkmal                                             | Wert |
      | im Bundesgebiet                                     | ja   |
      | Asylantrag als offensichtlich unbegründet abgelehnt | ja   |
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "abweichend von § 10 Abs. 3 AufenthG"

  # Korrigiert: Von § 5 Abs. 1 und 2 (Erteilungsvoraussetzungen) weicht § 23a Abs. 1 S. 1 selbst
  # ab; es bedarf nicht des Ermessens nach § 5 Abs. 3 S. 2.
  @aufenthg_23a_1_s1_2012 @aufenthg_23a_1_s1_2021
  Szenario: § 23a Abs. 1 S. 1 AufenthG Stand 2012 und 2021 – fehlen die allgemeinen Erteilungsvoraussetzungen des § 5 Abs. 1 und 2, wird davon nach § 23a selbst abgewichen
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "abweichend von § 5 Abs. 1 und 2 AufenthG"
    Und die Begründung nennt nicht "§ 5 Abs. 3 S. 2 AufenthG"

  @aufenthg_23a_1_s1_2021 @aufenthg_5_4_2021
  Szenario: § 23a Abs. 1 S. 1 und § 5 Abs. 4 AufenthG Stand 2021 – der zwingende Versagungsgrund des § 5 Abs. 4 ist keine Erteilungsvoraussetzung und bleibt anwendbar
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  # ------------------------------------------------------------ Ermessen und Nebenfolgen der Anordnung

  @aufenthg_23a_1_s2_2021 @wd_4
  Szenario: WD 4, § 23a Abs. 1 S. 2 AufenthG Stand 2021 – Dauer des Aufenthalts, Integration, persönliches Schicksal und Lebensunterhalt sind abzuwägen
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Ermessenskriterien nennen "Dauer des bisherigen Aufenthalts"
    Und die Ermessenskriterien nennen "und soziale Integration"
    Und die Ermessenskriterien nennen "Schicksal des Betroffenen"
    Und die Ermessenskriterien nennen "Lebensunterhalt"
    Und die Ermessenskriterien nennen "Verpflichtungserklärung nach § 68"
    Und die Begründung nennt "WD 2024, Abschnitt 4"

  @aufenthg_23a_1_s4_2021 @wd_4
  Szenario: § 23a Abs. 1 S. 4 AufenthG Stand 2021 (WD 4) – die oberste Landesbehörde entscheidet nach Ermessen; die Befugnis begründet keine eigenen Rechte des Ausländers
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Zuständigkeit" enthält "Ausländerbehörde"
    Und die Nebenfolge "Zuständigkeit" enthält "abschließend um"
    Und die Nebenfolge "Zuständigkeit" enthält "keine eigenen Rechte des Ausländers"

  @aufenthg_23a_1_s3_2021 @wd_4
  Szenario: § 23a Abs. 1 S. 3 AufenthG Stand 2021 (WD 4) – ist die Anordnung in der Regel ausgeschlossen, gibt es keine Nebenfolgen einer Erteilung
    Angenommen das Merkmal "Rückführungstermin steht bereits konkret fest" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und es gibt keine Nebenfolge "Zuständigkeit"
    Und die Begründung nennt "§ 23a Abs. 1 S. 3 AufenthG"

  # ============================================================ Umsetzung der Anordnung durch die Ausländerbehörde

  @aufenthg_23a_1_s1_2021 @wd_4
  Szenario: WD 4, § 23a Abs. 1 S. 1 AufenthG Stand 2021 – hat die oberste Landesbehörde angeordnet, setzt die Ausländerbehörde die Anordnung abschließend um
    Wenn "§ 23a Abs. 1 S. 1 AufenthG (Umsetzung der Anordnung)" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Zuständigkeit" enthält "abschließend um"
    Und die Nebenfolge "Rechtsstellung" enthält "keine eigenen Rechte des Ausländers"
    Und die Begründung nennt "WD 2024, Abschnitt 4"
    Und die Begründung nennt "§ 23a Abs. 1 S. 1 AufenthG"

  # Korrigiert: Bisher wurde der Regelausschluss des Satzes 3 nach der Anordnung noch einmal
  # angewandt. Ob ein Härtefall trotz Straftaten oder Rückführungstermin anzunehmen ist,
  # entscheidet die oberste Landesbehörde; ihre Entscheidung „wird abschließend von der
  # zuständigen Ausländerbehörde umgesetzt“ (WD 2024, Abschnitt 4).
  @aufenthg_23a_1_s3_2021 @wd_4
  Szenariogrundriss: WD 4, § 23a Abs. 1 S. 3 AufenthG Stand 2021 – trotz <merkmal> setzt die Ausländerbehörde eine ergangene Anordnung um
    Angenommen das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG (Umsetzung der Anordnung)" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und es fehlt kein Merkmal

    Beispiele:
      | merkmal                                       |
      | Straftaten von erheblichem Gewicht begangen   |
      | Rückführungstermin steht bereits konkret fest |

  @aufenthg_23a_1_s1_2021 @wd_4
  Szenario: WD 4, § 23a Abs. 1 S. 1 AufenthG Stand 2021 – ohne Anordnung hat die Ausländerbehörde nichts umzusetzen
    Angenommen das Merkmal "Anordnung der obersten Landesbehörde nach § 23a Abs. 1" ist "nein"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG (Umsetzung der Anordnung)" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung enthält "Anordnung der obersten Landesbehörde nach § 23a Abs. 1"

  @aufenthg_23a_1_s1_2021 @wd_4
  Szenario: WD 4, § 23a Abs. 1 S. 1 AufenthG Stand 2021 – ist über das Ersuchen noch nicht entschieden, ist die Umsetzung offen
    Angenommen das Merkmal "Anordnung der obersten Landesbehörde nach § 23a Abs. 1" ist unbekannt
    Wenn "§ 23a Abs. 1 S. 1 AufenthG (Umsetzung der Anordnung)" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "anspruch, nicht erfüllt"
    Und es fehlen genau die Merkmale:
      | Anordnung der obersten Landesbehörde nach § 23a Abs. 1 |

  @aufenthg_23a_1_s1_2012 @aufenthg_23a_1_s1_2021
  Szenariogrundriss: § 23a Abs. 1 S. 1 AufenthG Stand 2012 und 2021 – bei der Umsetzung steht <merkmal> = <wert> nicht entgegen
    Angenommen die Merkmale:
      | Merkmal         | Wert |
      | im Bundesgebiet | ja   |
    Und das Merkmal "<merkmal>" ist "<wert>"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG (Umsetzung der Anordnung)" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von <vorschrift>"

    Beispiele:
      | merkmal                                                            | wert | vorschrift                |
      | Einreise- und Aufenthaltsverbot                                    | ja   | § 11 Abs. 1 AufenthG      |
      | Asylantrag als offensichtlich unbegründet abgelehnt                | ja   | § 10 Abs. 3 AufenthG      |
      | allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt | nein | § 5 Abs. 1 und 2 AufenthG |

  @aufenthg_23a_1_s1_2021 @aufenthg_5_4_2021
  Szenario: § 23a Abs. 1 S. 1 und § 5 Abs. 4 AufenthG Stand 2021 – auch bei der Umsetzung bleibt § 5 Abs. 4 anwendbar
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG (Umsetzung der Anordnung)" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  @aufenthg_23a_1_s1_2012 @aufenthg_23a_1_s1_2021
  Szenariogrundriss: § 23a Abs. 1 S. 1 AufenthG Stand 2012 und 2021 – der gleichlautende Satz 1 bindet die Ausländerbehörde am <stichtag> ebenso
    Angenommen der Stichtag "<stichtag>"
    Wenn "§ 23a Abs. 1 S. 1 AufenthG (Umsetzung der Anordnung)" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "Stand 2012 und 2021"

    Beispiele:
      | stichtag   |
      | 01.05.2012 |
      | 01.01.2016 |
      | 31.01.2022 |
