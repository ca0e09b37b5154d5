# language: de
# Abnahmeszenarien zu § 25 Abs. 4a AufenthG nach dem Wortlaut (Stand 2012 und Stand 2021),
# VwV-AufenthG 2009 Nr. 25.4a und WD 2024, Abschnitte 6 und 7. Fassungen: „Stand 2012“
# (kann, abweichend von § 11 Abs. 1) bis 31.07.2015; „ab 01.08.2015“ (soll, Quellen-README);
# „Stand 2021“ (soll, ohne Abweichung von § 11 Abs. 1) ab 01.01.2022, zuvor unbelegt. Wo WD
# Abschnitt 6 „ist … zu erteilen“ schreibt, gilt der Wortlaut „soll“ (Quellen-README, Rangfolge).

@norm_25_4a
Funktionalität: § 25 Abs. 4a AufenthG – Aufenthaltserlaubnis für Opfer von Menschenhandel

  Grundlage:
    Angenommen der Grundfall "beispiele/opfer_menschenhandel.yaml"
    Und das Merkmal "atypischer Fall bei der Erteilung nach § 25 Abs. 4a S. 1" ist "nein"

  # ------------------------------------------------------------ Fassungen

  # Berichtigt: Der Wortlaut lautet „soll … erteilt werden“, nicht „ist zu erteilen“ (WD-Paraphrase).
  @wd_6 @aufenthg_25_4a_s1_2021
  Szenario: § 25 Abs. 4a S. 1 AufenthG, Stand 2021 – die Aufenthaltserlaubnis soll erteilt werden, auch wenn das Opfer vollziehbar ausreisepflichtig ist
    Angenommen der Stichtag "2024-06-30"
    Und das Merkmal "vollziehbar ausreisepflichtig" ist "ja"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2021"
    Und die Begründung nennt "§ 25 Abs. 4a S. 1 AufenthG"

  @aufenthg_25_4a_s1_2021
  Szenario: § 25 Abs. 4a S. 1 AufenthG, Stand 2021 – im atypischen Fall steht die Erteilung im Ermessen
    Angenommen das Merkmal "atypischer Fall bei der Erteilung nach § 25 Abs. 4a S. 1" ist "ja"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden

  @vwv_25_4a_4 @aufenthg_25_4a_s1_2012
  Szenario: VwV 25.4a.4; § 25 Abs. 4a S. 1 AufenthG, Stand 2012 – „kann … erteilt werden“: die Erteilung steht im Ermessen
    Angenommen der Stichtag "01.05.2012"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2012"
    Und die Begründung nennt "VwV 25.4a.4"
    Und die Ermessenskriterien nennen "Interesse der Strafverfolgungsbehörden"
    Und die Ermessenskriterien nennen "persönlichen Interessen des Ausländers nur nachrangig"

  # Berichtigt: Die Grenze 01.01.2018 ist kein Tag einer Änderung (WD Abschnitt 7 sagt nur
  # „im Wesentlichen seit 2018 nicht verändert“); belegt ist der 01.08.2015 (Quellen-README).
  @aufenthg_25_4a_s1_2012 @aufenthg_25_4a_s1_2021
  Szenariogrundriss: § 25 Abs. 4a S. 1 AufenthG, Quellen-README (01.08.2015: „kann“ zu „soll“) – am <stichtag> gilt die Fassung "<fassung>": <ergebnis>
    Angenommen der Stichtag "<stichtag>"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann <ergebnis> die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "<fassung>"
    Und die Begründung enthält "Angewandte Fassung: <fassung>"

    Beispiele:
      | stichtag   | fassung       | ergebnis |
      | 26.10.2009 | Stand 2012    | kann     |
      | 31.07.2015 | Stand 2012    | kann     |
      | 01.08.2015 | ab 01.08.2015 | soll     |
      | 01.01.2022 | Stand 2021    | soll     |

  @aufenthg_25_4a_s1_2021
  Szenario: § 25 Abs. 4a S. 1 AufenthG, Stand 2012 bis 2021 – ohne Einreise- und Aufenthaltsverbot ergibt sich im unbelegten Zeitraum (01.01.2016) aus beiden Fassungen „soll“
    Angenommen der Stichtag "01.01.2016"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "folgt aus den Quellen nicht"

  @wd_6
  Szenario: WD 2024, Abschnitt 6 – ohne Stichtag gilt die neueste Fassung, und die Begründung sagt es
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "kein Stichtag angegeben, daher die neueste Fassung"

  # Berichtigt: Die Quellen belegen den Wortlaut von 2012 (VwV vom 26.10.2009); früheres Recht
  # bilden sie nicht ab. Ein früherer Stichtag wendet „Stand 2012“ mit Warnung an („belegt ab“).
  @vwv_25_4a_4 @aufenthg_25_4a_s1_2012
  Szenario: VwV 25.4a.4; § 25 Abs. 4a S. 1 AufenthG, Stand 2012 – vor dem 26.10.2009 gilt die früheste belegte Fassung, mit Warnung
    Angenommen der Stichtag "01.01.2005"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "erst ab dem 26.10.2009"

  # ------------------------------------------------------------ Tatbestand (VwV 25.4a.1, 25.4a.2)

  @vwv_25_4a_1_1
  Szenario: VwV 25.4a.1.1 – ein Ermittlungsverfahren genügt, eine Verurteilung ist nicht nötig
    Angenommen die Merkmale:
      | Merkmal                                               | Wert |
      | Täter wegen der Tat rechtskräftig verurteilt          | nein |
      | Ermittlungen wegen Anfangsverdachts einer solchen Tat | ja   |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4a.1.1"

  @vwv_25_4a_1_1
  Szenario: VwV 25.4a.1.1 – ohne Verurteilung und ohne Ermittlungen ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Ermittlungen wegen Anfangsverdachts einer solchen Tat" ist "nein"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4a.1.1"

  @vwv_25_4a_1_1
  Szenario: VwV 25.4a.1.1 – wer nicht Opfer einer Tat nach §§ 232 bis 233a StGB ist, fällt nicht unter die Norm
    Angenommen das Merkmal "Opfer einer Straftat nach §§ 232 bis 233a StGB" ist "nein"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4a.1.1"

  @vwv_25_4a_2_1
  Szenario: VwV 25.4a.2.1 – hält die Staatsanwaltschaft die Anwesenheit nicht für sachgerecht, ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Anwesenheit für das Strafverfahren von Staatsanwaltschaft oder Strafgericht für sachgerecht erachtet" ist "nein"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4a.2.1"

  @vwv_25_4a_2_2
  Szenariogrundriss: VwV 25.4a.2.2 – <art> steht dem Abbruch der Verbindung nicht entgegen
    Angenommen die Merkmale:
      | Merkmal                           | Wert |
      | kein Kontakt zu den Beschuldigten | nein |
      | <merkmal>                         | ja   |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4a.2.2"

    Beispiele:
      | art                                          | merkmal                                                |
      | ein nur von den Tätern veranlasster Kontakt  | Kontakt nur auf Veranlassung der Täter                 |
      | ein unter Zwang auf ein Minimum beschränkter | Kontakt nur unter Zwang und auf ein Minimum beschränkt |

  @vwv_25_4a_2_2
  Szenario: VwV 25.4a.2.2 – hält das Opfer selbst den Kontakt zu den Beschuldigten, ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "kein Kontakt zu den Beschuldigten" ist "nein"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4a.2.2"

  @vwv_25_4a_2_3
  Szenario: VwV 25.4a.2.3 – ohne erklärte Bereitschaft zur Zeugenaussage ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Bereitschaft zur Zeugenaussage erklärt" ist "nein"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4a.2.3"

  @vwv_25_4a_2_3
  Szenario: VwV 25.4a.2.3 – ein Strafverfahren nur wegen anderer Taten gegen dieselben Täter genügt nicht
    Angenommen das Merkmal "Strafverfahren betrifft eine Tat nach §§ 232 bis 233a StGB" ist "nein"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4a.2.3"

  # ------------------------------------------------------------ Sperren und Abweichungen

  # Berichtigt: „abweichend von § 11 Abs. 1“ steht nur im Wortlaut von 2012.
  @vwv_25_4a_1_2 @aufenthg_25_4a_s1_2012
  Szenario: VwV 25.4a.1.2; § 25 Abs. 4a S. 1 AufenthG, Stand 2012 – trotz Einreise- und Aufenthaltsverbot und vollziehbarer Ausreisepflicht
    Angenommen der Stichtag "01.05.2012"
    Und die Merkmale:
      | Merkmal                         | Wert |
      | Einreise- und Aufenthaltsverbot | ja   |
      | vollziehbar ausreisepflichtig   | ja   |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "abweichend von § 11 Abs. 1 AufenthG"
    Und die Begründung nennt "VwV 25.4a.1.2"

  @vwv_25_4a_3 @aufenthg_5_3_s1_2021
  Szenario: VwV 25.4a.3; § 5 Abs. 3 S. 1 AufenthG, Stand 2021 – fehlen die allgemeinen Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2, ist davon abzusehen
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25 Abs. 4a S. 1 AufenthG"

  @vwv_25_4a_3
  Szenario: VwV 25.4a.3 – gefährdet der Aufenthalt Interessen der Bundesrepublik (§ 5 Abs. 1 Nr. 3), ist in der Regel zu versagen
    Angenommen die Merkmale:
      | Merkmal                                                                      | Wert |
      | Aufenthalt beeinträchtigt oder gefährdet Interessen der Bundesrepublik Deutschland | ja   |
      | Interesse der Strafverfolgungsbehörden überwiegt                             | nein |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 1 Nr. 3 AufenthG"
    Und die Begründung nennt "VwV 25.4a.3"

  # Berichtigt: VwV 25.4a.4.1 „Überwiegen die Interessen der Strafverfolgungsbehörden am Aufenthalt
  # des Ausländers, wird die Aufenthaltserlaubnis erteilt“ – die Abwägung nach § 5 Abs. 1 Nr. 3
  # deckelt das Ergebnis nicht auf Ermessen; es bleibt bei der Rechtsfolge der Fassung.
  @vwv_25_4a_4_1 @aufenthg_25_4a_s1_2021
  Szenario: VwV 25.4a.4.1; § 25 Abs. 4a S. 1 AufenthG, Stand 2021 – überwiegt das Interesse der Strafverfolgung, wird die Aufenthaltserlaubnis trotz Gefährdung erteilt: es bleibt bei „soll“
    Angenommen die Merkmale:
      | Merkmal                                                                      | Wert |
      | Aufenthalt beeinträchtigt oder gefährdet Interessen der Bundesrepublik Deutschland | ja   |
      | Interesse der Strafverfolgungsbehörden überwiegt                             | ja   |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4a.4.1"

  @vwv_25_4a_3
  Szenario: VwV 25.4a.3 – ist offen, ob der Aufenthalt Interessen der Bundesrepublik gefährdet, ist das Ergebnis offen
    Angenommen das Merkmal "Aufenthalt beeinträchtigt oder gefährdet Interessen der Bundesrepublik Deutschland" ist unbekannt
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und es fehlen genau die Merkmale:
      | Aufenthalt beeinträchtigt oder gefährdet Interessen der Bundesrepublik Deutschland |
      | Interesse der Strafverfolgungsbehörden überwiegt                                   |
    Und die möglichen Ergebnisse sind "soll, versagt"

  @vwv_25_4a_3
  Szenario: VwV 25.4a.3 – von § 5 Abs. 4 darf nicht abgewichen werden
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  # ------------------------------------------------------------ Nebenfolgen

  @vwv_25_4a_5
  Szenario: VwV 25.4a.5 – nach der Fassung von 2009 wird die Aufenthaltserlaubnis für sechs Monate erteilt
    Angenommen der Stichtag "01.05.2012"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Geltungsdauer" enthält "sechs Monate"
    Und die Nebenfolge "Zuständigkeit" enthält "§ 72 Abs. 6"

  @wd_7 @aufenthg_25_4a_s4_2021
  Szenario: WD 2024, Abschnitt 7; § 25 Abs. 4a S. 4 AufenthG, Stand 2021 – keine Erwerbstätigkeit kraft Titels; sie kann nach § 4a Abs. 1 erlaubt werden
    Angenommen der Stichtag "2024-06-30"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 4a Abs. 1"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "Fachkräfteeinwanderungsgesetz"

  @aufenthg_26_1_2021
  Szenario: § 26 Abs. 1 S. 5 AufenthG, Stand 2021 – die Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 wird für jeweils ein Jahr erteilt
    Angenommen der Stichtag "01.01.2022"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Geltungsdauer" enthält "ein Jahr"

  # ------------------------------------------------------------ Satz 3: Verlängerung (WD 2024, Abschnitt 6)

  @wd_6
  Szenariogrundriss: WD 2024, Abschnitt 6 – nach dem Strafverfahren soll verlängert werden, wenn <grund>
    Angenommen die Merkmale:
      | Merkmal                                                  | Wert |
      | Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 erteilt      | ja   |
      | Strafverfahren beendet                                   | ja   |
      | atypischer Fall bei der Verlängerung nach § 25 Abs. 4a S. 3 | nein |
      | <merkmal>                                                | ja   |
    Wenn "§ 25 Abs. 4a S. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "WD 2024, Abschnitt 6"

    Beispiele:
      | grund                                      | merkmal                                                                   |
      | keine Existenzgrundlage besteht            | keine Existenzgrundlage im Herkunftsland                                  |
      | Vergeltung droht                           | Nachteile, Ausgrenzung oder Vergeltung wegen der Mitwirkung im Strafprozess zu erwarten |
      | öffentliche Interessen es erfordern        | sonstige humanitäre oder persönliche Gründe oder öffentliche Interessen an der weiteren Anwesenheit |

  @wd_6
  Szenario: WD 2024, Abschnitt 6 – ohne humanitäre, persönliche oder öffentliche Gründe keine Verlängerung nach Satz 3
    Angenommen die Merkmale:
      | Merkmal                                                                                       | Wert |
      | Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 erteilt                                           | ja   |
      | Strafverfahren beendet                                                                        | ja   |
      | keine Existenzgrundlage im Herkunftsland                                                      | nein |
      | Nachteile, Ausgrenzung oder Vergeltung wegen der Mitwirkung im Strafprozess zu erwarten       | nein |
      | sonstige humanitäre oder persönliche Gründe oder öffentliche Interessen an der weiteren Anwesenheit | nein |
    Wenn "§ 25 Abs. 4a S. 3 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25 Abs. 4a S. 3 AufenthG"

  @wd_6
  Szenario: WD 2024, Abschnitt 6 – solange das Strafverfahren läuft, gibt es keine Verlängerung nach Satz 3
    Angenommen die Merkmale:
      | Merkmal                                             | Wert |
      | Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 erteilt | ja   |
      | keine Existenzgrundlage im Herkunftsland            | ja   |
    Wenn "§ 25 Abs. 4a S. 3 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "WD 2024, Abschnitt 6"

  @wd_6
  Szenario: WD 2024, Abschnitt 6 – im atypischen Fall steht die Verlängerung nach Satz 3 im Ermessen
    Angenommen die Merkmale:
      | Merkmal                                                  | Wert |
      | Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 erteilt      | ja   |
      | Strafverfahren beendet                                   | ja   |
      | keine Existenzgrundlage im Herkunftsland                 | ja   |
      | atypischer Fall bei der Verlängerung nach § 25 Abs. 4a S. 3 | ja   |
    Wenn "§ 25 Abs. 4a S. 3 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "§ 25 Abs. 4a S. 3 AufenthG"

  @vwv_25_4a_4 @wd_6
  Szenario: VwV 25.4a – die Verlängerung nach Satz 3 kennt die Verwaltungsvorschrift von 2009 nicht
    Angenommen der Stichtag "01.05.2012"
    Und die Merkmale:
      | Merkmal                                             | Wert |
      | Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 erteilt | ja   |
      | Strafverfahren beendet                              | ja   |
      | keine Existenzgrundlage im Herkunftsland            | ja   |
    Wenn "§ 25 Abs. 4a S. 3 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung enthält "gilt keine hinterlegte Fassung"

  # ------------------------------------------------------------ Bedingungsabdeckung

  @vwv_25_4a_1_1
  Szenario: VwV 25.4a.1.1 – auch eine rechtskräftige Verurteilung des Täters belegt die Tat
    Angenommen die Merkmale:
      | Merkmal                                               | Wert |
      | Täter wegen der Tat rechtskräftig verurteilt          | ja   |
      | Ermittlungen wegen Anfangsverdachts einer solchen Tat | nein |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4a.1.1"

  # Berichtigt: „soll“ (Stand 2021) ist kein Anspruch im Sinne des § 10 Abs. 3 S. 3; die Sperre
  # des § 10 Abs. 3 S. 2 bleibt (VwV 25.3.7.11: „nur erteilt werden darf, wenn ein Anspruch besteht“).
  @vwv_25_3_7_11 @aufenthg_10_3_2021
  Szenario: VwV 25.3.7.11; § 10 Abs. 3 AufenthG, Stand 2021 – auch nach „soll“ sperrt § 10 Abs. 3 vor der Ausreise, weil kein Anspruch besteht
    Angenommen der Stichtag "2024-06-30"
    Und das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 10 Abs. 3 AufenthG"

  @vwv_25_5_0 @vwv_25_4a_4
  Szenario: VwV 25.5.0 – im Ermessen (Fassung 2009) sperrt § 10 Abs. 3 vor der Ausreise
    Angenommen der Stichtag "01.05.2012"
    Und das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 10 Abs. 3 AufenthG"

  @vwv_25_4a_3
  Szenario: VwV 25.4a.3 – auch die Verlängerung nach Satz 3 scheitert an § 5 Abs. 4
    Angenommen die Merkmale:
      | Merkmal                                                  | Wert |
      | Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 erteilt      | ja   |
      | Strafverfahren beendet                                   | ja   |
      | keine Existenzgrundlage im Herkunftsland                 | ja   |
      | atypischer Fall bei der Verlängerung nach § 25 Abs. 4a S. 3 | nein |
      | Versagungsgrund nach § 5 Abs. 4 AufenthG                 | ja   |
    Wenn "§ 25 Abs. 4a S. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht verlängert werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  # ------------------------------------------------------------ § 11 Abs. 1: Stand 2012 und Stand 2021

  @aufenthg_25_4a_s1_2021 @aufenthg_11_4_2021
  Szenario: § 25 Abs. 4a S. 1 AufenthG, Stand 2021 – ohne „abweichend von § 11 Abs. 1“ sperrt das Einreise- und Aufenthaltsverbot; es soll nach § 11 Abs. 4 S. 2 aufgehoben werden
    Angenommen der Stichtag "01.01.2022"
    Und das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"
    Und die Nebenfolge "Einreise- und Aufenthaltsverbot" enthält "§ 11 Abs. 4 S. 2"

  @aufenthg_25_4a_s1_2012 @aufenthg_25_4a_s1_2021
  Szenario: § 25 Abs. 4a S. 1 AufenthG, Stand 2012 und 2021 – mit Einreise- und Aufenthaltsverbot folgt die Rechtslage am 01.01.2016 aus den Quellen nicht
    Angenommen der Stichtag "01.01.2016"
    Und das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die Begründung enthält "folgt aus den Quellen nicht"

  # ------------------------------------------------------------ Satz 3: gilt ab 01.08.2015 (Quellen-README)

  @aufenthg_25_4a_s3_2021
  Szenariogrundriss: § 25 Abs. 4a S. 3 AufenthG, Quellen-README (01.08.2015 neu) – am <stichtag>: <erwartung>
    Angenommen der Stichtag "<stichtag>"
    Und die Merkmale:
      | Merkmal                                                     | Wert |
      | Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 erteilt         | ja   |
      | Strafverfahren beendet                                      | ja   |
      | keine Existenzgrundlage im Herkunftsland                    | ja   |
      | atypischer Fall bei der Verlängerung nach § 25 Abs. 4a S. 3 | nein |
    Wenn "§ 25 Abs. 4a S. 3 AufenthG" geprüft wird
    Dann <erwartung>

    Beispiele:
      | stichtag   | erwartung                                      |
      | 31.07.2015 | ist der Tatbestand nicht erfüllt               |
      | 01.08.2015 | soll die Aufenthaltserlaubnis verlängert werden |

  # ------------------------------------------------------------ Bedingungsabdeckung (Fassungen)

  @aufenthg_25_4a_s1_2012
  Szenario: § 25 Abs. 4a S. 1 AufenthG, Quellen-README (01.08.2015: „soll“) – im atypischen Fall bleibt am 01.08.2015 das Ermessen
    Angenommen der Stichtag "01.08.2015"
    Und das Merkmal "atypischer Fall bei der Erteilung nach § 25 Abs. 4a S. 1" ist "ja"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden

  @aufenthg_10_3_2021
  Szenario: § 10 Abs. 3 AufenthG, Stand 2021 – die Sperre gilt „vor der Ausreise“; wer nicht im Bundesgebiet ist, den sperrt sie nicht
    Angenommen die Merkmale:
      | Merkmal                                             | Wert |
      | Asylantrag als offensichtlich unbegründet abgelehnt | ja   |
      | im Bundesgebiet                                     | nein |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25_4a_s3_2021
  Szenario: § 25 Abs. 4a S. 3 AufenthG, Stand 2021 – „die Aufenthaltserlaubnis“ setzt eine Aufenthaltserlaubnis nach Satz 1 voraus
    Angenommen die Merkmale:
      | Merkmal                                             | Wert |
      | Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 erteilt | nein |
      | Strafverfahren beendet                              | ja   |
      | keine Existenzgrundlage im Herkunftsland            | ja   |
    Wenn "§ 25 Abs. 4a S. 3 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  @aufenthg_25_4a_s3_2021 @aufenthg_10_3_2021 @aufenthg_11_1_2021
  Szenariogrundriss: § 25 Abs. 4a S. 3 AufenthG, Stand 2021 – auch die Verlängerung scheitert an <vorschrift>
    Angenommen die Merkmale:
      | Merkmal                                                     | Wert       |
      | Aufenthaltserlaubnis nach § 25 Abs. 4a S. 1 erteilt         | ja         |
      | Strafverfahren beendet                                      | ja         |
      | keine Existenzgrundlage im Herkunftsland                    | ja         |
      | atypischer Fall bei der Verlängerung nach § 25 Abs. 4a S. 3 | nein       |
      | Asylantrag als offensichtlich unbegründet abgelehnt         | <asyl>     |
      | im Bundesgebiet                                             | <inland>   |
      | Einreise- und Aufenthaltsverbot                             | <verbot>   |
    Wenn "§ 25 Abs. 4a S. 3 AufenthG" geprüft wird
    Dann <erwartung>

    Beispiele:
      | vorschrift                                             | asyl | inland | verbot | erwartung                                        |
      | § 10 Abs. 3 (offensichtlich unbegründet, vor Ausreise) | ja   | ja     | nein   | darf die Aufenthaltserlaubnis nicht verlängert werden |
      | § 11 Abs. 1 (Einreise- und Aufenthaltsverbot)          | nein | ja     | ja     | darf die Aufenthaltserlaubnis nicht verlängert werden |
      | keiner von beiden (nicht mehr im Bundesgebiet)         | ja   | nein   | nein   | soll die Aufenthaltserlaubnis verlängert werden  |
