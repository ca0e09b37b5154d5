# language: de
# Abnahmeszenarien zu § 25 Abs. 4a AufenthG nach VwV-AufenthG 2009 Nr. 25.4a und
# WD 2024, Abschnitte 6 und 7. Die Quellen beschreiben zwei Fassungen: Ermessen
# (VwV 25.4a.4) und Anspruch (WD 2024, Abschnitt 6); der Stichtag wählt.

@norm_25_4a
Funktionalität: § 25 Abs. 4a AufenthG – Aufenthaltserlaubnis für Opfer von Menschenhandel

  Grundlage:
    Angenommen der Grundfall "beispiele/opfer_menschenhandel.yaml"

  # ------------------------------------------------------------ Fassungen

  @wd_6
  Szenario: WD 2024, Abschnitt 6 – nach heutiger Rechtslage ist die Aufenthaltserlaubnis zu erteilen
    Angenommen der Stichtag "2024-06-30"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "Rechtslage 2024"
    Und die Begründung nennt "WD 2024, Abschnitt 6"

  @vwv_25_4a_4
  Szenario: VwV 25.4a.4 – nach der Verwaltungsvorschrift von 2009 steht die Erteilung im Ermessen
    Angenommen der Stichtag "01.05.2012"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "VwV-AufenthG 2009"
    Und die Begründung nennt "VwV 25.4a.4"
    Und die Ermessenskriterien nennen "Interesse der Strafverfolgungsbehörden"
    Und die Ermessenskriterien nennen "persönlichen Interessen des Ausländers nur nachrangig"

  @wd_7 @vwv_25_4a_4
  Szenariogrundriss: WD 2024, Abschnitt 7 – am <stichtag> gilt die Fassung "<fassung>"
    Angenommen der Stichtag "<stichtag>"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann gilt die Fassung "<fassung>"
    Und die Begründung enthält "Angewandte Fassung: <fassung>"

    Beispiele:
      | stichtag   | fassung           |
      | 26.10.2009 | VwV-AufenthG 2009 |
      | 31.12.2017 | VwV-AufenthG 2009 |
      | 01.01.2018 | Rechtslage 2024   |

  @wd_6
  Szenario: WD 2024, Abschnitt 6 – ohne Stichtag gilt die neueste Fassung, und die Begründung sagt es
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "kein Stichtag angegeben, daher die neueste Fassung"

  @vwv_25_4a_1_1
  Szenario: VwV 25.4a.1.1 – vor der ältesten hinterlegten Fassung ist die Norm nicht anwendbar
    Angenommen der Stichtag "01.01.2005"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung enthält "gilt keine hinterlegte Fassung"

  # ------------------------------------------------------------ Tatbestand (VwV 25.4a.1, 25.4a.2)

  @vwv_25_4a_1_1
  Szenario: VwV 25.4a.1.1 – ein Ermittlungsverfahren genügt, eine Verurteilung ist nicht nötig
    Angenommen die Merkmale:
      | Merkmal                                               | Wert |
      | Täter wegen der Tat rechtskräftig verurteilt          | nein |
      | Ermittlungen wegen Anfangsverdachts einer solchen Tat | ja   |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
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
    Dann ist die Aufenthaltserlaubnis zu erteilen
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

  @vwv_25_4a_1_2
  Szenario: VwV 25.4a.1.2 – trotz Einreise- und Aufenthaltsverbot und vollziehbarer Ausreisepflicht
    Angenommen die Merkmale:
      | Merkmal                         | Wert |
      | Einreise- und Aufenthaltsverbot | ja   |
      | vollziehbar ausreisepflichtig   | ja   |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von § 11 Abs. 1 AufenthG"
    Und die Begründung nennt "VwV 25.4a.1.2"

  @vwv_25_4a_3
  Szenario: VwV 25.4a.3 – fehlen die allgemeinen Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2, ist davon abzusehen
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
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

  @vwv_25_4a_4_1
  Szenario: VwV 25.4a.4.1 – überwiegt das Interesse der Strafverfolgung, bleibt trotz Gefährdung das Ermessen
    Angenommen die Merkmale:
      | Merkmal                                                                      | Wert |
      | Aufenthalt beeinträchtigt oder gefährdet Interessen der Bundesrepublik Deutschland | ja   |
      | Interesse der Strafverfolgungsbehörden überwiegt                             | ja   |
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4a.4.1"

  @vwv_25_4a_3
  Szenario: VwV 25.4a.3 – ist offen, ob der Aufenthalt Interessen der Bundesrepublik gefährdet, ist das Ergebnis offen
    Angenommen das Merkmal "Aufenthalt beeinträchtigt oder gefährdet Interessen der Bundesrepublik Deutschland" ist unbekannt
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und es fehlen genau die Merkmale:
      | Aufenthalt beeinträchtigt oder gefährdet Interessen der Bundesrepublik Deutschland |
      | Interesse der Strafverfolgungsbehörden überwiegt                                   |
    Und die möglichen Ergebnisse sind "anspruch, ermessen, versagt"

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

  @wd_7
  Szenario: WD 2024, Abschnitt 7 – seit dem Fachkräfteeinwanderungsgesetz ist die Erwerbstätigkeit erschwert
    Angenommen der Stichtag "2024-06-30"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Erwerbstätigkeit" enthält "Fachkräfteeinwanderungsgesetz"
    Und die Begründung nennt "WD 2024, Abschnitt 6"

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
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.4a.1.1"

  @vwv_25_5_0 @vwv_25_3_7_11
  Szenario: VwV 25.3.7.11 – als Anspruch (Rechtslage 2024) sperrt § 10 Abs. 3 nicht
    Angenommen der Stichtag "2024-06-30"
    Und das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25 Abs. 4a S. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von § 10 Abs. 3 AufenthG"
    Und die Begründung nennt "VwV 25.3.7.11"

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
