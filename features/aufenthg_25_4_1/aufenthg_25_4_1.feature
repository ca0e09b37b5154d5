# language: de
# Abnahmeszenarien zu § 25 Abs. 4 S. 1 AufenthG nach der VwV-AufenthG vom 26.10.2009,
# Nr. 25.4.1.1 bis 25.4.1.12, und WD 2024, Abschnitt 5.
# Jede Erwartung folgt aus dem Text der Quellen; der Grundfall
# (beispiele/vorübergehender_aufenthalt.yaml) ist ein nicht vollziehbar ausreisepflichtiger
# Ausländer, der seit acht Monaten rechtmäßig hier ist und eine ärztliche Behandlung abschließen
# muss, die im Herkunftsland nicht ausreichend gewährleistet ist (Ergebnis: kann).

@norm_25_4_1
Funktionalität: § 25 Abs. 4 S. 1 AufenthG – Aufenthaltserlaubnis für einen vorübergehenden Aufenthalt

  Grundlage:
    Angenommen der Grundfall "beispiele/vorübergehender_aufenthalt.yaml"

  # ------------------------------------------------------------ VwV 25.4.1.1 / 25.4.1.3 / WD 2024, Abschnitt 5

  @vwv_25_4_1_3 @wd_5
  Szenario: VwV 25.4.1.3 – im Grundfall entscheidet die Ausländerbehörde nach Ermessen
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25 Abs. 4 S. 1 AufenthG"
    Und die Begründung nennt "VwV 25.4.1.3"
    Und die Begründung nennt "WD 2024, Abschnitt 5"
    Und es fehlt kein Merkmal

  @vwv_25_4_1_1
  Szenario: VwV 25.4.1.1 – wer vollziehbar ausreisepflichtig ist, erfüllt den Tatbestand nicht
    Angenommen das Merkmal "vollziehbar ausreisepflichtig" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.1"

  @vwv_25_4_1_1 @wd_5
  Szenario: VwV 25.4.1.1 – wer sich nicht bereits im Bundesgebiet befindet, erfüllt den Tatbestand nicht (WD 2024, Abschnitt 5)
    Angenommen das Merkmal "im Bundesgebiet" ist "nein"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.1"
    Und die Begründung nennt "WD 2024, Abschnitt 5"

  # ------------------------------------------------------------ VwV 25.4.1.5: nur vorübergehender Aufenthalt

  @vwv_25_4_1_5
  Szenariogrundriss: VwV 25.4.1.5 – wer einen <art> begehrt, kann keine Aufenthaltserlaubnis nach Satz 1 erhalten
    Angenommen das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.5"

    Beispiele:
      | art                                | merkmal                                         |
      | Daueraufenthalt                    | Daueraufenthalt angestrebt                      |
      | zeitlich nicht absehbaren Aufenthalt | zeitlich nicht absehbarer Aufenthalt angestrebt |

  # ------------------------------------------------------------ VwV 25.4.1.6.1: dringende humanitäre oder persönliche Gründe

  @vwv_25_4_1_6_1
  Szenariogrundriss: VwV 25.4.1.6.1 – <merkmal> ist ein dringender humanitärer oder persönlicher Grund
    Angenommen das Merkmal "Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist" ist "nein"
    Und das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.6.1"

    Beispiele:
      | merkmal                                                                                                                      |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist |
      | vorübergehende Betreuung erkrankter Familienangehöriger                                                                      |
      | Teilnahme an einer Beisetzung                                                                                                |
      | dringende Regelungen im Zusammenhang mit dem Todesfall eines Angehörigen                                                     |
      | als Zeuge in einem Gerichtsverfahren benötigt                                                                                |
      | sonstige gewichtige persönliche Angelegenheit                                                                                |
      | im letzten Schul- oder Ausbildungsjahr                                                                                       |
      | sonst kurz vor dem angestrebten Schul- oder Ausbildungsabschluss                                                            |

  @vwv_25_4_1_6_1 @wd_5
  Szenario: VwV 25.4.1.6.1 – der Abschluss einer ärztlichen Behandlung ist auch nach WD 2024, Abschnitt 5, ein dringender Grund
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.6.1"
    Und die Begründung nennt "WD 2024, Abschnitt 5"

  @vwv_25_4_1_6_1
  Szenario: VwV 25.4.1.6.1 – als Verfahrenspartei genügt die Teilnahme an der Verhandlung, wenn die Umstände des Einzelfalles sie gebieten
    Angenommen die Merkmale:
      | Merkmal                                                                                                                          | Wert |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist | nein |
      | Teilnahme an einer Gerichtsverhandlung als Verfahrenspartei                                                                      | ja   |
      | persönliche Anwesenheit als Verfahrenspartei nach den Umständen des Einzelfalles geboten                                         | ja   |
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.6.1"

  @vwv_25_4_1_6_1
  Szenario: VwV 25.4.1.6.1 – als Verfahrenspartei genügt die Teilnahme nicht, wenn die Umstände des Einzelfalles sie nicht gebieten
    Angenommen die Merkmale:
      | Merkmal                                                                                                                          | Wert |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist | nein |
      | Teilnahme an einer Gerichtsverhandlung als Verfahrenspartei                                                                      | ja   |
      | persönliche Anwesenheit als Verfahrenspartei nach den Umständen des Einzelfalles geboten                                         | nein |
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.6.1"

  @vwv_25_4_1_6_1
  Szenario: VwV 25.4.1.6.1 – eine Ausbildung, deren Abschluss noch nicht kurz bevorsteht, ist kein dringender Grund
    Angenommen die Merkmale:
      | Merkmal                                                                                                                          | Wert |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist | nein |
      | im letzten Schul- oder Ausbildungsjahr                                                                                           | nein |
      | sonst kurz vor dem angestrebten Schul- oder Ausbildungsabschluss                                                                 | nein |
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.6.1"

  @vwv_25_4_1_4 @vwv_25_4_1_6_1
  Szenario: VwV 25.4.1.4 – eine sonstige auf die Person bezogene Sondersituation im Inland ist ein dringender Grund
    Angenommen das Merkmal "Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist" ist "nein"
    Und das Merkmal "sonstiger dringender humanitärer oder persönlicher Grund" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.4"

  # ------------------------------------------------------------ VwV 25.4.1.6.2: regelmäßig keine dringenden Gründe

  @vwv_25_4_1_6_2
  Szenariogrundriss: VwV 25.4.1.6.2 – <merkmal> allein ist regelmäßig kein dringender Grund
    Angenommen das Merkmal "Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist" ist "nein"
    Und das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.6.2"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

    Beispiele:
      | merkmal                                                                                                          |
      | Integration in die deutschen Lebensverhältnisse                                                                  |
      | Aufenthaltserlaubnis zu einem anderen Zweck erloschen, weil ihre Voraussetzungen entfallen sind                  |
      | Absicht, eine Aufenthaltserlaubnis zu einem anderen Zweck zu beantragen, deren Voraussetzungen noch nicht erfüllt sind |
      | gerichtliche Durchsetzung von Ansprüchen                                                                         |
      | Durchführung eines Vaterschaftsanfechtungsprozesses                                                              |
      | Petitionsverfahren zur Fortsetzung des Aufenthalts                                                               |

  @vwv_25_4_1_6_2 @vwv_25_4_1_6_1
  Szenario: VwV 25.4.1.6.2 – „siehe aber Nummer 25.4.1.6.1“: gebieten die Umstände die Teilnahme als Partei, zählt sie trotz Prozessführung
    Angenommen die Merkmale:
      | Merkmal                                                                                                                          | Wert |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist | nein |
      | gerichtliche Durchsetzung von Ansprüchen                                                                                         | ja   |
      | Teilnahme an einer Gerichtsverhandlung als Verfahrenspartei                                                                      | ja   |
      | persönliche Anwesenheit als Verfahrenspartei nach den Umständen des Einzelfalles geboten                                         | ja   |
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.6.1"

  @vwv_25_4_1_6_2
  Szenario: VwV 25.4.1.6.2 – gute Integration schadet einem bestehenden dringenden Grund nicht
    Angenommen das Merkmal "Integration in die deutschen Lebensverhältnisse" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.6.1"

  # ------------------------------------------------------------ VwV 25.4.1.6.3: erhebliche öffentliche Interessen

  @vwv_25_4_1_6_3
  Szenariogrundriss: VwV 25.4.1.6.3 – erhebliches öffentliches Interesse: <merkmal>
    Angenommen das Merkmal "Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist" ist "nein"
    Und das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.6.3"

    Beispiele:
      | merkmal                                                                                      |
      | als Zeuge in einem Verwaltungsverfahren benötigt                                             |
      | vorübergehende Zusammenarbeit mit deutschen Behörden bei der Ermittlung von Straftaten       |
      | in einem Zeugenschutzprogramm                                                                |
      | sicherheitspolitische Interessen deutscher Sicherheitsbehörden an der Fortsetzung des Aufenthalts |
      | außenpolitische Interessen an der Fortsetzung des Aufenthalts                                |
      | sportpolitische Interessen an der Fortsetzung des Aufenthalts                                |
      | sonstige politische Interessen der Bundesrepublik Deutschland an der Fortsetzung des Aufenthalts |
      | sonstiges erhebliches öffentliches Interesse an der vorübergehenden Anwesenheit              |

  @vwv_25_4_1_6_3 @vwv_25_4_1_6_1
  Szenario: VwV 25.4.1.6.3 – wer als Zeuge in einem Gerichtsverfahren benötigt wird, erfüllt den Tatbestand (zugleich VwV 25.4.1.6.1)
    # Derselbe Umstand ist persönlicher Grund (VwV 25.4.1.6.1) und öffentliches Interesse
    # (VwV 25.4.1.6.3). Die Begründung nennt nur den zuerst geprüften Grund; siehe zu_klaeren.txt.
    Angenommen das Merkmal "Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist" ist "nein"
    Und das Merkmal "als Zeuge in einem Gerichtsverfahren benötigt" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.6.1"

  @vwv_25_4_1_6_3
  Szenario: VwV 25.4.1.6.3 – ohne dringenden Grund und ohne öffentliches Interesse ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist" ist "nein"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.6.1"
    Und die Begründung nennt "VwV 25.4.1.6.3"

  # ------------------------------------------------------------ VwV 25.4.1.4: nur inlandsbezogene Gründe

  @vwv_25_4_1_4
  Szenariogrundriss: VwV 25.4.1.4 – ein zielstaatsbezogener Grund (<merkmal>) ist nicht erheblich
    Angenommen das Merkmal "Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist" ist "nein"
    Und das Merkmal "<merkmal>" ist "<wert>"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.4"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

    Beispiele:
      | merkmal                                                                | wert             |
      | zielstaatsbezogene Gefahr im Herkunftsland                             | ja               |
      | festgestelltes Abschiebungsverbot                                      | § 60 Abs. 7 S. 1 |
      | keine Erwerbsmöglichkeiten im Zielstaat                                | ja               |
      | keine entsprechenden Ausbildungs- und Berufsmöglichkeiten im Zielstaat | ja               |

  @vwv_25_4_1_4
  Szenario: VwV 25.4.1.4 – ein sonstiger Grund, der nicht inlandsbezogen ist, kommt nicht in Frage
    Angenommen die Merkmale:
      | Merkmal                                                                                                                          | Wert |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist | nein |
      | sonstiger dringender humanitärer oder persönlicher Grund                                                                         | ja   |
      | geltend gemachte humanitäre oder persönliche Gründe inlandsbezogen                                                               | nein |
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.4"

  @vwv_25_4_1_4
  Szenario: VwV 25.4.1.4 – eine zielstaatsbezogene Gefahr neben einem inlandsbezogenen Grund schadet nicht
    Angenommen das Merkmal "zielstaatsbezogene Gefahr im Herkunftsland" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.4"

  # ------------------------------------------------------------ VwV 25.4.1.7: nicht im Ausland erreichbar

  @vwv_25_4_1_7
  Szenario: VwV 25.4.1.7 – lässt sich das Ziel zumutbar im Ausland erreichen, erfordert es den Aufenthalt nicht
    Angenommen das Merkmal "Ziel des weiteren Aufenthalts in zumutbarer Weise im Ausland erreichbar" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.7"

  @vwv_25_4_1_7 @vwv_25_4_1_6_3
  Szenario: VwV 25.4.1.7 – auch ein öffentliches Interesse erfordert den Aufenthalt nicht, wenn das Ziel im Ausland erreichbar ist
    Angenommen die Merkmale:
      | Merkmal                                                                                                                          | Wert |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist | nein |
      | als Zeuge in einem Verwaltungsverfahren benötigt                                                                                 | ja   |
      | Ziel des weiteren Aufenthalts in zumutbarer Weise im Ausland erreichbar                                                          | ja   |
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.4.1.7"

  @vwv_25_4_1_7
  Szenario: VwV 25.4.1.7 – ist offen, ob das Ziel im Ausland erreichbar ist, ist das Ergebnis offen
    Angenommen das Merkmal "Ziel des weiteren Aufenthalts in zumutbarer Weise im Ausland erreichbar" ist unbekannt
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "ermessen, nicht erfüllt"
    Und es fehlen genau die Merkmale:
      | Ziel des weiteren Aufenthalts in zumutbarer Weise im Ausland erreichbar |
    Und die Begründung nennt "VwV 25.4.1.7"

  # ------------------------------------------------------------ VwV 25.4.1.2 / 25.4.1.3: allgemeine Vorschriften

  @vwv_25_4_1_3
  Szenario: VwV 25.4.1.3 – das Einreise- und Aufenthaltsverbot ist zwingend zu berücksichtigen
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"
    Und die Begründung enthält "steht entgegen"
    Und es gibt keine Nebenfolge "Familiennachzug"
    Und es gibt keine Nebenfolge "Geltungsdauer"

  @vwv_25_4_1_2
  Szenario: VwV 25.4.1.2 – sind die allgemeinen Erteilungsvoraussetzungen nicht erfüllt, kann nach Ermessen abgewichen werden
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 5 Abs. 3 S. 2 AufenthG"
    Und die Begründung nennt "VwV 25.4.1.2"
    Und die Begründung enthält "nach Ermessen abweichend"
    Und die Ermessenskriterien nennen "5.3.2.1"

  @vwv_25_4_1_2
  Szenario: VwV 25.4.1.2 – von § 5 Abs. 4 darf nicht abgewichen werden
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  # ------------------------------------------------------------ VwV 25.4.1.2 / 25.4.1.6: Ermessen

  @vwv_25_4_1_2
  Szenario: VwV 25.4.1.2 – im Ermessen zählen Aufenthaltszweck, Länge des Aufenthalts, bisherige Aufenthalte und öffentliche Interessen
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Ermessenskriterien nennen "Geltend gemachter Aufenthaltszweck"
    Und die Ermessenskriterien nennen "Länge des angestrebten vorübergehenden Aufenthalts"
    Und die Ermessenskriterien nennen "Bisherige rechtmäßige Aufenthalte im Bundesgebiet"
    Und die Ermessenskriterien nennen "Öffentliche Interessen an der Anwesenheit im Bundesgebiet"
    Und die Begründung nennt "VwV 25.4.1.3"

  @vwv_25_4_1_6
  Szenario: VwV 25.4.1.6 – nur Umstände, die einen vorübergehenden Aufenthalt notwendig machen; Abwägung privater und öffentlicher Interessen
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Ermessenskriterien nennen "Daueraufenthalt abzielen, sind grundsätzlich nicht berücksichtigungsfähig"
    Und die Ermessenskriterien nennen "privaten Interessen des Ausländers mit den öffentlichen Interessen"
    Und die Ermessenskriterien nennen "Dauer des Voraufenthalts"
    Und die Ermessenskriterien nennen "Grund für die Ausreisepflicht"
    Und die Ermessenskriterien nennen "Folgen einer alsbaldigen Abschiebung"
    Und die Begründung nennt "VwV 25.4.1.3"

  # ------------------------------------------------------------ VwV 25.4.1.8 bis 25.4.1.12, WD 2024: Nebenfolgen

  @vwv_25_4_1_8
  Szenario: VwV 25.4.1.8 – nach acht Monaten rechtmäßigen Aufenthalts längstens sechs Monate
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Geltungsdauer" enthält "§ 7 Abs. 2 S. 1"
    Und die Nebenfolge "Höchstdauer" enthält "sechs Monate"
    Und die Nebenfolge "Höchstdauer" enthält "§ 26 Abs. 1 S. 1"
    Und die Begründung nennt "§ 25 Abs. 4 S. 1 AufenthG"

  @vwv_25_4_1_8
  Szenario: VwV 25.4.1.8 – bei 17 Monaten rechtmäßigen Aufenthalts gilt die Höchstdauer von sechs Monaten noch
    Angenommen das Merkmal "Dauer des bisherigen rechtmäßigen Aufenthalts im Bundesgebiet" ist "17 Monate"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Höchstdauer" enthält "sechs Monate"
    Und die Begründung nennt "VwV 25.4.1.3"

  @vwv_25_4_1_8
  Szenario: VwV 25.4.1.8 – nach mindestens 18 Monaten rechtmäßigen Aufenthalts entfällt die Höchstdauer von sechs Monaten
    Angenommen das Merkmal "Dauer des bisherigen rechtmäßigen Aufenthalts im Bundesgebiet" ist "18 Monate"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und es gibt keine Nebenfolge "Höchstdauer"
    Und die Nebenfolge "Geltungsdauer" enthält "§ 7 Abs. 2 S. 1"
    Und die Begründung nennt "VwV 25.4.1.3"

  @vwv_25_4_1_9
  Szenario: VwV 25.4.1.9 – Verlängerung nur ausnahmsweise, keine Aufenthaltsverfestigung
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Verlängerung" enthält "Nur ausnahmsweise"
    Und die Nebenfolge "Verlängerung" enthält "§ 25 Abs. 4 S. 2"
    Und die Nebenfolge "Aufenthaltsverfestigung" enthält "Nicht zuzulassen"
    Und die Nebenfolge "Aufenthaltsverfestigung" enthält "§ 26 Abs. 4 S. 1"
    Und die Begründung nennt "VwV 25.4.1.3"

  @vwv_25_4_1_10
  Szenario: VwV 25.4.1.10 – die Aufenthaltserlaubnis erlischt insbesondere mit einem Asylantrag
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Erlöschen" enthält "Asylantrag"
    Und die Nebenfolge "Erlöschen" enthält "§ 51 Abs. 1 Nr. 8"
    Und die Begründung nennt "VwV 25.4.1.3"

  @vwv_25_4_1_11 @vwv_25_4_1_12
  Szenario: VwV 25.4.1.11 – kein Familiennachzug; Erwerbstätigkeit nach § 21 Abs. 6 bzw. § 39 Abs. 3 (VwV 25.4.1.12)
    Angenommen der Stichtag "01.05.2012"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Familiennachzug" enthält "nicht gewährt"
    Und die Nebenfolge "Familiennachzug" enthält "§ 29 Abs. 3 S. 3"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 21 Abs. 6"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 39 Abs. 3"
    Und gilt die Fassung "Stand 2012"
    Und die Begründung nennt "VwV 25.4.1.3"

  @wd_7 @aufenthg_25_4_s3_2021
  Szenario: WD 2024, Abschnitt 7; § 25 Abs. 4 S. 3 AufenthG, Stand 2021 – seit dem Fachkräfteeinwanderungsgesetz ist die Erwerbstätigkeit erschwert (§ 25 Abs. 4 S. 1)
    Angenommen der Stichtag "2024-06-30"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2021"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "Fachkräfteeinwanderungsgesetz"
    Und die Nebenfolge "Familiennachzug" enthält "nicht gewährt"
    Und die Begründung nennt "WD 2024, Abschnitt 7"

  @wd_5
  Szenario: WD 2024, Abschnitt 5 – für § 25 Abs. 4 S. 1 AufenthG ist die Ausländerbehörde zuständig
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Zuständigkeit" enthält "Ausländerbehörde"
    Und die Begründung nennt "WD 2024, Abschnitt 5"

  # ------------------------------------------------------------ Allgemeine Vorschriften (Bedingungsabdeckung)

  @vwv_25_5_0 @vwv_25_4_1_2
  Szenario: VwV 25.5.0 – nach offensichtlich unbegründetem Asylantrag sperrt § 10 Abs. 3 auch § 25 Abs. 4 S. 1
    Angenommen das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 10 Abs. 3 AufenthG"

  # ------------------------------------------------------------ Fassungen (Quellen-README: 01.03.2020)
  # § 25 Abs. 4 S. 1 und 2 AufenthG sind in Stand 2012 und 2021 wortgleich; Stand 2021 fügt
  # Satz 3 an („berechtigt nicht zur Ausübung einer Erwerbstätigkeit; sie kann nach § 4a
  # Absatz 1 erlaubt werden“). § 4a kam mit dem Fachkräfteeinwanderungsgesetz (01.03.2020).

  @vwv_25_4_1_12 @aufenthg_25_4_s1_2012
  Szenario: VwV 25.4.1.12; § 25 Abs. 4 AufenthG, Stand 2012 – am 29.02.2020, dem Tag vor dem Fachkräfteeinwanderungsgesetz, gilt noch der Verweis auf § 21 Abs. 6 bzw. § 39 Abs. 3
    Angenommen der Stichtag "29.02.2020"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2012"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 21 Abs. 6"

  @aufenthg_25_4_s3_2021 @wd_7
  Szenario: § 25 Abs. 4 S. 3 AufenthG, Stand 2021 – ab 01.03.2020 berechtigt die Aufenthaltserlaubnis nicht zur Erwerbstätigkeit; sie kann nach § 4a Abs. 1 erlaubt werden
    Angenommen der Stichtag "01.03.2020"
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2021"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 4a Abs. 1"

  # ------------------------------------------------------------ Regelbeispiele sind inlandsbezogen

  @vwv_25_4_1_6_1 @vwv_25_4_1_4
  Szenariogrundriss: VwV 25.4.1.6.1 – das Regelbeispiel „<beispiel>“ ist seiner Natur nach inlandsbezogen; der Inlandsbezug muss nicht eigens festgestellt werden
    Angenommen die Merkmale:
      | Merkmal                                                                                                                          | Wert        |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist | <operation> |
      | vorübergehende Betreuung erkrankter Familienangehöriger                                                                          | <betreuung> |
      | geltend gemachte humanitäre oder persönliche Gründe inlandsbezogen                                                               | unbekannt   |
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.4.1.6.1"

    Beispiele:
      | beispiel                                                   | operation | betreuung |
      | Abschluss einer ärztlichen Behandlung                      | ja        | nein      |
      | vorübergehende Betreuung erkrankter Familienangehöriger    | nein      | ja        |

  @vwv_25_4_1_4
  Szenario: VwV 25.4.1.4 – bei einem sonstigen Grund außerhalb der Regelbeispiele bleibt der Inlandsbezug festzustellen
    Angenommen die Merkmale:
      | Merkmal                                                                                                                          | Wert      |
      | Durchführung einer Operation oder Abschluss einer ärztlichen Behandlung, die im Herkunftsland nicht ausreichend gewährleistet ist | nein      |
      | sonstiger dringender humanitärer oder persönlicher Grund                                                                         | ja        |
      | geltend gemachte humanitäre oder persönliche Gründe inlandsbezogen                                                               | unbekannt |
    Wenn "§ 25 Abs. 4 S. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und es fehlt das Merkmal "geltend gemachte humanitäre oder persönliche Gründe inlandsbezogen"
