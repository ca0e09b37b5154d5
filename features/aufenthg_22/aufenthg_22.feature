# language: de
# Abnahmeszenarien zu § 22 S. 1 AufenthG nach WD 2024, Abschnitt 2 (Abgrenzung zu
# § 23 Abs. 1 S. 1: Abschnitt 3). Jede Erwartung folgt aus dem WD-Text; der Grundfall
# (beispiele/aufnahme_aus_dem_ausland.yaml) ist eine Ausländerin im Ausland mit
# dringenden humanitären Gründen, ohne völkerrechtliche Gründe (Ergebnis: kann).
# Zuordnung (siehe norms/aufenthg_22.lexdsl): Sondersituation, Angewiesensein oder
# besondere Beziehung und baldige Aufnahme bestimmen nur die humanitäre Alternative.

@norm_22
Funktionalität: § 22 S. 1 AufenthG – Aufnahme aus dem Ausland aus völkerrechtlichen oder dringenden humanitären Gründen

  Grundlage:
    Angenommen der Grundfall "beispiele/aufnahme_aus_dem_ausland.yaml"

  # ------------------------------------------------------------ Aufenthalt im Ausland

  @wd_2
  Szenario: WD 2, § 22 S. 1 – wer sich im Ausland aufhält und dringende humanitäre Gründe hat, kann aufgenommen werden
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 22 S. 1 AufenthG"
    Und die Begründung nennt "WD 2024, Abschnitt 2"
    Und die Begründung enthält "dringende humanitäre Gründe für die Aufnahme aus dem Ausland"

  @wd_2
  Szenario: WD 2, § 22 S. 1 – wer sich bereits im Bundesgebiet aufhält, wird nicht aus dem Ausland aufgenommen
    Angenommen das Merkmal "im Bundesgebiet" ist "ja"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "WD 2024, Abschnitt 2"
    Und die Begründung enthält "im Bundesgebiet: ja (verlangt: nein)"

  @wd_2
  Szenario: WD 2, § 22 S. 1 – auch völkerrechtliche Gründe helfen im Inland nicht
    Angenommen die Merkmale:
      | Merkmal                                  | Wert |
      | im Bundesgebiet                          | ja   |
      | völkerrechtliche Gründe für die Aufnahme | ja   |
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "WD 2024, Abschnitt 2"

  @wd_2
  Szenario: WD 2, § 22 S. 1 – ist ungeklärt, wo sich der Ausländer aufhält, ist das Ergebnis offen
    Angenommen das Merkmal "im Bundesgebiet" ist unbekannt
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "ermessen, nicht erfüllt"
    Und es fehlen genau die Merkmale:
      | im Bundesgebiet |
    Und die Begründung nennt "WD 2024, Abschnitt 2"

  # ------------------------------------------------------------ Völkerrechtliche Gründe

  @wd_2
  Szenario: WD 2, § 22 S. 1 – völkerrechtliche Gründe genügen ohne die Voraussetzungen der humanitären Alternative
    Angenommen die Merkmale:
      | Merkmal                                                 | Wert |
      | völkerrechtliche Gründe für die Aufnahme                | ja   |
      | Sondersituation, die ein Eingreifen zwingend erfordert  | nein |
      | auf die Hilfe der Bundesrepublik Deutschland angewiesen | nein |
      | baldige Aufnahme in Deutschland unerlässlich            | nein |
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "völkerrechtliche Gründe für die Aufnahme"
    Und die Begründung nennt "§ 22 S. 1 AufenthG"

  @wd_2
  Szenario: WD 2, § 22 S. 1 – ohne völkerrechtliche und ohne dringende humanitäre Gründe ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Sondersituation, die ein Eingreifen zwingend erfordert" ist "nein"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 22 S. 1 AufenthG"

  # ------------------------------------------------------------ Dringende humanitäre Gründe

  @wd_2
  Szenario: WD 2, § 22 S. 1 – ohne Sondersituation, die ein Eingreifen zwingend erfordert, gebietet die Menschlichkeit die Aufnahme nicht
    Angenommen das Merkmal "Sondersituation, die ein Eingreifen zwingend erfordert" ist "nein"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung enthält "unabweisbares Gebot der Menschlichkeit"
    Und die Begründung nennt "WD 2024, Abschnitt 2"

  @wd_2 @wd_3
  Szenario: WD 2, § 22 S. 1 – wer nur das Schicksal anderer in vergleichbarer Lage teilt, wird nicht als Einzelperson aufgenommen (WD 3)
    # WD 3: § 22 S. 1 umfasst nur Einzelpersonen, § 23 Abs. 1 S. 1 nur Personengruppen.
    Angenommen das Merkmal "Aufnahme im Gegensatz zu anderen Ausländern in vergleichbarer Lage gerechtfertigt" ist "nein"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "WD 2024, Abschnitt 3"
    Und die Begründung enthält "unabweisbares Gebot der Menschlichkeit"

  @wd_2
  Szenariogrundriss: WD 2, § 22 S. 1 – <merkmal> genügt neben Sondersituation und baldiger Aufnahme
    Angenommen die Merkmale:
      | Merkmal                                                 | Wert |
      | auf die Hilfe der Bundesrepublik Deutschland angewiesen | nein |
      | besondere Beziehung zu Deutschland                      | nein |
    Und das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "WD 2024, Abschnitt 2"

    Beispiele:
      | merkmal                                                 |
      | auf die Hilfe der Bundesrepublik Deutschland angewiesen |
      | besondere Beziehung zu Deutschland                      |

  @wd_2
  Szenario: WD 2, § 22 S. 1 – wer weder auf die Hilfe Deutschlands angewiesen ist noch eine besondere Beziehung zu Deutschland hat, wird nicht aufgenommen
    Angenommen die Merkmale:
      | Merkmal                                                 | Wert |
      | auf die Hilfe der Bundesrepublik Deutschland angewiesen | nein |
      | besondere Beziehung zu Deutschland                      | nein |
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "WD 2024, Abschnitt 2"

  @wd_2
  Szenario: WD 2, § 22 S. 1 – ist eine baldige Aufnahme nicht unerlässlich, fehlen dringende humanitäre Gründe
    Angenommen das Merkmal "baldige Aufnahme in Deutschland unerlässlich" ist "nein"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung enthält "baldige Aufnahme in Deutschland unerlässlich"
    Und die Begründung nennt "WD 2024, Abschnitt 2"

  @wd_2
  Szenario: WD 2, § 22 S. 1 – ist die besondere Beziehung ungeklärt und fehlt das Angewiesensein, ist das Ergebnis offen
    Angenommen das Merkmal "auf die Hilfe der Bundesrepublik Deutschland angewiesen" ist "nein"
    Und das Merkmal "besondere Beziehung zu Deutschland" ist unbekannt
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "ermessen, nicht erfüllt"
    Und es fehlen genau die Merkmale:
      | besondere Beziehung zu Deutschland |
    Und die Begründung nennt "WD 2024, Abschnitt 2"

  # ------------------------------------------------------------ Nebenfolgen

  @wd_2
  Szenario: WD 2, § 22 S. 1 – die Auslandsvertretung entscheidet auf förmlichen Visumantrag, mit Zustimmung der Ausländerbehörde
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Zuständigkeit" enthält "Auslandsvertretung"
    Und die Nebenfolge "Visum" enthält "§ 81 Abs. 1 AufenthG"
    Und die Nebenfolge "Visum" enthält "aus humanitären Gründen"
    Und die Nebenfolge "Zustimmung" enthält "§ 31 Abs. 1 AufenthV"
    Und die Nebenfolge "Zustimmung" enthält "für den vorgesehenen Aufenthaltsort zuständigen Ausländerbehörde"
    Und die Begründung nennt "§ 22 S. 1 AufenthG"

  @wd_2
  Szenario: WD 2, § 22 S. 1 – der Aufenthalt ist nur gestattet, bis die Gründe für die Aufnahme entfallen
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Geltungsdauer" enthält "bis die Gründe für die Aufnahme entfallen sind"
    Und die Begründung nennt "WD 2024, Abschnitt 2"

  @wd_2
  Szenario: WD 2, § 22 S. 1 – ist die Norm im Inland nicht anwendbar, gibt es kein Visumverfahren
    Angenommen das Merkmal "im Bundesgebiet" ist "ja"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und es gibt keine Nebenfolge "Visum"
    Und es gibt keine Nebenfolge "Zuständigkeit"
    Und die Begründung nennt "WD 2024, Abschnitt 2"

  # ------------------------------------------------------------ Allgemeine Vorschriften

  @aufenthg_5_3_s2_2012 @aufenthg_5_3_s2_2021
  Szenario: § 5 Abs. 3 S. 2 AufenthG Stand 2012 und 2021 – fehlen die allgemeinen Erteilungsvoraussetzungen, kann bei § 22 S. 1 nach Ermessen abgewichen werden
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 5 Abs. 3 S. 2 AufenthG"
    Und die Begründung enthält "nach Ermessen abweichend"

  # Korrigiert: WD 2 sagt zu § 5 Abs. 4 nichts. Die Erwartung folgt aus § 5 Abs. 4 („ist zu
  # versagen“) und § 5 Abs. 3 S. 2, der nur das Absehen von den Absätzen 1 und 2 erlaubt.
  @aufenthg_5_4_2012 @aufenthg_5_4_2021 @aufenthg_5_3_s2_2021
  Szenario: § 5 Abs. 4 und Abs. 3 S. 2 AufenthG Stand 2012 und 2021 – von § 5 Abs. 4 wird bei § 22 S. 1 nicht abgewichen
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  @wd_2 @vwv_25_5_0
  Szenario: WD 2, § 22 S. 1 – § 10 Abs. 3 sperrt nur vor der Ausreise (VwV 25.5.0), nicht die Aufnahme aus dem Ausland
    Angenommen das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.0"
    Und die Begründung enthält "§ 10 Abs. 3 AufenthG (Offensichtlich unbegründeter Asylantrag): steht nicht entgegen"

  # ------------------------------------------------------------ Allgemeine Vorschriften (Bedingungsabdeckung)

  @aufenthg_10_3_2012 @aufenthg_10_3_2021
  Szenario: § 10 Abs. 3 S. 2 AufenthG Stand 2012 und 2021 – wer im Bundesgebiet ist und dessen Asylantrag als offensichtlich unbegründet abgelehnt wurde, dem darf vor der Ausreise kein Aufenthaltstitel erteilt werden
    Angenommen die Merkmale:
      | Merkmal                                             | Wert |
      | im Bundesgebiet                                     | ja   |
      | Asylantrag als offensichtlich unbegründet abgelehnt | ja   |
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 10 Abs. 3 AufenthG"


  @aufenthg_11_1_2012 @aufenthg_11_1_2021
  Szenario: § 11 Abs. 1 AufenthG Stand 2012 und 2021 – ein Einreise- und Aufenthaltsverbot steht der Aufnahme aus dem Ausland entgegen
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"

  # ------------------------------------------------------------ Fassung (Stand 2012 und 2021)

  @aufenthg_22_2012 @aufenthg_22_2021
  Szenariogrundriss: § 22 S. 1 AufenthG Stand 2012 und 2021 – der gleichlautende Satz 1 ergibt am <stichtag> dasselbe Ermessen
    # Stand 2012 und 2021: „Einem Ausländer kann für die Aufnahme aus dem Ausland aus
    # völkerrechtlichen oder dringenden humanitären Gründen eine Aufenthaltserlaubnis erteilt werden.“
    Angenommen der Stichtag "<stichtag>"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2012 und 2021"
    Und die Begründung nennt "§ 22 S. 1 AufenthG, Stand 2012 und 2021"

    Beispiele:
      | stichtag   |
      | 01.05.2012 |
      | 01.01.2016 |
      | 31.01.2022 |

  @aufenthg_22_2012
  Szenario: § 22 S. 1 AufenthG Stand 2012 – vor dem 26.10.2009 belegen die Quellen die Norm nicht; die früheste Fassung gilt mit Warnung
    Angenommen der Stichtag "01.01.2009"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "erst ab dem 26.10.2009"
