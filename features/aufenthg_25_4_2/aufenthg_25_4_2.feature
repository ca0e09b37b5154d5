# language: de
# Abnahmeszenarien zu § 25 Abs. 4 S. 2 AufenthG nach der VwV-AufenthG vom 26.10.2009,
# Nr. 25.4.2.1 bis 25.4.2.8, und WD 2024, Abschnitt 5.
# Jede Erwartung folgt aus dem Text der Quellen; der Grundfall
# (beispiele/aussergewoehnliche_haerte.yaml) ist eine Ausländerin mit Aufenthaltserlaubnis,
# deren deutsche Mutter plötzlich pflegebedürftig geworden ist und dauerhaft von ihr betreut
# werden muss (Ergebnis: kann verlängert werden).

@norm_25_4_2
Funktionalität: § 25 Abs. 4 S. 2 AufenthG – Verlängerung der Aufenthaltserlaubnis bei außergewöhnlicher Härte

  Grundlage:
    Angenommen der Grundfall "beispiele/aussergewoehnliche_haerte.yaml"

  # ------------------------------------------------------------ VwV 25.4.2.2 / 25.4.2.3 / WD 2024, Abschnitt 5

  @vwv_25_4_2_3 @wd_5
  Szenario: VwV 25.4.2.3 – im Grundfall kann die Aufenthaltserlaubnis nach Ermessen verlängert werden
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "§ 25 Abs. 4 S. 2 AufenthG"
    Und die Begründung nennt "VwV 25.4.2.3"
    Und die Begründung nennt "WD 2024, Abschnitt 5"
    Und es fehlt kein Merkmal

  @vwv_25_4_2_2
  Szenario: VwV 25.4.2.2 – ohne Aufenthaltserlaubnis oder Fiktionsbescheinigung ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "im Besitz einer Aufenthaltserlaubnis oder Fiktionsbescheinigung nach § 81 Abs. 4" ist "nein"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.2"

  @vwv_25_4_2_2
  Szenario: VwV 25.4.2.2 – wer sich nicht im Bundesgebiet aufhält, erfüllt den Tatbestand nicht
    Angenommen das Merkmal "im Bundesgebiet" ist "nein"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.2"

  @vwv_25_4_2_1
  Szenario: VwV 25.4.2.1 – Satz 2 ist unabhängig von Satz 1: auch ein auf Dauer angelegter Aufenthalt kann verlängert werden
    Angenommen das Merkmal "Daueraufenthalt angestrebt" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "VwV 25.4.2.2"

  @vwv_25_4_2_1
  Szenario: VwV 25.4.2.1 – auch wenn eine andere Behörde die Verlängerung ausgeschlossen hat; mit ihr ist das Benehmen herzustellen
    Angenommen das Merkmal "Verlängerung von einer anderen Ausländerbehörde durch Nebenbestimmung ausgeschlossen" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Nebenfolge "Benehmen" enthält "Benehmen"
    Und die Begründung nennt "VwV 25.4.2.3"

  @vwv_25_4_2_1
  Szenario: VwV 25.4.2.1 – hat keine andere Behörde die Verlängerung ausgeschlossen, ist kein Benehmen herzustellen
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und es gibt keine Nebenfolge "Benehmen"
    Und die Begründung nennt "VwV 25.4.2.3"

  # ------------------------------------------------------------ VwV 25.4.2.4.1: außergewöhnliche Härte

  @vwv_25_4_2_4_1
  Szenariogrundriss: VwV 25.4.2.4.1 – plötzlich pflegebedürftiger Angehöriger, der <status> ist
    Angenommen das Merkmal "pflegebedürftiger Angehöriger ist Deutscher" ist "<deutsch>"
    Und das Merkmal "pflegebedürftiger Angehöriger hält sich als Ausländer dauerhaft rechtmäßig im Bundesgebiet auf" ist "<dauerhaft>"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "VwV 25.4.2.4.1"

    Beispiele:
      | status                                              | deutsch | dauerhaft |
      | Deutscher                                           | ja      | nein      |
      | Ausländer mit dauerhaft rechtmäßigem Aufenthalt     | nein    | ja        |

  @vwv_25_4_2_4_1
  Szenario: VwV 25.4.2.4.1 – ein pflegebedürftiger Angehöriger, der weder Deutscher ist noch sich dauerhaft rechtmäßig hier aufhält, begründet keine Härte
    Angenommen das Merkmal "pflegebedürftiger Angehöriger ist Deutscher" ist "nein"
    Und das Merkmal "pflegebedürftiger Angehöriger hält sich als Ausländer dauerhaft rechtmäßig im Bundesgebiet auf" ist "nein"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.4.1"

  @vwv_25_4_2_4_1
  Szenario: VwV 25.4.2.4.1 – ohne Notwendigkeit dauerhafter Betreuung begründet ein Angehöriger keine Härte
    Angenommen das Merkmal "dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig" ist "nein"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.4.1"

  @vwv_25_4_2_4_1
  Szenariogrundriss: VwV 25.4.2.4.1 – individuelle Sondersituation: <merkmal>
    Angenommen das Merkmal "dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig" ist "nein"
    Und das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "VwV 25.4.2.4.1"

    Beispiele:
      | merkmal                                                              |
      | außergewöhnlich schweres Schicksal im Falle der Ausreise             |
      | sonstige besondere Verpflichtung gegenüber im Bundesgebiet lebenden Personen |
      | sonstige individuelle Sondersituation                                |

  @vwv_25_4_2_4_1
  Szenario: VwV 25.4.2.4.1 – wäre die Aufenthaltsbeendigung nicht unvertretbar, liegt keine außergewöhnliche Härte vor
    Angenommen das Merkmal "Aufenthaltsbeendigung unvertretbar und konkret-individuelle Belange erheblich beeinträchtigt" ist "nein"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.4.1"

  @vwv_25_4_2_4_1
  Szenario: VwV 25.4.2.4.1 – ist offen, ob die Aufenthaltsbeendigung unvertretbar wäre, ist das Ergebnis offen
    Angenommen das Merkmal "Aufenthaltsbeendigung unvertretbar und konkret-individuelle Belange erheblich beeinträchtigt" ist unbekannt
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "ermessen, nicht erfüllt"
    Und es fehlen genau die Merkmale:
      | Aufenthaltsbeendigung unvertretbar und konkret-individuelle Belange erheblich beeinträchtigt |
    Und die Begründung nennt "VwV 25.4.2.4.1"

  # ------------------------------------------------------------ VwV 25.4.2.4.1: Verwurzelung

  @vwv_25_4_2_4_1
  # Berichtigt: Die Kriterien der VwV 25.4.2.4.1 sind Gewichte; verwurzelt ist, wen die Gesamtabwägung
  # („zu ermitteln, zu gewichten und … abzuwägen“) so sieht.
  Szenario: VwV 25.4.2.4.1 – ein in Deutschland aufgewachsener, beruflich und sozial verwurzelter Ausländer
    Angenommen die Merkmale:
      | Merkmal                                                                       | Wert |
      | dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig  | nein |
      | in Deutschland aufgewachsen                                                   | ja   |
      | lange Dauer des bisherigen Aufenthalts                                        | ja   |
      | Verwurzelung in Deutschland nach Gesamtabwägung                               | ja   |
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "VwV 25.4.2.4.1"
    Und die Ermessenskriterien nennen "Art. 8 EMRK"
    Und die Ermessenskriterien nennen "Verhältnismäßigkeit"
    Und die Ermessenskriterien nennen "nur oder bevorzugt in Deutschland"

  # Berichtigt: VwV 25.4.2.4.1 verlangt, die Verwurzelung „zu ermitteln, zu gewichten und mit den
  # Gründen, die für eine Aufenthaltsbeendigung sprechen, abzuwägen“. Ein einzelnes Kriterium
  # beendet die Prüfung nicht; es fehlt an der Verwurzelung, wenn auch die Gesamtabwägung sie verneint.
  @vwv_25_4_2_4_1
  Szenariogrundriss: VwV 25.4.2.4.1 – keine Verwurzelung, wenn <umstand> und die Gesamtabwägung die Verwurzelung verneint
    Angenommen die Merkmale:
      | Merkmal                                                                       | Wert |
      | dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig  | nein |
      | in Deutschland aufgewachsen                                                   | ja   |
      | lange Dauer des bisherigen Aufenthalts                                        | ja   |
      | Verwurzelung in Deutschland nach Gesamtabwägung                               | nein |
    Und das Merkmal "<merkmal>" ist "<wert>"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.4.1"

    Beispiele:
      | umstand                                                       | merkmal                                                                                  | wert |
      | die Legitimität des Aufenthalts durch Täuschung belastet ist  | Täuschung über Identität oder Staatsangehörigkeit                                        | ja   |
      | die Legitimität des Aufenthalts sonst belastet ist            | sonstige Belastung der Legitimität des Aufenthalts                                       | ja   |
      | der Lebensunterhalt nicht dauerhaft gesichert ist             | Lebensunterhalt für sich und die Familie durch Berufstätigkeit dauerhaft gesichert       | nein |
      | er lange Sozialleistungen bezogen hat                         | lang anhaltender Bezug öffentlicher Sozialleistungen in der Vergangenheit                | ja   |
      | Bindungen außerhalb der Kernfamilie fehlen                    | soziale Bindungen außerhalb der Kernfamilie                                              | nein |
      | das Zusammenleben mit ausgereisten Familienmitgliedern zumutbar ist | Zusammenleben mit bereits ausgereisten Familienmitgliedern im Herkunftsland möglich und zumutbar | ja |
      | er nicht in Deutschland aufgewachsen ist                      | in Deutschland aufgewachsen                                                              | nein |

  # ------------------------------------------------------------ VwV 25.4.2.4.2 bis 25.4.2.4.4: keine außergewöhnliche Härte

  @vwv_25_4_2_4_4
  Szenariogrundriss: VwV 25.4.2.4.4 – regelmäßig keine außergewöhnliche Härte: <merkmal>
    Angenommen das Merkmal "dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig" ist "nein"
    Und das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.4.4"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

    Beispiele:
      | merkmal                                               |
      | Arbeitsstelle in Aussicht                             |
      | Ausbildungsaufenthalt endet vor Abschluss der Prüfung |
      | keine Erwerbsmöglichkeiten im Zielstaat               |

  @vwv_25_4_2_4_2
  Szenario: VwV 25.4.2.4.2 – eine Arbeitsstelle in Aussicht trägt die Härte nicht
    Angenommen das Merkmal "dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig" ist "nein"
    Und das Merkmal "Arbeitsstelle in Aussicht" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.4.2"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_4_2_4_4
  Szenario: VwV 25.4.2.4.4 – eine Arbeitsstelle in Aussicht schadet einer bestehenden Härte nicht
    Angenommen das Merkmal "Arbeitsstelle in Aussicht" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "VwV 25.4.2.4.1"

  @vwv_25_4_2_4_3
  Szenario: VwV 25.4.2.4.3 – allgemeine Verhältnisse im Heimatstaat begründen keine außergewöhnliche Härte
    Angenommen das Merkmal "dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig" ist "nein"
    Und das Merkmal "schwierige allgemeine Verhältnisse im Heimatstaat" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.4.3"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_4_2_4_2
  Szenariogrundriss: VwV 25.4.2.4.2 – nicht zum Prüfungsrahmen gehört: <merkmal>
    Angenommen das Merkmal "dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig" ist "nein"
    Und das Merkmal "<merkmal>" ist "<wert>"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.4.2"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

    Beispiele:
      | merkmal                                             | wert             |
      | Verfolgungsgründe nach § 60 Abs. 1 S. 1             | ja               |
      | festgestelltes Abschiebungsverbot                   | § 60 Abs. 5      |
      | festgestelltes Abschiebungsverbot                   | § 60 Abs. 2      |
      | zielstaatsbezogene Gefahr im Herkunftsland          | ja               |
      | Gesichtspunkte der Härtefallklausel des § 31 Abs. 2 | ja               |

  @vwv_25_4_2_4_2
  Szenariogrundriss: VwV 25.4.2.4.2 – Gründe für § 25 Abs. 4 S. 1 (<merkmal>) begründen keine außergewöhnliche Härte
    Angenommen das Merkmal "dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig" ist "nein"
    Und das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.2.4.2"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

    Beispiele:
      | merkmal                                                                                                                      |
      | im letzten Schul- oder Ausbildungsjahr                                                                                       |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist |

  # ------------------------------------------------------------ VwV 25.4.2.3: allgemeine Vorschriften und Ermessen

  @vwv_25_4_2_3
  Szenario: VwV 25.4.2.3 – das Einreise- und Aufenthaltsverbot nach § 11 ist anwendbar
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht verlängert werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"
    Und die Begründung enthält "steht entgegen"
    Und es gibt keine Nebenfolge "Geltungsdauer"

  @vwv_25_4_2_3
  Szenario: VwV 25.4.2.3 – nach offensichtlich unbegründetem Asylantrag darf vor der Ausreise nicht verlängert werden
    Angenommen das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht verlängert werden
    Und die Begründung nennt "§ 10 Abs. 3 AufenthG"

  @vwv_25_4_2_3
  Szenario: VwV 25.4.2.3 – sind die allgemeinen Erteilungsvoraussetzungen nicht erfüllt, kann nach Ermessen abgewichen werden
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "§ 5 Abs. 3 S. 2 AufenthG"
    Und die Begründung nennt "VwV 25.4.2.3"
    Und die Begründung enthält "nach Ermessen abweichend"

  @vwv_25_4_2_3
  Szenario: VwV 25.4.2.3 – von § 5 Abs. 4 darf nicht abgewichen werden
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht verlängert werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  @vwv_25_4_2_3
  Szenario: VwV 25.4.2.3 – im Ermessen ist zu berücksichtigen, dass die Vorschrift für Ausnahmefälle reserviert ist
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Ermessenskriterien nennen "Ausnahmefälle"
    Und die Begründung nennt "VwV 25.4.2.3"

  # ------------------------------------------------------------ VwV 25.4.2.6 bis 25.4.2.8, WD 2024: Nebenfolgen

  @vwv_25_4_2_6
  Szenario: VwV 25.4.2.6 – Verlängerung für längstens drei Jahre; Verfestigung nach § 26 Abs. 4 möglich; Erlöschen mit Asylantrag
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Nebenfolge "Geltungsdauer" enthält "§ 7 Abs. 2 S. 1"
    Und die Nebenfolge "Geltungsdauer" enthält "drei Jahre"
    Und die Nebenfolge "Aufenthaltsverfestigung" enthält "§ 26 Abs. 4 möglich"
    Und die Nebenfolge "Erlöschen" enthält "§ 51 Abs. 1 Nr. 8"
    Und die Begründung nennt "§ 25 Abs. 4 S. 2 AufenthG"

  @vwv_25_4_2_7
  Szenario: VwV 25.4.2.7 – kein Familiennachzug; Angehörige können die Erlaubnis in eigener Person erhalten
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Nebenfolge "Familiennachzug" enthält "nicht gewährt"
    Und die Nebenfolge "Familiennachzug" enthält "§ 29 Abs. 3 S. 3"
    Und die Nebenfolge "Familiennachzug" enthält "in eigener Person"
    Und die Begründung nennt "VwV 25.4.2.3"

  @vwv_25_4_2_8 @wd_5
  Szenario: VwV 25.4.2.8 – Erwerbstätigkeit nach § 21 Abs. 6 bzw. § 39 Abs. 3; zuständig ist die Ausländerbehörde (WD 2024, Abschnitt 5)
    Angenommen der Stichtag "01.05.2012"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 21 Abs. 6"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 39 Abs. 3"
    Und die Nebenfolge "Zuständigkeit" enthält "Ausländerbehörde"
    Und gilt die Fassung "Stand 2012"
    Und die Begründung nennt "VwV 25.4.2.8"

  @wd_7 @aufenthg_25_4_s3_2021
  Szenario: WD 2024, Abschnitt 7; § 25 Abs. 4 S. 3 AufenthG, Stand 2021 – seit dem Fachkräfteeinwanderungsgesetz ist die Erwerbstätigkeit erschwert (§ 25 Abs. 4 S. 2)
    Angenommen der Stichtag "2024-06-30"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und gilt die Fassung "Stand 2021"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "Fachkräfteeinwanderungsgesetz"
    Und die Begründung nennt "WD 2024, Abschnitt 7"

  # ------------------------------------------------------------ VwV 25.4.2.4.1: Verwurzelung als Abwägung

  @vwv_25_4_2_4_1
  Szenariogrundriss: VwV 25.4.2.4.1 – <umstand> allein beendet die Prüfung nicht; bejaht die Gesamtabwägung die Verwurzelung, kann verlängert werden
    Angenommen die Merkmale:
      | Merkmal                                                                       | Wert |
      | dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig  | nein |
      | in Deutschland aufgewachsen                                                   | ja   |
      | lange Dauer des bisherigen Aufenthalts                                        | ja   |
      | Verwurzelung in Deutschland nach Gesamtabwägung                               | ja   |
    Und das Merkmal "<merkmal>" ist "<wert>"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und die Begründung nennt "VwV 25.4.2.4.1"
    Und die Ermessenskriterien nennen "außerhalb der Kernfamilie"

    Beispiele:
      | umstand                                    | merkmal                                                                                  | wert |
      | ein Fehlen sozialer Bindungen              | soziale Bindungen außerhalb der Kernfamilie                                              | nein |
      | ein früherer langer Sozialleistungsbezug   | lang anhaltender Bezug öffentlicher Sozialleistungen in der Vergangenheit                | ja   |
      | ein zumutbares Zusammenleben im Herkunftsland | Zusammenleben mit bereits ausgereisten Familienmitgliedern im Herkunftsland möglich und zumutbar | ja |

  @vwv_25_4_2_4_1
  Szenario: VwV 25.4.2.4.1 – fehlt ein Kriterium und ist die Gesamtabwägung noch nicht getroffen, ist das Ergebnis offen
    Angenommen die Merkmale:
      | Merkmal                                                                       | Wert      |
      | dauerhafte Betreuung eines plötzlich pflegebedürftigen Angehörigen notwendig  | nein      |
      | in Deutschland aufgewachsen                                                   | ja        |
      | lange Dauer des bisherigen Aufenthalts                                        | ja        |
      | soziale Bindungen außerhalb der Kernfamilie                                   | nein      |
      | Verwurzelung in Deutschland nach Gesamtabwägung                               | unbekannt |
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und es fehlt das Merkmal "Verwurzelung in Deutschland nach Gesamtabwägung"

  # ------------------------------------------------------------ Fassungen (Quellen-README: 01.03.2020)

  @vwv_25_4_2_8 @aufenthg_25_4_s2_2012
  Szenario: VwV 25.4.2.8; § 25 Abs. 4 AufenthG, Stand 2012 – am 29.02.2020 gilt noch der Verweis auf § 21 Abs. 6 bzw. § 39 Abs. 3
    Angenommen der Stichtag "29.02.2020"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und gilt die Fassung "Stand 2012"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 39 Abs. 3"

  @aufenthg_25_4_s3_2021
  Szenario: § 25 Abs. 4 S. 3 AufenthG, Stand 2021 – ab 01.03.2020 kann die Erwerbstätigkeit nach § 4a Abs. 1 erlaubt werden
    Angenommen der Stichtag "01.03.2020"
    Wenn "§ 25 Abs. 4 S. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis verlängert werden
    Und gilt die Fassung "Stand 2021"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 4a Abs. 1"
