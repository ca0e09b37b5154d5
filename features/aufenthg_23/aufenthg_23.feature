# language: de
# Abnahmeszenarien zu § 23 Abs. 1 S. 1 AufenthG nach WD 2024, Abschnitt 3 (Erwerbstätigkeit:
# Abschnitt 7; vollziehbar Ausreisepflichtige: VwV 25.4.1.1). Jede Erwartung folgt aus dem
# Text; der Grundfall (beispiele/landesaufnahmeprogramm.yaml) ist ein Geflüchteter, den ein
# Landesaufnahmeprogramm erfasst; die Anordnung bestimmt, dass die Aufenthaltserlaubnis
# erteilt wird (Ergebnis: ist zu erteilen).
# Der Inhalt der Anordnung ist eine Auswahl („erteilen“ oder „nach Ermessen“); siehe
# norms/aufenthg_23.lexdsl, Auslegung 2.

@norm_23
Funktionalität: § 23 Abs. 1 S. 1 AufenthG – Aufenthaltsgewährung durch die obersten Landesbehörden

  Grundlage:
    Angenommen der Grundfall "beispiele/landesaufnahmeprogramm.yaml"

  # ------------------------------------------------------------ Inhalt der Anordnung

  @wd_3
  Szenario: WD 3, § 23 Abs. 1 – ordnet die oberste Landesbehörde die Erteilung an, ist die Aufenthaltserlaubnis zu erteilen
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "§ 23 Abs. 1 S. 1 AufenthG"
    Und die Begründung nennt "WD 2024, Abschnitt 3"

  @wd_3
  Szenario: WD 3, § 23 Abs. 1 – lässt die Anordnung der Ausländerbehörde Ermessen, kann die Aufenthaltserlaubnis erteilt werden
    Angenommen das Merkmal "Inhalt der Anordnung nach § 23 Abs. 1" ist "nach Ermessen"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "WD 2024, Abschnitt 3"
    Und die Begründung enthält "Inhalt der Anordnung nach § 23 Abs. 1"

  @wd_3
  Szenario: WD 3, § 23 Abs. 1 – ist der Inhalt der Anordnung ungeklärt, ist das Ergebnis offen
    Angenommen das Merkmal "Inhalt der Anordnung nach § 23 Abs. 1" ist unbekannt
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "anspruch, ermessen"
    Und es fehlen genau die Merkmale:
      | Inhalt der Anordnung nach § 23 Abs. 1 |
    Und die Begründung nennt "§ 23 Abs. 1 S. 1 AufenthG"

  # ------------------------------------------------------------ Anordnung als Voraussetzung

  @wd_3
  Szenario: WD 3, § 23 Abs. 1 – ohne Anordnung der obersten Landesbehörde ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Anordnung der obersten Landesbehörde nach § 23 Abs. 1" ist "nein"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 23 Abs. 1 S. 1 AufenthG"
    Und die Begründung nennt "WD 2024, Abschnitt 3"

  @wd_3
  Szenario: WD 3, § 23 Abs. 1 – ohne Einvernehmen mit dem Bundesministerium des Innern ergeht keine wirksame Anordnung
    Angenommen das Merkmal "Einvernehmen des Bundesministeriums des Innern zur Anordnung nach § 23 Abs. 1" ist "nein"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 23 Abs. 1 S. 3 AufenthG"

  @wd_3
  Szenario: WD 3, § 23 Abs. 1 – wer nicht zu dem Staat oder der Ausländergruppe der Anordnung gehört, erhält keine Aufenthaltserlaubnis nach § 23 Abs. 1
    Angenommen das Merkmal "von der Anordnung nach § 23 Abs. 1 erfasst" ist "nein"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "WD 2024, Abschnitt 3"

  # ------------------------------------------------------------ Gruppe oder Einzelperson (§ 22 S. 1)

  @wd_3 @wd_2
  Szenario: WD 3, § 23 Abs. 1 – wer als Mitglied der Gruppe nur deren Schicksal teilt, wird nach § 23 Abs. 1 aufgenommen, nicht nach § 22 S. 1
    Angenommen die Merkmale:
      | Merkmal                                                                            | Wert |
      | völkerrechtliche Gründe für die Aufnahme                                           | nein |
      | Sondersituation, die ein Eingreifen zwingend erfordert                             | ja   |
      | Aufnahme im Gegensatz zu anderen Ausländern in vergleichbarer Lage gerechtfertigt  | nein |
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "WD 2024, Abschnitt 3"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "WD 2024, Abschnitt 3"

  @wd_3 @wd_2
  Szenario: WD 3, § 23 Abs. 1 – eine Einzelperson in einer Sondersituation ohne Gruppenanordnung kommt nur nach § 22 S. 1 in Betracht
    Angenommen die Merkmale:
      | Merkmal                                                                            | Wert |
      | Anordnung der obersten Landesbehörde nach § 23 Abs. 1                              | nein |
      | völkerrechtliche Gründe für die Aufnahme                                           | nein |
      | Sondersituation, die ein Eingreifen zwingend erfordert                             | ja   |
      | Aufnahme im Gegensatz zu anderen Ausländern in vergleichbarer Lage gerechtfertigt  | ja   |
      | auf die Hilfe der Bundesrepublik Deutschland angewiesen                            | ja   |
      | baldige Aufnahme in Deutschland unerlässlich                                       | ja   |
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 23 Abs. 1 S. 1 AufenthG"
    Wenn "§ 22 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "WD 2024, Abschnitt 2"

  # ------------------------------------------------------------ Aufenthaltsort unerheblich

  @wd_3
  Szenariogrundriss: WD 3, § 23 Abs. 1 – ob sich der Ausländer im Bundesgebiet aufhält („<im_bundesgebiet>“), ist unerheblich
    Angenommen das Merkmal "im Bundesgebiet" ist "<im_bundesgebiet>"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und es fehlt kein Merkmal
    Und die Begründung nennt "WD 2024, Abschnitt 3"

    Beispiele:
      | im_bundesgebiet |
      | ja              |
      | nein            |

  @wd_3
  Szenario: WD 3, § 23 Abs. 1 – ist der Aufenthaltsort ungeklärt, bleibt das Ergebnis dennoch bestimmt
    Angenommen das Merkmal "im Bundesgebiet" ist unbekannt
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und es fehlt kein Merkmal
    Und die Begründung nennt "WD 2024, Abschnitt 3"

  @wd_3 @vwv_25_4_1_1
  Szenario: WD 3, § 23 Abs. 1 – auch ein vollziehbar ausreisepflichtiger Ausländer im Bundesgebiet kann von der Anordnung erfasst sein (VwV 25.4.1.1)
    Angenommen die Merkmale:
      | Merkmal                       | Wert |
      | im Bundesgebiet               | ja   |
      | vollziehbar ausreisepflichtig | ja   |
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "§ 23 Abs. 1 S. 1 AufenthG"

  # ------------------------------------------------------------ Nebenfolgen

  # Korrigiert: Die Nebenfolge „Erwerbstätigkeit“ gibt jetzt § 23 Abs. 1 S. 4 (Stand 2021)
  # wieder, eingefügt durch das Fachkräfteeinwanderungsgesetz (in Kraft 01.03.2020, Quellen-
  # README; WD 7). Vorher sagt § 23 Abs. 1 (Stand 2012) zur Erwerbstätigkeit nichts.
  @aufenthg_23_1_s4_2021 @wd_7
  Szenario: § 23 Abs. 1 S. 4 AufenthG Stand 2021 (WD 7) – ohne Stichtag: die Aufenthaltserlaubnis berechtigt nicht zur Erwerbstätigkeit, die Anordnung kann sie erlauben
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "ab 01.03.2020"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "berechtigt nicht zur Erwerbstätigkeit"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "die Anordnung kann vorsehen"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "Fachkräfteeinwanderungsgesetz"
    Und die Begründung nennt "§ 23 Abs. 1 AufenthG, Stand 2021"

  @aufenthg_23_1_s4_2021 @wd_7
  Szenario: § 23 Abs. 1 S. 4 AufenthG Stand 2021 (WD 7) – am 01.03.2020, dem Tag des Inkrafttretens des Fachkräfteeinwanderungsgesetzes, gilt Satz 4
    Angenommen der Stichtag "01.03.2020"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "ab 01.03.2020"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "berechtigt nicht zur Erwerbstätigkeit"

  @aufenthg_23_1_2012
  Szenariogrundriss: § 23 Abs. 1 AufenthG Stand 2012 – am <stichtag>, vor dem Fachkräfteeinwanderungsgesetz, nennt die Norm keine Nebenfolge zur Erwerbstätigkeit
    # § 23 Abs. 1 (Stand 2012) endet mit Satz 3 und sagt zur Erwerbstätigkeit nichts.
    Angenommen der Stichtag "<stichtag>"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "Stand 2012"
    Und es gibt keine Nebenfolge "Erwerbstätigkeit"
    Und die Begründung nennt "§ 23 Abs. 1 AufenthG, Stand 2012"

    Beispiele:
      | stichtag   |
      | 01.05.2012 |
      | 30.06.2018 |
      | 29.02.2020 |

  @wd_3
  Szenario: WD 3, § 23 Abs. 1 – die oberste Landesbehörde ordnet im Einvernehmen mit dem Bundesministerium des Innern an
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Zuständigkeit" enthält "oberste Landesbehörde"
    Und die Nebenfolge "Zuständigkeit" enthält "§ 23 Abs. 1 S. 3 AufenthG"
    Und die Begründung nennt "§ 23 Abs. 1 S. 3 AufenthG"

  @wd_3
  Szenario: WD 3, § 23 Abs. 1 – ohne Anordnung gibt es keine Nebenfolgen einer Erteilung
    Angenommen das Merkmal "Anordnung der obersten Landesbehörde nach § 23 Abs. 1" ist "nein"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und es gibt keine Nebenfolge "Erwerbstätigkeit"
    Und die Begründung nennt "WD 2024, Abschnitt 3"

  # ------------------------------------------------------------ Allgemeine Vorschriften

  @aufenthg_5_3_s2_2012 @aufenthg_5_3_s2_2021
  Szenario: § 5 Abs. 3 S. 2 AufenthG Stand 2012 und 2021 – fehlen die allgemeinen Erteilungsvoraussetzungen, bleibt trotz Anordnung nach § 23 Abs. 1 nur Ermessen
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 5 Abs. 3 S. 2 AufenthG"
    Und die Begründung enthält "nach Ermessen abweichend"

  # Korrigiert: WD 3 sagt zu § 5 Abs. 4 nichts; die Erwartung folgt aus § 5 Abs. 4 („ist zu
  # versagen“) und § 5 Abs. 3 S. 2, der nur das Absehen von den Absätzen 1 und 2 erlaubt.
  @aufenthg_5_4_2012 @aufenthg_5_4_2021
  Szenario: § 5 Abs. 4 und Abs. 3 S. 2 AufenthG Stand 2012 und 2021 – von § 5 Abs. 4 wird auch bei einer Anordnung nach § 23 Abs. 1 nicht abgewichen
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  # ------------------------------------------------------------ Allgemeine Vorschriften (Bedingungsabdeckung)

  # Korrigiert: Nach § 10 Abs. 3 S. 3 entfällt die Sperre nur „im Falle eines Anspruchs auf
  # Erteilung eines Aufenthaltstitels“, nach VwV 25.3.7.11 nur, „wenn ein Anspruch besteht“.
  # § 23 Abs. 1 S. 1 gibt der obersten Landesbehörde eine Befugnis („kann … anordnen“), dem
  # Ausländer keinen Anspruch; der Wortlaut der Anordnung („erteilen“) ändert daran nichts.
  @aufenthg_10_3_2012 @aufenthg_10_3_2021 @vwv_25_3_7_11
  Szenario: § 10 Abs. 3 S. 2 und 3 AufenthG Stand 2012 und 2021, VwV 25.3.7.11 – auch wenn die Anordnung die Erteilung vorsieht, sperrt die Ablehnung als offensichtlich unbegründet vor der Ausreise
    Angenommen die Merkmale:
      | Merkmal                                             | Wert |
      | im Bundesgebiet                                     | ja   |
      | Asylantrag als offensichtlich unbegründet abgelehnt | ja   |
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 10 Abs. 3 AufenthG"
    Und die Begründung enthält "Asylantrag als offensichtlich unbegründet abgelehnt: ja"

  @aufenthg_10_3_2021
  Szenario: § 10 Abs. 3 S. 2 AufenthG Stand 2021 – die Sperre gilt nur „vor der Ausreise“: wer im Ausland von der Anordnung erfasst ist, erhält die Aufenthaltserlaubnis
    Angenommen die Merkmale:
      | Merkmal                                             | Wert |
      | im Bundesgebiet                                     | nein |
      | Asylantrag als offensichtlich unbegründet abgelehnt | ja   |
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "§ 10 Abs. 3 AufenthG (Offensichtlich unbegründeter Asylantrag): steht nicht entgegen"

  # Korrigiert (Quelle): VwV 25.5.0 betrifft § 25 Abs. 5; die Erwartung folgt aus § 10 Abs. 3 S. 2.
  @aufenthg_10_3_2012 @aufenthg_10_3_2021
  Szenario: § 10 Abs. 3 S. 2 AufenthG Stand 2012 und 2021 – stellt die Anordnung die Erteilung ins Ermessen, sperrt § 10 Abs. 3 vor der Ausreise ebenso
    Angenommen die Merkmale:
      | Merkmal                                             | Wert           |
      | Inhalt der Anordnung nach § 23 Abs. 1               | nach Ermessen  |
      | im Bundesgebiet                                     | ja             |
      | Asylantrag als offensichtlich unbegründet abgelehnt | ja             |
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 10 Abs. 3 AufenthG"

  @aufenthg_11_1_2012 @aufenthg_11_1_2021
  Szenario: § 11 Abs. 1 AufenthG Stand 2012 und 2021 – ein Einreise- und Aufenthaltsverbot steht auch der Anordnung nach § 23 entgegen („selbst im Falle eines Anspruchs“)
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 23 Abs. 1 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"
