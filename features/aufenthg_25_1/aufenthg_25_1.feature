# language: de
# Abnahmeszenarien zu § 25 Abs. 1 AufenthG nach der VwV-AufenthG vom 26.10.2009,
# Nr. 25.1.1 bis 25.1.11 (mit Nr. 25.2.4, auf die Nr. 25.1.5 verweist, und Nr. 25.3.7.11
# zu § 10 Abs. 3). Jede Erwartung folgt aus dem Text der Verwaltungsvorschrift; der
# Grundfall (beispiele/asylberechtigter.yaml) ist ein unanfechtbar nach Art. 16a Abs. 1 GG
# anerkannter Asylberechtigter, der nicht ausgewiesen ist (Ergebnis: ist zu erteilen).

@norm_25_1
Funktionalität: § 25 Abs. 1 AufenthG – Aufenthaltserlaubnis für Asylberechtigte

  Grundlage:
    Angenommen der Grundfall "features/aufenthg_25_1/grundfall_asylberechtigter.yaml"
    # Die VwV vom 26.10.2009 legt den Wortlaut von 2012 aus; ihre Szenarien gelten am Stichtag
    # 01.07.2012 (Fassung „Stand 2012“). Szenarien zu späteren Fassungen setzen ihren Stichtag selbst.
    Und der Stichtag "01.07.2012"

  # ------------------------------------------------------------ VwV 25.1.1 bis 25.1.3, 25.1.8: Tatbestand und Anspruch

  @vwv_25_1_1 @vwv_25_1_3
  Szenario: VwV 25.1.3 – dem unanfechtbar anerkannten Asylberechtigten ist die Aufenthaltserlaubnis zu erteilen
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.1.3"
    Und die Begründung nennt "VwV 25.1.1"
    Und die Begründung nennt "§ 25 Abs. 1 S. 1 AufenthG"

  @vwv_25_1_2
  Szenario: VwV 25.1.2 – maßgeblich ist allein die Anerkennungsentscheidung des Bundesamtes
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.1.2"
    Und die Begründung enthält "unanfechtbar als Asylberechtigter nach Art. 16a Abs. 1 GG anerkannt: ja"

  @vwv_25_1_8
  Szenario: VwV 25.1.8 – wem Familienasyl nach § 26 Abs. 1 und 2 AsylVfG gewährt wurde, ist Asylberechtigter
    Angenommen die Merkmale:
      | Merkmal                                                              | Wert |
      | unanfechtbar als Asylberechtigter nach Art. 16a Abs. 1 GG anerkannt  | nein |
      | Familienasyl unanfechtbar gewährt     | ja   |
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.1.8"
    Und die Nebenfolge "Geltungsdauer" enthält "drei Jahre"

  @vwv_25_1_1
  Szenario: VwV 25.1.1 – ohne unanfechtbare Anerkennung als Asylberechtigter ist der Tatbestand nicht erfüllt
    # Auch eine noch anfechtbare Anerkennung genügt nicht (§ 25 Abs. 1 S. 1: „unanfechtbar“).
    Angenommen das Merkmal "unanfechtbar als Asylberechtigter nach Art. 16a Abs. 1 GG anerkannt" ist "nein"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25 Abs. 1 S. 1 AufenthG"
    Und die Begründung nennt "VwV 25.1.1"
    Und es gibt keine Nebenfolge "Geltungsdauer"

  @vwv_25_1_1
  Szenario: VwV 25.1.1 – ist die Anerkennung noch nicht unanfechtbar festgestellt, ist das Ergebnis offen
    Angenommen das Merkmal "unanfechtbar als Asylberechtigter nach Art. 16a Abs. 1 GG anerkannt" ist unbekannt
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "anspruch, nicht erfüllt"
    Und es fehlen genau die Merkmale:
      | unanfechtbar als Asylberechtigter nach Art. 16a Abs. 1 GG anerkannt |
    Und die Begründung nennt "§ 25 Abs. 1 S. 1 AufenthG"

  # ------------------------------------------------------------ VwV 25.1.6: Ausweisung aus schwerwiegenden Gründen

  @vwv_25_1_1 @vwv_25_1_6
  Szenario: VwV 25.1.6 – nach einer Ausweisung aus schwerwiegenden Gründen darf nicht erteilt werden; Bescheinigung nach § 60a Abs. 4
    Angenommen das Merkmal "aus schwerwiegenden Gründen der öffentlichen Sicherheit und Ordnung ausgewiesen" ist "ja"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25 Abs. 1 S. 2 AufenthG"
    Und die Begründung nennt "VwV 25.1.6"
    Und die Nebenfolge "Bescheinigung" enthält "§ 60a Abs. 4"
    Und die Nebenfolge "Bescheinigung" enthält "Aussetzung der Abschiebung"
    Und es gibt keine Nebenfolge "Geltungsdauer"
    Und es gibt keine Nebenfolge "Erwerbstätigkeit"

  @vwv_25_1_6
  Szenario: VwV 25.1.6 – ist offen, ob aus schwerwiegenden Gründen ausgewiesen wurde, ist das Ergebnis offen
    Angenommen das Merkmal "aus schwerwiegenden Gründen der öffentlichen Sicherheit und Ordnung ausgewiesen" ist unbekannt
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "anspruch, versagt"
    Und es fehlen genau die Merkmale:
      | aus schwerwiegenden Gründen der öffentlichen Sicherheit und Ordnung ausgewiesen |
    Und die Begründung nennt "§ 25 Abs. 1 S. 2 AufenthG"

  # ------------------------------------------------------------ VwV 25.1.3: § 5; VwV 25.3.7.11: § 10 Abs. 3

  @vwv_25_1_3
  Szenario: VwV 25.1.3 – von den Erteilungsvoraussetzungen des § 5 Abs. 1 und 2 ist abzusehen
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von § 5 Abs. 1 und 2 AufenthG"
    Und die Begründung nennt "§ 5 Abs. 3 S. 1 AufenthG"
    Und die Begründung nennt "VwV 25.1.3"

  @vwv_25_1_3
  Szenario: VwV 25.1.3 – von § 5 Abs. 4 darf nicht abgewichen werden
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  @vwv_25_1_3 @vwv_25_3_7_11
  Szenario: VwV 25.3.7.11 – die Ablehnung eines früheren Asylantrags als offensichtlich unbegründet steht dem Anspruch nicht entgegen
    Angenommen das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von § 10 Abs. 3 AufenthG"
    Und die Begründung nennt "VwV 25.3.7.11"

  # ------------------------------------------------------------ VwV 25.1.4 bis 25.1.11: Nebenfolgen

  @vwv_25_1_4
  Szenario: VwV 25.1.4 – zunächst drei Jahre; Niederlassungserlaubnis erst danach; kein Daueraufenthalt-EG
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Geltungsdauer" enthält "drei Jahre"
    Und die Nebenfolge "Geltungsdauer" enthält "§ 26 Abs. 1 S. 2"
    Und die Nebenfolge "Niederlassungserlaubnis" enthält "Erst nach"
    Und die Nebenfolge "Niederlassungserlaubnis" enthält "26.4.2"
    Und die Nebenfolge "Daueraufenthalt-EG" enthält "ausgeschlossen"
    Und die Nebenfolge "Daueraufenthalt-EG" enthält "§ 9a Abs. 3 Nr. 1"
    Und die Begründung nennt "VwV 25.1.3"

  @vwv_25_1_5 @vwv_25_2_4
  Szenario: VwV 25.1.5 – die Verlängerung richtet sich nach § 26 Abs. 1 S. 1 (VwV 25.2.4)
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Verlängerung" enthält "§ 26 Abs. 1 S. 1"
    Und die Nebenfolge "Verlängerung" enthält "kürzere Geltungsdauer"
    Und die Nebenfolge "Verlängerung" enthält "§ 73 Abs. 2a AsylVfG"
    Und die Begründung nennt "§ 25 Abs. 1 S. 1 AufenthG"

  @vwv_25_1_7
  Szenario: VwV 25.1.7 – Erlaubnisfiktion schon ab der unanfechtbaren Anerkennung
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Erlaubnisfiktion" enthält "von der unanfechtbaren Anerkennung"
    Und die Nebenfolge "Erlaubnisfiktion" enthält "§ 81 Abs. 3 S. 1"
    Und die Nebenfolge "Erlaubnisfiktion" enthält "§ 25 Abs. 1 S. 3"
    Und die Begründung nennt "VwV 25.1.3"

  @vwv_25_1_9
  Szenario: VwV 25.1.9 – die Aufenthaltserlaubnis gestattet uneingeschränkte Erwerbstätigkeit
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Erwerbstätigkeit" enthält "uneingeschränkt"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 25 Abs. 1 S. 4"
    Und die Begründung nennt "VwV 25.1.3"

  @vwv_25_1_10 @vwv_25_1_11
  Szenario: VwV 25.1.10 – Nebenbestimmungen nach § 12 sind möglich; Widerruf nach Nummer 52.1.4 (VwV 25.1.11)
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Nebenbestimmungen" enthält "§ 12"
    Und die Nebenfolge "Nebenbestimmungen" enthält "Auflagen"
    Und die Nebenfolge "Nebenbestimmungen" enthält "Rechtsstellung des Asylberechtigten"
    Und die Nebenfolge "Widerruf" enthält "52.1.4"
    Und die Begründung nennt "VwV 25.1.3"

  # ------------------------------------------------------------ Allgemeine Vorschriften (Bedingungsabdeckung)

  @vwv_25_1_1 @vwv_25_3_2
  Szenario: VwV 25.1.1 – ein Einreise- und Aufenthaltsverbot ohne zwingende Gründe steht dem Anspruch des Asylberechtigten nicht entgegen
    # Korrigiert (Prüfbefund 4): VwV 25.1.1 nennt als Voraussetzungen nur die Anerkennung und das
    # Fehlen einer Ausweisung aus schwerwiegenden Gründen; wie bei § 25 Abs. 3 (VwV 25.3.2) steht nur
    # ein auf zwingende Gründe der öffentlichen Sicherheit und Ordnung gestütztes Verbot entgegen.
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von § 11 Abs. 1 AufenthG"

  @vwv_25_1_1 @vwv_25_3_2
  Szenario: VwV 25.1.1 mit 25.3.2 – ein auf zwingende Gründe gestütztes Einreise- und Aufenthaltsverbot steht entgegen
    Angenommen die Merkmale:
      | Merkmal                                                                                               | Wert |
      | Einreise- und Aufenthaltsverbot                                                                       | ja   |
      | Einreise- und Aufenthaltsverbot beruht auf zwingenden Gründen der öffentlichen Sicherheit und Ordnung | ja   |
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"

  # ------------------------------------------------------------ Fassungen: 01.01.2016 und Stand 2021

  @aufenthg_25_1_s2_2012
  Szenario: § 25 Abs. 1 S. 2 AufenthG Stand 2012 – am 31.12.2015 schließt nur die Ausweisung aus schwerwiegenden Gründen aus
    Angenommen der Stichtag "31.12.2015"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "ja"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "Stand 2012"

  @aufenthg_25_1_s2_2016
  Szenario: § 25 Abs. 1 S. 2 AufenthG ab 01.01.2016 – die Ausweisung wegen eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 schließt aus
    Angenommen der Stichtag "01.01.2016"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "ja"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und gilt die Fassung "ab 01.01.2016"
    Und die Nebenfolge "Bescheinigung" enthält "§ 60a Abs. 4"

  @aufenthg_25_1_s2_2016
  Szenario: § 25 Abs. 1 S. 2 AufenthG ab 01.01.2016 – die Ausweisung aus schwerwiegenden Gründen alten Rechts ist nicht mehr der Maßstab
    Angenommen der Stichtag "01.01.2016"
    Und das Merkmal "aus schwerwiegenden Gründen der öffentlichen Sicherheit und Ordnung ausgewiesen" ist "ja"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen

  @aufenthg_25_1_s1_2021
  Szenario: § 25 Abs. 1 S. 1 AufenthG Stand 2021 – auch die noch nicht unanfechtbare Anerkennung genügt
    Angenommen der Stichtag "2022-01-01"
    Und die Merkmale:
      | Merkmal                                                             | Wert |
      | unanfechtbar als Asylberechtigter nach Art. 16a Abs. 1 GG anerkannt | nein |
      | Anerkennung als Asylberechtigter noch nicht unanfechtbar            | ja   |
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "Stand 2021"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "nicht mehr im Wortlaut"

  @aufenthg_25_1_s1_2021 @aufenthg_25_1_s1_2012
  Szenario: § 25 Abs. 1 S. 1 AufenthG – ob am 01.01.2017 die anfechtbare Anerkennung genügte, folgt aus den Quellen nicht
    Angenommen der Stichtag "01.01.2017"
    Und die Merkmale:
      | Merkmal                                                             | Wert |
      | unanfechtbar als Asylberechtigter nach Art. 16a Abs. 1 GG anerkannt | nein |
      | Anerkennung als Asylberechtigter noch nicht unanfechtbar            | ja   |
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die Begründung enthält "folgt aus den Quellen nicht"

  @aufenthg_25_1_s1_2021
  Szenario: § 25 Abs. 1 S. 1 AufenthG – dem unanfechtbar anerkannten Asylberechtigten ist am 01.01.2017 nach beiden Fassungen zu erteilen
    Angenommen der Stichtag "01.01.2017"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "folgt aus den Quellen nicht"

  # ------------------------------------------------------------ Die Fassungen im Einzelnen (Wortlaut und README)

  @aufenthg_25_1_s1_2012 @aufenthg_25_1_s1_2021
  Szenariogrundriss: § 25 Abs. 1 S. 1 AufenthG – am <stichtag> ist die Aufenthaltserlaubnis zu erteilen
    Angenommen der Stichtag "<stichtag>"
    Und das Merkmal "unanfechtbar als Asylberechtigter nach Art. 16a Abs. 1 GG anerkannt" ist "<anerk>"
    Und das Merkmal "Familienasyl unanfechtbar gewährt" ist "<fam>"
    Und das Merkmal "Anerkennung als Asylberechtigter noch nicht unanfechtbar" ist "<anf>"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "<neu>"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen

    Beispiele:
      | stichtag   | anerk | fam  | anf  | neu  |
      | 01.01.2016 | ja    | nein | nein | nein |
      | 01.01.2016 | nein  | ja   | nein | nein |
      | 2022-01-01 | ja    | nein | nein | nein |
      | 2022-01-01 | nein  | ja   | nein | nein |

  @aufenthg_25_1_s1_2012 @aufenthg_25_1_s1_2021
  Szenariogrundriss: § 25 Abs. 1 S. 1 AufenthG – ohne Anerkennung ist am <stichtag> der Tatbestand nicht erfüllt
    Angenommen der Stichtag "<stichtag>"
    Und das Merkmal "unanfechtbar als Asylberechtigter nach Art. 16a Abs. 1 GG anerkannt" ist "<anerk>"
    Und das Merkmal "Familienasyl unanfechtbar gewährt" ist "<fam>"
    Und das Merkmal "Anerkennung als Asylberechtigter noch nicht unanfechtbar" ist "<anf>"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "<neu>"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

    Beispiele:
      | stichtag   | anerk | fam  | anf  | neu  |
      | 01.01.2016 | nein  | nein | ja   | nein |
      | 2022-01-01 | nein  | nein | nein | nein |

  @aufenthg_25_1_s2_2021
  Szenario: § 25 Abs. 1 S. 2 AufenthG Stand 2021 – die Ausweisung wegen eines besonders schwerwiegenden Ausweisungsinteresses schließt aus
    Angenommen der Stichtag "2022-01-01"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "ja"
    Wenn "§ 25 Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Nebenfolge "Bescheinigung" enthält "§ 60a Abs. 4"
