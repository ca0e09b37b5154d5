# language: de
# Abnahmeszenarien zu § 25 Abs. 3 AufenthG nach der VwV-AufenthG vom 26.10.2009,
# Nr. 25.3.1 bis 25.3.8.4. Jede Erwartung folgt aus dem Text der Verwaltungsvorschrift.
# Der Grundfall (beispiele/abschiebungsverbot_60_5.yaml) ist ein Ausländer mit einem vom
# Bundesamt festgestellten Abschiebungsverbot nach § 60 Abs. 5, ohne Ausschlussgrund, ohne
# zumutbare Ausreise in einen Drittstaat und ohne Verstoß gegen Mitwirkungspflichten
# (Ergebnis: soll).

@norm_25_3
Funktionalität: § 25 Abs. 3 AufenthG – Aufenthaltserlaubnis bei Abschiebungsverbot nach § 60 Abs. 2 bis 7

  Grundlage:
    Angenommen der Grundfall "features/aufenthg_25_3/grundfall_60_5.yaml"
    # Die VwV vom 26.10.2009 legt den Wortlaut von 2012 aus; ihre Szenarien gelten am Stichtag
    # 01.07.2012 (Fassung „Stand 2012“). Szenarien zum Wortlaut von 2021 setzen ihren Stichtag selbst.
    Und der Stichtag "01.07.2012"

  # ------------------------------------------------------------ VwV 25.3.1 / 25.3.2: Tatbestand und Grad

  @vwv_25_3_1
  Szenario: VwV 25.3.1 – bei einem Abschiebungsverbot nach § 60 Abs. 5 soll die Aufenthaltserlaubnis erteilt werden
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25 Abs. 3 S. 1 AufenthG"
    Und die Begründung nennt "VwV 25.3.1"

  @vwv_25_3_1
  Szenario: VwV 25.3.1 – bei einem Abschiebungsverbot nach § 60 Abs. 7 S. 1 soll die Aufenthaltserlaubnis erteilt werden
    Angenommen das Merkmal "festgestelltes Abschiebungsverbot" ist "§ 60 Abs. 7 S. 1"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.2"

  @vwv_25_3_1
  Szenario: VwV 25.3.1 – ohne Abschiebungsverbot ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "festgestelltes Abschiebungsverbot" ist "keines"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25 Abs. 3 S. 1 AufenthG"
    Und die Begründung nennt "VwV 25.3.1"

  @vwv_25_3_2
  Szenariogrundriss: VwV 25.3.2 – bei einem Abschiebungsverbot nach <verbot> ist die Aufenthaltserlaubnis ausnahmslos zu erteilen
    Angenommen das Merkmal "festgestelltes Abschiebungsverbot" ist "<verbot>"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.3.2"

    Beispiele:
      | verbot           |
      | § 60 Abs. 2      |
      | § 60 Abs. 3      |
      | § 60 Abs. 7 S. 2 |

  # ------------------------------------------------------------ VwV 25.3.3.3: atypischer Fall

  @vwv_25_3_3_3 @vwv_25_3_2
  Szenariogrundriss: VwV 25.3.3.3 – <merkmal>: atypischer Fall, die Erteilung steht im Ermessen
    Angenommen das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Ermessenskriterien nennen "ob und wann ein Widerruf des Abschiebungsverbots zu erwarten ist"
    Und die Ermessenskriterien nennen "Je weniger absehbar eine Beendigung des Aufenthalts"
    Und die Begründung nennt "VwV 25.3.3.3"

    Beispiele:
      | merkmal                                                                   |
      | Widerrufsverfahren des Bundesamtes eingeleitet                            |
      | Gefährdungslage im Heimatstaat besteht offenkundig nicht mehr             |
      | Widerruf der Feststellung des Bundesamtes aus anderen Gründen zu erwarten |

  @vwv_25_3_3_3
  Szenario: VwV 25.3.3.3 – Widerrufsverfahren bei § 60 Abs. 7 S. 1: Ermessen, zur Verfahrensdauer kann das Bundesamt beteiligt werden
    Angenommen das Merkmal "festgestelltes Abschiebungsverbot" ist "§ 60 Abs. 7 S. 1"
    Und das Merkmal "Widerrufsverfahren des Bundesamtes eingeleitet" ist "ja"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Ermessenskriterien nennen "Bundesamt beteiligt werden"
    Und die Ermessenskriterien nennen "§ 73 Abs. 2"
    Und die Begründung nennt "VwV 25.3.3.3"

  @vwv_25_3_2 @vwv_25_3_3_3
  Szenariogrundriss: VwV 25.3.2 – bei § 60 Abs. 2, 3 und 7 S. 2 (hier <verbot>) begründet ein Widerrufsverfahren keinen atypischen Fall
    Angenommen das Merkmal "festgestelltes Abschiebungsverbot" ist "<verbot>"
    Und das Merkmal "Widerrufsverfahren des Bundesamtes eingeleitet" ist "ja"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.3.2"

    Beispiele:
      | verbot           |
      | § 60 Abs. 2      |
      | § 60 Abs. 3      |
      | § 60 Abs. 7 S. 2 |

  # ------------------------------------------------------------ VwV 25.3.7.1 / 25.3.7.2: Ausschlussgründe in jeder Fallgruppe

  @vwv_25_3_7_1 @vwv_25_3_7_2
  Szenariogrundriss: VwV 25.3.7.2 – der Ausschluss wegen einer Straftat von erheblicher Bedeutung ist auch bei <verbot> zwingend
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | festgestelltes Abschiebungsverbot                         | <verbot>      |
      | Totschlag                                                 | ja            |
      | Tat eigenhändig begangen                                  | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.7.2"
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 Buchst. b AufenthG"

    Beispiele:
      | verbot           |
      | § 60 Abs. 2      |
      | § 60 Abs. 3      |
      | § 60 Abs. 5      |
      | § 60 Abs. 7 S. 1 |
      | § 60 Abs. 7 S. 2 |

  @vwv_25_3_7_2 @vwv_25_3_3_3
  Szenario: VwV 25.3.7.2 – ein atypischer Fall öffnet bei einem Ausschlussgrund kein Ermessen
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | Widerrufsverfahren des Bundesamtes eingeleitet            | ja            |
      | Raub                                                      | ja            |
      | Tat eigenhändig begangen                                  | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.7.2"

  # ------------------------------------------------------------ VwV 25.3.8.1.1: Verbrechen gegen den Frieden

  @vwv_25_3_8_1_1
  Szenariogrundriss: VwV 25.3.8.1.1 – Verbrechen gegen den Frieden durch <handlung>
    Angenommen die Merkmale:
      | Merkmal                                                             | Wert          |
      | <handlung>                                                          | ja            |
      | Angriff nachhaltig und von gewissem Schweregrad                     | ja            |
      | Machtposition in einem Staat oder einer vergleichbaren Organisation | ja            |
      | Tat eigenhändig begangen                                            | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen           | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.1"
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 Buchst. a AufenthG"

    Beispiele:
      | handlung                                                                  |
      | Invasion oder Angriff durch die Streitkräfte eines Staates                |
      | militärische Besetzung                                                    |
      | Beschießung oder Bombardierung                                            |
      | Blockade der Häfen und Küsten                                             |
      | Entsendung bewaffneter Banden, Gruppen, Freischärler oder Söldner         |
      | sonstige Anwendung von Waffengewalt durch einen Staat gegen einen anderen Staat |

  @vwv_25_3_8_1_1
  Szenario: VwV 25.3.8.1.1 – ohne führende Stellung kommt ein Verbrechen gegen den Frieden nicht in Betracht
    Angenommen die Merkmale:
      | Merkmal                                                             | Wert          |
      | militärische Besetzung                                              | ja            |
      | Angriff nachhaltig und von gewissem Schweregrad                     | ja            |
      | Machtposition in einem Staat oder einer vergleichbaren Organisation | nein          |
      | Tat eigenhändig begangen                                            | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen           | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.1"

  @vwv_25_3_8_1_1
  Szenario: VwV 25.3.8.1.1 – ein Angriff, der nicht nachhaltig ist und keinen gewissen Schweregrad erreicht, ist kein Angriffskrieg
    Angenommen die Merkmale:
      | Merkmal                                                             | Wert          |
      | Blockade der Häfen und Küsten                                       | ja            |
      | Angriff nachhaltig und von gewissem Schweregrad                     | nein          |
      | Machtposition in einem Staat oder einer vergleichbaren Organisation | ja            |
      | Tat eigenhändig begangen                                            | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen           | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.1"

  # ------------------------------------------------------------ VwV 25.3.8.1.2: Kriegsverbrechen

  @vwv_25_3_8_1_2_2
  Szenariogrundriss: VwV 25.3.8.1.2.2 – Kriegsverbrechen durch <handlung> im internationalen bewaffneten Konflikt
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | internationaler bewaffneter Konflikt                      | ja            |
      | <handlung>                                                | ja            |
      | Tat eigenhändig begangen                                  | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.2.2"
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 Buchst. a AufenthG"

    Beispiele:
      | handlung                                                                                  |
      | Angriff auf Personen, die nicht mehr an den Feindseligkeiten teilnehmen                   |
      | Zwangsumsiedlung geschützter Personen aus besetzten Gebieten in das Territorium der Besatzungsmacht |
      | Plünderung                                                                                |
      | umfangreiche Zerstörung oder Aneignung ziviler Objekte ohne militärische Notwendigkeit   |
      | Zwangsrekrutierung von Kindern unter 15 Jahren in die Streitkräfte                        |
      | Anordnung, kein Pardon zu geben                                                           |
      | Anwendung verbotener Mittel der Kriegsführung                                             |

  @vwv_25_3_8_1_2_2 @vwv_25_3_8_2_2
  Szenario: VwV 25.3.8.1.2.2 und 25.3.8.2.2 – die vorsätzliche Tötung eines Zivilisten im Krieg schließt aus, schon als Straftat von erheblicher Bedeutung
    # Die „vorsätzliche Tötung einer nach dem humanitären Völkerrecht zu schützenden Person“
    # (VwV 25.3.8.1.2.2) ist ein Totschlag oder Mord; beide sind Regelbeispiele der Straftat von
    # erheblicher Bedeutung (Buchst. b, VwV 25.3.8.2.2). Ob das Opfer eine geschützte Person war,
    # ändert daher kein Ergebnis und wird nicht abgefragt.
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert |
      | internationaler bewaffneter Konflikt                      | ja   |
      | Totschlag                                                 | ja   |
      | Tat eigenhändig begangen                                  | ja   |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.2.2"
    Und es fehlt kein Merkmal

  @vwv_25_3_8_1_2_1
  Szenario: VwV 25.3.8.1.2.1 – ohne bewaffneten Konflikt ist eine Plünderung kein Kriegsverbrechen
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | internationaler bewaffneter Konflikt                      | nein          |
      | Plünderung                                                | ja            |
      | Tat eigenhändig begangen                                  | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.2.1"

  @vwv_25_3_8_1_2_1
  Szenario: VwV 25.3.8.1.2.1 – ein Bürgerkrieg organisierter Gruppen ist ein nicht-internationaler bewaffneter Konflikt
    Angenommen die Merkmale:
      | Merkmal                                                                                                | Wert          |
      | bewaffnete Auseinandersetzung zwischen Regierung und bewaffneten Gruppen oder zwischen bewaffneten Gruppen | ja        |
      | Auseinandersetzung nach Art und Intensität einem zwischenstaatlichen Krieg annähernd vergleichbar     | ja            |
      | bewaffnete Gruppen mit Befehlsstruktur ähnlich regulären Streitkräften                                 | ja            |
      | Plünderung                                                                                             | ja            |
      | Tat eigenhändig begangen                                                                               | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                                              | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.2.1"

  @vwv_25_3_8_1_2_1
  Szenariogrundriss: VwV 25.3.8.1.2.1 – <umstand> begründen keinen bewaffneten Konflikt
    Angenommen die Merkmale:
      | Merkmal                                                                                                | Wert          |
      | bewaffnete Auseinandersetzung zwischen Regierung und bewaffneten Gruppen oder zwischen bewaffneten Gruppen | ja        |
      | Auseinandersetzung nach Art und Intensität einem zwischenstaatlichen Krieg annähernd vergleichbar     | <vergleichbar> |
      | bewaffnete Gruppen mit Befehlsstruktur ähnlich regulären Streitkräften                                 | <befehl>      |
      | <umstand>                                                                                              | ja            |
      | Plünderung                                                                                             | ja            |
      | Tat eigenhändig begangen                                                                               | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                                              | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.2.1"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

    Beispiele:
      | umstand                                                                                      | vergleichbar | befehl |
      | nur gelegentliche bewaffnete Kämpfe, allgemeine Spannungen, kleinere Grenzverletzungen oder Unruhen | nein   | ja     |
      | nur lose zusammenhängende bewaffnete Banden                                                  | ja           | nein   |

  @vwv_25_3_8_1_2_3
  Szenario: VwV 25.3.8.1.2.3 – ein sonstiger schwerer Verstoß gegen das humanitäre Völkerrecht ist ein Kriegsverbrechen
    Angenommen die Merkmale:
      | Merkmal                                                     | Wert          |
      | internationaler bewaffneter Konflikt                        | ja            |
      | sonstiger schwerer Verstoß gegen das humanitäre Völkerrecht | ja            |
      | Tat eigenhändig begangen                                    | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen   | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.2.3"

  @vwv_25_3_8_1_2_3
  Szenario: VwV 25.3.8.1.2.3 – ein nicht hinreichend schwerer Verstoß gegen das humanitäre Völkerrecht ist kein Kriegsverbrechen
    Angenommen die Merkmale:
      | Merkmal                                                            | Wert          |
      | internationaler bewaffneter Konflikt                               | ja            |
      | Verstoß gegen das humanitäre Völkerrecht ohne hinreichende Schwere | ja            |
      | Tat eigenhändig begangen                                           | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen          | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.2.3"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  # ------------------------------------------------------------ VwV 25.3.8.1.3: Verbrechen gegen die Menschlichkeit

  @vwv_25_3_8_1_3_1
  Szenariogrundriss: VwV 25.3.8.1.3.1 – <handlung> als Teil eines systematischen Angriffs auf die Zivilbevölkerung
    Angenommen die Merkmale:
      | Merkmal                                                                             | Wert          |
      | Tat Teil eines ausgedehnten oder systematischen Angriffs gegen die Zivilbevölkerung | ja            |
      | <handlung>                                                                          | ja            |
      | Tat eigenhändig begangen                                                            | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                           | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.3.1"
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 Buchst. a AufenthG"

    Beispiele:
      | handlung                                                                                                |
      | Totschlag                                                                                               |
      | Menschenhandel                                                                                          |
      | völkerrechtswidrige Vertreibung einer rechtmäßig aufhältigen Person                                    |
      | Folter an Personen in Gewahrsam oder unter der Kontrolle des Täters                                    |
      | sexuelle Nötigung, Vergewaltigung oder Zwangsprostitution                                              |
      | Verschwindenlassen von Personen im Auftrag oder mit Billigung eines Staates oder einer politischen Organisation |

  @vwv_25_3_8_1_3
  Szenario: VwV 25.3.8.1.3 – eine sonstige schwere Menschenrechtsverletzung im Rahmen eines systematischen Angriffs genügt
    Angenommen die Merkmale:
      | Merkmal                                                                             | Wert          |
      | Tat Teil eines ausgedehnten oder systematischen Angriffs gegen die Zivilbevölkerung | ja            |
      | sonstige schwere Menschenrechtsverletzung                                           | ja            |
      | Tat eigenhändig begangen                                                            | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                           | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.3"

  @vwv_25_3_8_1_3
  Szenario: VwV 25.3.8.1.3 – eine isolierte Folter ohne systematischen Angriff ist kein Verbrechen gegen die Menschlichkeit
    Angenommen die Merkmale:
      | Merkmal                                                                             | Wert          |
      | Tat Teil eines ausgedehnten oder systematischen Angriffs gegen die Zivilbevölkerung | nein          |
      | Folter an Personen in Gewahrsam oder unter der Kontrolle des Täters                 | ja            |
      | Tat eigenhändig begangen                                                            | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                           | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.3"

  @vwv_25_3_8_1_3_2
  Szenario: VwV 25.3.8.1.3.2 – Völkermord ist ein Verbrechen gegen die Menschlichkeit
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | Völkermord                                                | ja            |
      | Anstiftung zur Tat                                        | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.1.3.2"

  # ------------------------------------------------------------ VwV 25.3.8.2: Straftat von erheblicher Bedeutung

  @vwv_25_3_8_2_2
  Szenariogrundriss: VwV 25.3.8.2.2 – <straftat> ist regelmäßig eine Straftat von erheblicher Bedeutung
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert        |
      | <straftat>                                                | ja          |
      | Tat eigenhändig begangen                                  | ja          |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja          |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.2.2"
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 Buchst. b AufenthG"
    Und die Nebenfolge "Bescheinigung" enthält "Aussetzung der Abschiebung"

    Beispiele:
      | straftat                 |
      | Mord                     |
      | Totschlag                |
      | Raub                     |
      | Kindesmissbrauch         |
      | Entführung               |
      | schwere Körperverletzung |
      | Brandstiftung            |
      | Drogenhandel             |

  @vwv_25_3_8_2_1
  Szenario: VwV 25.3.8.2.1 – eine Straftat der mittleren Kriminalität, die den Rechtsfrieden empfindlich stört, ist von erheblicher Bedeutung
    Angenommen die Merkmale:
      | Merkmal                                                                                         | Wert        |
      | Straftat gehört mindestens der mittleren Kriminalität an                                        | ja          |
      | Straftat stört den Rechtsfrieden empfindlich                                                    | ja          |
      | Straftat ist geeignet, das Gefühl der Rechtssicherheit der Bevölkerung erheblich zu beeinträchtigen | ja      |
      | Tat eigenhändig begangen                                                                        | ja          |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                                       | ja          |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.2.1"

  @vwv_25_3_8_2_1
  Szenario: VwV 25.3.8.2.1 – stört die Straftat den Rechtsfrieden nicht empfindlich, ist sie nicht von erheblicher Bedeutung
    Angenommen die Merkmale:
      | Merkmal                                                                                         | Wert        |
      | Straftat gehört mindestens der mittleren Kriminalität an                                        | ja          |
      | Straftat stört den Rechtsfrieden empfindlich                                                    | nein        |
      | Straftat ist geeignet, das Gefühl der Rechtssicherheit der Bevölkerung erheblich zu beeinträchtigen | nein    |
      | Tat eigenhändig begangen                                                                        | ja          |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                                       | ja          |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.2.1"

  @vwv_25_3_8_2_2
  Szenariogrundriss: VwV 25.3.8.2.2 – ein Bagatelldelikt (<delikt>) ist keine Straftat von erheblicher Bedeutung
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert        |
      | <delikt>                                                  | ja          |
      | Tat eigenhändig begangen                                  | ja          |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja          |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.2.2"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

    Beispiele:
      | delikt                          |
      | Diebstahl geringwertiger Sachen |
      | geringfügige Sachbeschädigung   |

  # ------------------------------------------------------------ VwV 25.3.8.3: Ziele und Grundsätze der Vereinten Nationen

  @vwv_25_3_8_3_2
  Szenariogrundriss: VwV 25.3.8.3.2 – ein Regierungsmitglied, dessen Handlung <feststellung>, ist ausgeschlossen
    Angenommen die Merkmale:
      | Merkmal                                                             | Wert          |
      | <feststellung>                                                      | ja            |
      | Machtposition in einem Staat oder einer vergleichbaren Organisation | ja            |
      | Tat eigenhändig begangen                                            | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen           | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.3.2"
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 Buchst. c AufenthG"

    Beispiele:
      | feststellung                                                                                            |
      | Handlung vom Sicherheitsrat als Verstoß gegen die Ziele und Grundsätze der Vereinten Nationen eingestuft |
      | Handlung nach Völkerrechtsinstrumenten als schwerwiegende Verletzung grundlegender Menschenrechte angesehen |

  @vwv_25_3_8_3_3
  Szenario: VwV 25.3.8.3.3 – auch ein Einzelner, der kriegsgleiche Zerstörungen herbeiführt, kann Buchst. c erfüllen
    Angenommen die Merkmale:
      | Merkmal                                                                                                                        | Wert       |
      | Handlung geeignet, den internationalen Frieden, die internationale Sicherheit oder die friedliche Koexistenz der Staaten zu gefährden | ja   |
      | Machtposition in einem Staat oder einer vergleichbaren Organisation                                                            | nein       |
      | Einsatz von Mitteln und Methoden mit kriegsgleichen Zerstörungen oder Beeinträchtigung der friedlichen Koexistenz der Staatengemeinschaft | ja |
      | Tat eigenhändig begangen                                                                                                       | ja         |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                                                                      | ja         |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.3.3"

  @vwv_25_3_8_3_3
  Szenario: VwV 25.3.8.3.3 – ohne Machtposition und ohne kriegsgleiche Mittel ist Buchst. c nicht anwendbar
    Angenommen die Merkmale:
      | Merkmal                                                                                                  | Wert          |
      | Handlung vom Sicherheitsrat als Verstoß gegen die Ziele und Grundsätze der Vereinten Nationen eingestuft | ja            |
      | Machtposition in einem Staat oder einer vergleichbaren Organisation                                      | nein          |
      | Förderung oder Unterstützung der Tat                                                                     | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                                                | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.3.3"

  @vwv_25_3_8_3_4
  Szenario: VwV 25.3.8.3.4 – eine terroristische Tat nach §§ 129a, 129b StGB allein erreicht die Dimension des Buchst. c nicht
    # Die Tat ist hier bewusst weder nach Buchst. a noch nach Buchst. b eingeordnet,
    # damit allein Buchst. c geprüft wird.
    Angenommen die Merkmale:
      | Merkmal                                                             | Wert          |
      | terroristische Tat nach §§ 129a, 129b StGB                          | ja            |
      | Machtposition in einem Staat oder einer vergleichbaren Organisation | ja            |
      | Tat eigenhändig begangen                                            | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen           | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.3.4"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_8_3_4 @vwv_25_3_8_2_1
  Szenario: VwV 25.3.8.3.4 – bei einer terroristischen Tat nach § 129a StGB greift regelmäßig Buchst. b
    Angenommen die Merkmale:
      | Merkmal                                                                                         | Wert        |
      | terroristische Tat nach §§ 129a, 129b StGB                                                      | ja          |
      | Straftat gehört mindestens der mittleren Kriminalität an                                        | ja          |
      | Straftat stört den Rechtsfrieden empfindlich                                                    | ja          |
      | Straftat ist geeignet, das Gefühl der Rechtssicherheit der Bevölkerung erheblich zu beeinträchtigen | ja      |
      | Tat eigenhändig begangen                                                                        | ja          |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                                       | ja          |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 Buchst. b AufenthG"

  @vwv_25_3_8_3_3
  Szenario: VwV 25.3.8.3.3 – ein Kapitalverbrechen eines Machthabers fällt unter Buchst. b, nicht unter Buchst. c
    Angenommen die Merkmale:
      | Merkmal                                                             | Wert          |
      | Mord                                                                | ja            |
      | Machtposition in einem Staat oder einer vergleichbaren Organisation | ja            |
      | Tat eigenhändig begangen                                            | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen           | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 Buchst. b AufenthG"
    Und die Begründung nennt nicht "§ 25 Abs. 3 S. 2 Buchst. c AufenthG"

  # ------------------------------------------------------------ VwV 25.3.8.4: Gefährder

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – wer die Allgemeinheit weiterhin gefährdet, ist auch ohne Verurteilung ausgeschlossen
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert     |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt    | ja       |
      | Gefahr richtet sich gegen die Allgemeinheit               | ja       |
      | Dauer der verhängten Freiheitsstrafe                      | 0 Monate |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja       |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 Buchst. d AufenthG"

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – terroristische Aktivitäten gefährden die Sicherheit des Landes
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt    | ja   |
      | terroristische Aktivitäten                                | ja   |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – eine frühere Straftat oder Gefährdung ohne fortbestehende Gefahr macht nicht zum Gefährder
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert     |
      | in der Vergangenheit begangene Straftat oder Gefährdung   | ja       |
      | Gefahr richtet sich gegen die Allgemeinheit               | ja       |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt    | nein     |
      | Dauer der verhängten Freiheitsstrafe                      | 8 Monate |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja       |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – nach einer Verurteilung zu mindestens drei Jahren Haft und fortbestehender Gefahr ist regelmäßig zu versagen
    # Korrigiert: Die fortbestehende Gefahr ist „immer“ festzustellen (VwV 25.3.8.4); die drei Jahre
    # Haft ersetzen nur die Einordnung als Gefahr für die Allgemeinheit („in Anlehnung an … § 60 Abs. 8“).
    Angenommen die Merkmale:
      | Merkmal                                                                | Wert    |
      | Dauer der verhängten Freiheitsstrafe                                   | 3 Jahre |
      | Umstände des Einzelfalls lassen ein künftig straffreies Leben erwarten | nein    |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt                 | ja      |
      | Gefahr richtet sich gegen die Allgemeinheit                            | nein    |
      | in der Vergangenheit begangene Straftat oder Gefährdung                | ja      |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen              | ja      |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – bei weniger als drei Jahren Haft kommt es auf die im Einzelfall festgestellte Gefahr an
    Angenommen die Merkmale:
      | Merkmal                                                                | Wert      |
      | Dauer der verhängten Freiheitsstrafe                                   | 30 Monate |
      | Umstände des Einzelfalls lassen ein künftig straffreies Leben erwarten | nein      |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt                 | nein      |
      | in der Vergangenheit begangene Straftat oder Gefährdung                | ja        |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen              | ja        |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – auch nach drei Jahren Haft entfällt der Ausschluss, wenn die Umstände ein straffreies Leben erwarten lassen
    # „regelmäßig zu versagen“ lässt Ausnahmen zu; eine fortbestehende Gefahr ist „immer“ erforderlich.
    Angenommen die Merkmale:
      | Merkmal                                                                | Wert    |
      | Dauer der verhängten Freiheitsstrafe                                   | 4 Jahre |
      | Umstände des Einzelfalls lassen ein künftig straffreies Leben erwarten | ja      |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt                 | nein    |
      | in der Vergangenheit begangene Straftat oder Gefährdung                | ja      |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen              | ja      |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – die Aussetzung des Strafrests zur Bewährung allein widerlegt die Gefahr nach drei Jahren Haft nicht
    # Korrigiert: mit festgestellter fortbestehender Gefahr, die VwV 25.3.8.4 „immer“ verlangt.
    Angenommen die Merkmale:
      | Merkmal                                                                | Wert    |
      | Dauer der verhängten Freiheitsstrafe                                   | 3 Jahre |
      | Aussetzung der Strafverbüßung zur Bewährung                            | ja      |
      | Umstände des Einzelfalls lassen ein künftig straffreies Leben erwarten | nein    |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt                 | ja      |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen              | ja      |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – eine Bewährungsstrafe steht der Feststellung einer fortbestehenden Gefahr nicht entgegen
    Angenommen die Merkmale:
      | Merkmal                                                                | Wert      |
      | Dauer der verhängten Freiheitsstrafe                                   | 18 Monate |
      | Aussetzung der Strafverbüßung zur Bewährung                            | ja        |
      | Umstände des Einzelfalls lassen ein künftig straffreies Leben erwarten | nein      |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt                 | ja        |
      | Gefahr richtet sich gegen die Allgemeinheit                            | ja        |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen              | ja        |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – ist noch nicht festgestellt, ob weiterhin eine Gefahr ausgeht, ist das Ergebnis offen
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert      |
      | Gefahr richtet sich gegen die Allgemeinheit               | ja        |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt    | unbekannt |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja        |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "soll, versagt"
    Und es fehlen genau die Merkmale:
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt |
    Und die Begründung nennt "VwV 25.3.8.4"

  # ------------------------------------------------------------ VwV 25.3.7.3 bis 25.3.7.7: wie die Ausschlussgründe festgestellt werden

  @vwv_25_3_7_4 @vwv_25_3_7_7
  Szenario: VwV 25.3.7.4 – eine strafrechtliche Verurteilung ist nicht erforderlich, es genügen Erkenntnisse über den Verdacht hinaus
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | Entführung                                                | ja            |
      | Tat eigenhändig begangen                                  | ja            |
      | Dauer der verhängten Freiheitsstrafe                      | 0 Monate      |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.7.7"

  @vwv_25_3_7_7
  Szenario: VwV 25.3.7.7 – bloße Verdachtsmomente sind keine schwerwiegenden Gründe
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | Drogenhandel                                              | ja            |
      | Tat eigenhändig begangen                                  | ja            |
      | Verdachtsmomente für einen Ausschlussgrund                | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | nein          |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.7.7"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_7_7 @vwv_25_3_8_4
  Szenario: VwV 25.3.7.7 – auch für einen Gefährder genügen bloße Verdachtsmomente nicht
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt    | ja   |
      | terroristische Aktivitäten                                | ja   |
      | Verdachtsmomente für einen Ausschlussgrund                | ja   |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | nein |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.7.7"

  @vwv_25_3_7_5
  Szenariogrundriss: VwV 25.3.7.5 – auch wer nicht eigenhändig handelt, ist ausgeschlossen: <beitrag>
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | Brandstiftung                                             | ja            |
      | Tat eigenhändig begangen                                  | nein          |
      | <beitrag>                                                 | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.7.5"

    Beispiele:
      | beitrag                              |
      | Anstiftung zur Tat                   |
      | Förderung oder Unterstützung der Tat |

  @vwv_25_3_7_5
  Szenario: VwV 25.3.7.5 – ohne benennbaren Tatbeitrag des Ausländers greift der Ausschluss nicht
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | Brandstiftung                                             | ja            |
      | Tat eigenhändig begangen                                  | nein          |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.7.5"

  @vwv_25_3_7_5
  Szenario: VwV 25.3.7.5 – die freiwillige und wissentliche Mitgliedschaft in einer Organisation schwerer Straftaten steht der Beteiligung gleich
    Angenommen die Merkmale:
      | Merkmal                                                                                      | Wert          |
      | Drogenhandel                                                                                 | ja            |
      | Tat eigenhändig begangen                                                                     | nein          |
      | Mitgliedschaft in einer Organisation, die für Straftaten verantwortlich ist                  | ja            |
      | erheblicher Teil der Aktivitäten der Organisation besteht in der Begehung schwerer Straftaten | ja           |
      | Kenntnis von den Aktivitäten der Organisation                                                | ja            |
      | freiwillige Zugehörigkeit zur Organisation                                                   | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                                    | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.7.5"

  @vwv_25_3_7_5
  Szenario: VwV 25.3.7.5 – die bloße Mitgliedschaft in einer Organisation, die für Straftaten verantwortlich ist, genügt nicht
    Angenommen die Merkmale:
      | Merkmal                                                                     | Wert          |
      | Drogenhandel                                                                | ja            |
      | Mitgliedschaft in einer Organisation, die für Straftaten verantwortlich ist | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                   | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.7.5"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_7_5
  Szenariogrundriss: VwV 25.3.7.5 – fehlt bei der Mitgliedschaft „<fehlt>“, steht sie der Beteiligung nicht gleich
    Angenommen die Merkmale:
      | Merkmal                                                                                      | Wert          |
      | Drogenhandel                                                                                 | ja            |
      | Mitgliedschaft in einer Organisation, die für Straftaten verantwortlich ist                  | ja            |
      | erheblicher Teil der Aktivitäten der Organisation besteht in der Begehung schwerer Straftaten | ja           |
      | Kenntnis von den Aktivitäten der Organisation                                                | ja            |
      | freiwillige Zugehörigkeit zur Organisation                                                   | ja            |
      | <fehlt>                                                                                      | nein          |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen                                    | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.7.5"

    Beispiele:
      | fehlt                                                                                        |
      | erheblicher Teil der Aktivitäten der Organisation besteht in der Begehung schwerer Straftaten |
      | Kenntnis von den Aktivitäten der Organisation                                                |
      | freiwillige Zugehörigkeit zur Organisation                                                   |

  @vwv_25_3_7_3
  Szenario: VwV 25.3.7.3 – es ist unerheblich, wo die Tat begangen wurde; der Tatort wird nicht abgefragt
    # VwV 25.3.7.3: „Zum Ausschluss der Aufenthaltserlaubnis führt eine Tatbegehung im Herkunftsland,
    # in einem Drittstaat oder in Deutschland.“ Jeder mögliche Ort führt zum Ausschluss; das frühere
    # Merkmal „Ort der Tat“ konnte kein Ergebnis ändern und ist entfallen.
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert |
      | Kindesmissbrauch                                          | ja   |
      | Tat eigenhändig begangen                                  | ja   |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.7.5"
    Und es fehlt kein Merkmal

  @vwv_25_3_7_6
  Szenario: VwV 25.3.7.6 – für Buchst. a bis c kommt es auf eine fortbestehende Gefahr nicht an
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | internationaler bewaffneter Konflikt                      | ja            |
      | Zwangsrekrutierung von Kindern unter 15 Jahren in die Streitkräfte | ja   |
      | Tat eigenhändig begangen                                  | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt    | nein          |
      | Umstände des Einzelfalls lassen ein künftig straffreies Leben erwarten | ja |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.7.6"

  # ------------------------------------------------------------ VwV 25.3.5: Ausreise in einen anderen Staat

  @vwv_25_3_5_5 @vwv_25_3_5_1
  Szenariogrundriss: VwV 25.3.5.5 – Ausreise in einen aufnahmebereiten Drittstaat möglich, Beziehung: <beziehung>
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | <beziehung>                                                                       | ja   |
      | Drittstaat gestattet Einreise und Aufenthalt für die Zeit der Schutzbedürftigkeit | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.5.5"
    Und die Begründung nennt "VwV 25.3.5.1"

    Beispiele:
      | beziehung                                                                                       |
      | Aufenthaltstitel für einen Drittstaat                                                           |
      | langjähriger früherer Aufenthalt in einem Drittstaat                                            |
      | Ehepartner oder nahe Verwandte sind Drittstaatsangehörige                                       |
      | Zugehörigkeit zu einer Volksgruppe, der ein Drittstaat regelmäßig Einreise und Aufenthalt ermöglicht |
      | sonstige konkrete Beziehung zu einem Drittstaat                                                 |

  @vwv_25_3_5_1 @vwv_25_3_5_6
  Szenario: VwV 25.3.5.6 – ohne gegenteilige Hinweise wird die Zumutbarkeit vermutet; es bleibt bei der Duldung
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | Ehepartner oder nahe Verwandte sind Drittstaatsangehörige                         | ja   |
      | Drittstaat gestattet Einreise und Aufenthalt für die Zeit der Schutzbedürftigkeit | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.5.6"
    Und die Nebenfolge "Bescheinigung" enthält "§ 60a Abs. 2 und 4"
    Und es gibt keine Nebenfolge "Beteiligung"
    Und es gibt keine Nebenfolge "Geltungsdauer"

  @vwv_25_3_5_1
  Szenario: VwV 25.3.5.1 – der Drittstaat-Ausschluss gilt auch bei § 60 Abs. 7 S. 1
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert             |
      | festgestelltes Abschiebungsverbot                                                 | § 60 Abs. 7 S. 1 |
      | Aufenthaltstitel für einen Drittstaat                                             | ja               |
      | Drittstaat gestattet Einreise und Aufenthalt für die Zeit der Schutzbedürftigkeit | ja               |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.5.1"

  @vwv_25_3_5_1 @vwv_25_3_1
  Szenariogrundriss: VwV 25.3.5.1 – bei <verbot> steht die mögliche und zumutbare Ausreise in einen Drittstaat nicht entgegen
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert     |
      | festgestelltes Abschiebungsverbot                                                 | <verbot> |
      | Aufenthaltstitel für einen Drittstaat                                             | ja       |
      | Drittstaat gestattet Einreise und Aufenthalt für die Zeit der Schutzbedürftigkeit | ja       |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.3.5.1"

    Beispiele:
      | verbot           |
      | § 60 Abs. 2      |
      | § 60 Abs. 3      |
      | § 60 Abs. 7 S. 2 |

  @vwv_25_3_5_6
  Szenariogrundriss: VwV 25.3.5.6 – die Ausreise in den Drittstaat ist unzumutbar: <grund>
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | Aufenthaltstitel für einen Drittstaat                                             | ja   |
      | Drittstaat gestattet Einreise und Aufenthalt für die Zeit der Schutzbedürftigkeit | ja   |
      | <grund>                                                                           | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.5.6"

    Beispiele:
      | grund                                                                            |
      | im Drittstaat droht Kettenabschiebung in den Verfolgerstaat                      |
      | keine Lebensgrundlage im Drittstaat                                              |
      | Folgen des Aufenthalts im Drittstaat treffen den Ausländer stärker als die dortige Bevölkerung |

  @vwv_25_3_5_4
  Szenario: VwV 25.3.5.4 – eine nur kurzfristige Möglichkeit zum Aufenthalt in einem anderen Staat genügt nicht
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | Aufenthaltstitel für einen Drittstaat                                             | ja   |
      | nur kurzfristige Aufenthaltsmöglichkeit in einem anderen Staat                    | ja   |
      | Drittstaat gestattet Einreise und Aufenthalt für die Zeit der Schutzbedürftigkeit | nein |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.5.4"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_5_2
  Szenario: VwV 25.3.5.2 – das bloße Verlassen des Bundesgebiets genügt nicht, es kommt auf Einreise und Aufenthalt an
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | langjähriger früherer Aufenthalt in einem Drittstaat                              | ja   |
      | bloßes Verlassen des Bundesgebiets möglich                                        | ja   |
      | Drittstaat gestattet Einreise und Aufenthalt für die Zeit der Schutzbedürftigkeit | nein |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.5.2"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_5_3
  Szenario: VwV 25.3.5.3 – ein Staat, in dem dieselben Gefahren drohen, ist kein „anderer Staat“
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | Aufenthaltstitel für einen Drittstaat                                             | ja   |
      | Drittstaat gestattet Einreise und Aufenthalt für die Zeit der Schutzbedürftigkeit | ja   |
      | im Drittstaat drohen Gefahren nach § 60 Abs. 5 oder Abs. 7 S. 1                   | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.5.3"

  # ------------------------------------------------------------ VwV 25.3.6: Mitwirkungspflichten

  @vwv_25_3_6_2
  Szenario: VwV 25.3.6.2 – zwei Verstöße in unterschiedlichen Situationen sind ein wiederholter Verstoß
    Angenommen die Merkmale:
      | Merkmal                                                         | Wert |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten    | 2    |
      | Verstöße im Rahmen eines einheitlichen Lebenssachverhalts       | nein |
      | Verstoß gegen Mitwirkungspflichten wirkt in die Gegenwart fort  | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.6.2"
    Und die Begründung nennt "VwV 25.3.6.1"

  @vwv_25_3_6_2
  Szenario: VwV 25.3.6.2 – zwei Verstöße im Rahmen eines einheitlichen Lebenssachverhalts sind kein wiederholter Verstoß
    Angenommen die Merkmale:
      | Merkmal                                                         | Wert |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten    | 2    |
      | Verstöße im Rahmen eines einheitlichen Lebenssachverhalts       | ja   |
      | Verstoß gegen Mitwirkungspflichten wirkt in die Gegenwart fort  | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.6.2"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_6_2
  Szenario: VwV 25.3.6.2 – ein einfacher, einmaliger Verstoß reicht nicht aus
    Angenommen die Merkmale:
      | Merkmal                                                            | Wert |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten       | 1    |
      | Verstoß gegen entsprechende Mitwirkungspflichten durch aktives Tun | nein |
      | Verstoß gegen Mitwirkungspflichten wirkt in die Gegenwart fort     | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.6.2"

  @vwv_25_3_6_2
  Szenario: VwV 25.3.6.2 – ein einmaliger Verstoß durch aktives Tun ist gröblich
    Angenommen die Merkmale:
      | Merkmal                                                            | Wert |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten       | 1    |
      | Verstoß gegen entsprechende Mitwirkungspflichten durch aktives Tun | ja   |
      | Verstoß gegen Mitwirkungspflichten wirkt in die Gegenwart fort     | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.6.2"

  @vwv_25_3_6_2
  Szenariogrundriss: VwV 25.3.6.2 – eine strafbare Handlung bei der Mitwirkung ist in jedem Fall gröblich: <handlung>
    Angenommen die Merkmale:
      | Merkmal                                                            | Wert |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten       | 1    |
      | <handlung>                                                         | ja   |
      | Verstoß gegen Mitwirkungspflichten wirkt in die Gegenwart fort     | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.6.2"

    Beispiele:
      | handlung                                                                              |
      | Vorlage gefälschter Unterlagen bei der Erfüllung von Mitwirkungspflichten             |
      | sonstige strafbare Handlung im Zusammenhang mit der Erfüllung von Mitwirkungspflichten |

  @vwv_25_3_6_2
  Szenario: VwV 25.3.6.2 – ein Verstoß, der gänzlich ohne Wirkung geblieben ist, schließt nicht aus
    Angenommen die Merkmale:
      | Merkmal                                                                   | Wert |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten              | 1    |
      | Vorlage gefälschter Unterlagen bei der Erfüllung von Mitwirkungspflichten | ja   |
      | Verstoß gegen Mitwirkungspflichten wirkt in die Gegenwart fort            | nein |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.6.2"

  @vwv_25_3_6_1
  Szenario: VwV 25.3.6.1 – Verstöße gegen Mitwirkungspflichten nach dem SGB II oder dem AsylbLG genügen nicht
    Angenommen die Merkmale:
      | Merkmal                                                        | Wert |
      | Verstoß gegen nicht ausländerrechtliche Mitwirkungspflichten   | ja   |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten   | 0    |
      | Verstoß gegen Mitwirkungspflichten wirkt in die Gegenwart fort | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.6.1"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_2 @vwv_25_3_6_1
  Szenario: VwV 25.3.2 – gegenüber dem Verfolgerstaat ist der Ausländer nicht zur Mitwirkung verpflichtet
    Angenommen die Merkmale:
      | Merkmal                                                        | Wert |
      | Mitwirkung gegenüber dem Verfolgerstaat verweigert             | ja   |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten   | 0    |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.2"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_3_6_1
  Szenario: VwV 25.3.6.1 – der Mitwirkungs-Ausschluss gilt auch bei § 60 Abs. 7 S. 1
    Angenommen die Merkmale:
      | Merkmal                                                                   | Wert             |
      | festgestelltes Abschiebungsverbot                                         | § 60 Abs. 7 S. 1 |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten              | 1                |
      | Vorlage gefälschter Unterlagen bei der Erfüllung von Mitwirkungspflichten | ja               |
      | Verstoß gegen Mitwirkungspflichten wirkt in die Gegenwart fort            | ja               |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.6.1"

  @vwv_25_3_6_1 @vwv_25_3_1
  Szenariogrundriss: VwV 25.3.6.1 – bei <verbot> steht ein wiederholter oder gröblicher Verstoß gegen Mitwirkungspflichten nicht entgegen
    Angenommen die Merkmale:
      | Merkmal                                                                   | Wert     |
      | festgestelltes Abschiebungsverbot                                         | <verbot> |
      | Anzahl der Verstöße gegen entsprechende Mitwirkungspflichten              | 3        |
      | Vorlage gefälschter Unterlagen bei der Erfüllung von Mitwirkungspflichten | ja       |
      | Verstoß gegen Mitwirkungspflichten wirkt in die Gegenwart fort            | ja       |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.3.6.1"

    Beispiele:
      | verbot           |
      | § 60 Abs. 2      |
      | § 60 Abs. 3      |
      | § 60 Abs. 7 S. 2 |

  # ------------------------------------------------------------ VwV 25.3.2: Einreise- und Aufenthaltsverbot

  @vwv_25_3_2
  Szenariogrundriss: VwV 25.3.2 – bei <verbot> steht jedes Einreise- und Aufenthaltsverbot entgegen
    Angenommen die Merkmale:
      | Merkmal                                                                                               | Wert     |
      | festgestelltes Abschiebungsverbot                                                                     | <verbot> |
      | Einreise- und Aufenthaltsverbot                                                                       | ja       |
      | Einreise- und Aufenthaltsverbot beruht auf zwingenden Gründen der öffentlichen Sicherheit und Ordnung | nein     |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"

    Beispiele:
      | verbot           |
      | § 60 Abs. 5      |
      | § 60 Abs. 7 S. 1 |

  @vwv_25_3_2
  Szenariogrundriss: VwV 25.3.2 – bei <verbot> steht ein Einreiseverbot ohne zwingende Gründe der öffentlichen Sicherheit nicht entgegen
    Angenommen die Merkmale:
      | Merkmal                                                                                               | Wert     |
      | festgestelltes Abschiebungsverbot                                                                     | <verbot> |
      | Einreise- und Aufenthaltsverbot                                                                       | ja       |
      | Einreise- und Aufenthaltsverbot beruht auf zwingenden Gründen der öffentlichen Sicherheit und Ordnung | nein     |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von § 11 Abs. 1 AufenthG"
    Und die Begründung nennt "VwV 25.3.2"

    Beispiele:
      | verbot           |
      | § 60 Abs. 2      |
      | § 60 Abs. 3      |
      | § 60 Abs. 7 S. 2 |

  @vwv_25_3_2
  Szenariogrundriss: VwV 25.3.2 – bei <verbot> steht ein auf zwingende Gründe der öffentlichen Sicherheit gestütztes Einreiseverbot entgegen
    Angenommen die Merkmale:
      | Merkmal                                                                                               | Wert     |
      | festgestelltes Abschiebungsverbot                                                                     | <verbot> |
      | Einreise- und Aufenthaltsverbot                                                                       | ja       |
      | Einreise- und Aufenthaltsverbot beruht auf zwingenden Gründen der öffentlichen Sicherheit und Ordnung | ja       |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.2"

    Beispiele:
      | verbot           |
      | § 60 Abs. 2      |
      | § 60 Abs. 3      |
      | § 60 Abs. 7 S. 2 |

  # ------------------------------------------------------------ VwV 25.3.2 / 25.3.7.11: § 5 und § 10 Abs. 3

  @vwv_25_3_2
  Szenario: VwV 25.3.2 – von den allgemeinen Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 ist abzusehen
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 5 Abs. 3 S. 1 AufenthG"
    Und die Begründung enthält "abweichend von § 5 Abs. 1 und 2 AufenthG"

  @vwv_25_3_2
  Szenario: VwV 25.3.2 – auch bei § 60 Abs. 2 ist ohne die Voraussetzungen des § 5 Abs. 1 und 2 zu erteilen
    Angenommen das Merkmal "festgestelltes Abschiebungsverbot" ist "§ 60 Abs. 2"
    Und das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.3.2"

  @vwv_25_3_2
  Szenario: VwV 25.3.2 – von § 5 Abs. 4 darf nicht abgewichen werden
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  @vwv_25_3_2
  Szenario: VwV 25.3.2 – die Ablehnung des Asylantrags als offensichtlich unbegründet steht nicht entgegen
    Angenommen das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 10 Abs. 3 S. 3 AufenthG"
    Und die Begründung enthält "abweichend von § 10 Abs. 3 AufenthG"

  @vwv_25_3_7_11
  Szenario: VwV 25.3.7.11 – bei einem Ausschlussgrund greift die Ausnahme des § 10 Abs. 3 S. 3 nicht
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert        |
      | Asylantrag als offensichtlich unbegründet abgelehnt       | ja          |
      | Raub                                                      | ja          |
      | Tat eigenhändig begangen                                  | ja          |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja          |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.7.2"
    Und die Nebenfolge "Andere Aufenthaltstitel" enthält "die Ausnahme des § 10 Abs. 3 S. 3, 2. Halbsatz greift nicht"

  # ------------------------------------------------------------ VwV 25.3.4, 25.3.7.8, 25.3.7.10, 25.3.7.11: Nebenfolgen

  @vwv_25_3_4
  Szenario: VwV 25.3.4 – die Aufenthaltserlaubnis wird für mindestens ein Jahr erteilt, Nebenbestimmungen sind möglich
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Geltungsdauer" enthält "Mindestens ein Jahr"
    Und die Nebenfolge "Geltungsdauer" enthält "§ 26 Abs. 1 S. 2"
    Und die Nebenfolge "Nebenbestimmungen" enthält "§ 12 Abs. 2"
    Und die Nebenfolge "Nebenbestimmungen" enthält "§ 7 Abs. 2 S. 2"
    Und es gibt keine Nebenfolge "Bescheinigung"
    Und die Begründung nennt "VwV 25.3.1"

  @vwv_25_3_3_1 @vwv_25_3_3_2
  Szenario: VwV 25.3.3.1 – die Ausländerbehörde ist an die Feststellung des Bundesamtes gebunden
    Angenommen das Merkmal "festgestelltes Abschiebungsverbot" ist "§ 60 Abs. 3"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Zuständigkeit" enthält "§ 42 AsylVfG"
    Und die Nebenfolge "Zuständigkeit" enthält "§ 72 Abs. 2"
    Und die Begründung nennt "VwV 25.3.2"

  @vwv_25_3_7_8 @vwv_25_3_7_10 @vwv_25_3_7_11
  Szenario: VwV 25.3.7.10 – bei einem Ausschlussgrund: Bescheinigung über die Aussetzung der Abschiebung, Beteiligung des Bundesamtes
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert          |
      | Menschenhandel                                            | ja            |
      | Tat Teil eines ausgedehnten oder systematischen Angriffs gegen die Zivilbevölkerung | ja |
      | Förderung oder Unterstützung der Tat                      | ja            |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja            |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Nebenfolge "Bescheinigung" enthält "Aussetzung der Abschiebung"
    Und die Nebenfolge "Beteiligung" enthält "§ 72 Abs. 2"
    Und die Nebenfolge "Andere Aufenthaltstitel" enthält "Familiennachzug"
    Und es gibt keine Nebenfolge "Geltungsdauer"
    Und die Begründung nennt "VwV 25.3.7.1"

  # ------------------------------------------------------------ Generalklauseln (Bedingungsabdeckung)

  @vwv_25_3_2 @vwv_25_3_3_3
  Szenario: VwV 25.3.2 – auch eine sonstige atypische Fallgestaltung öffnet bei § 60 Abs. 5 das Ermessen
    Angenommen das Merkmal "sonstige atypische Fallgestaltung bei § 25 Abs. 3" ist "ja"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.2"

  @vwv_25_3_8_4
  Szenario: VwV 25.3.8.4 – eine fortbestehende, gegen das Staatsgefüge gerichtete Gefahr schließt aus
    Angenommen die Merkmale:
      | Merkmal                                                   | Wert |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt    | ja   |
      | sonstige gegen das Staatsgefüge gerichtete Gefahr         | ja   |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"

  # ------------------------------------------------------------ VwV 25.3.8.4: Gefahr immer festzustellen (Prüfbefund 8)

  @vwv_25_3_8_4 @aufenthg_25_3_s2_d_2012
  Szenario: VwV 25.3.8.4 – auch nach drei Jahren Haft schließt Buchst. d nicht aus, wenn keine fortbestehende Gefahr festgestellt ist
    # VwV 25.3.8.4: „Vielmehr muss zusätzlich immer eine vom Betreffenden weiterhin ausgehende Gefahr
    # festgestellt werden.“ § 25 Abs. 3 S. 2 Buchst. d AufenthG (Stand 2012): „eine Gefahr für die
    # Allgemeinheit … darstellt“ – Gegenwart.
    Angenommen die Merkmale:
      | Merkmal                                                                | Wert    |
      | Dauer der verhängten Freiheitsstrafe                                   | 3 Jahre |
      | Umstände des Einzelfalls lassen ein künftig straffreies Leben erwarten | nein    |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt                 | nein    |
      | in der Vergangenheit begangene Straftat oder Gefährdung                | ja      |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen              | ja      |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.3.8.4"

  @vwv_25_3_8_4 @aufenthg_25_3_s3_nr4_2021
  Szenario: § 25 Abs. 3 S. 3 Nr. 4 AufenthG Stand 2021 – nach drei Jahren Haft ohne festgestellte fortbestehende Gefahr kein Ausschluss
    Angenommen der Stichtag "01.01.2022"
    Und die Merkmale:
      | Merkmal                                                                | Wert    |
      | Dauer der verhängten Freiheitsstrafe                                   | 4 Jahre |
      | Umstände des Einzelfalls lassen ein künftig straffreies Leben erwarten | nein    |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt                 | nein    |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen              | ja      |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2021"

  @vwv_25_3_8_4 @aufenthg_25_3_s3_nr4_2021
  Szenario: § 25 Abs. 3 S. 3 Nr. 4 AufenthG Stand 2021 – drei Jahre Haft und fortbestehende Gefahr schließen aus
    Angenommen der Stichtag "01.01.2022"
    Und die Merkmale:
      | Merkmal                                                                | Wert    |
      | Dauer der verhängten Freiheitsstrafe                                   | 4 Jahre |
      | Umstände des Einzelfalls lassen ein künftig straffreies Leben erwarten | nein    |
      | vom Ausländer weiterhin ausgehende Gefahr festgestellt                 | ja      |
      | Erkenntnisse, die über bloße Verdachtsmomente hinausgehen              | ja      |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25 Abs. 3 S. 3 Nr. 4 AufenthG"

  # ------------------------------------------------------------ Fassungen: 01.12.2013 (README der Quellen)

  @aufenthg_25_3_s1_2012
  Szenario: § 25 Abs. 3 S. 1 AufenthG Stand 2012 – am 01.07.2012 führt ein Abschiebungsverbot nach § 60 Abs. 2 zu § 25 Abs. 3
    # „Einem Ausländer soll eine Aufenthaltserlaubnis erteilt werden, wenn ein Abschiebungsverbot nach
    # § 60 Abs. 2, 3, 5 oder Abs. 7 vorliegt.“ (Stand 2012); bei § 60 Abs. 2 ausnahmslos (VwV 25.3.2).
    Angenommen der Stichtag "2012-07-01"
    Und das Merkmal "festgestelltes Abschiebungsverbot" ist "§ 60 Abs. 2"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "Stand 2012"
    Und die Begründung nennt "§ 25 Abs. 3 S. 1 AufenthG"

  @aufenthg_25_3_s1_2012
  Szenario: § 25 Abs. 3 S. 1 AufenthG Stand 2012 – am 30.11.2013, dem Tag vor der Änderung, gilt noch § 60 Abs. 2
    Angenommen der Stichtag "30.11.2013"
    Und das Merkmal "festgestelltes Abschiebungsverbot" ist "§ 60 Abs. 2"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "Stand 2012"

  @aufenthg_25_3_s1_2021
  Szenariogrundriss: § 25 Abs. 3 S. 1 AufenthG Stand 2021 – ab dem 01.12.2013 ist ein Abschiebungsverbot nach <verbot> alter Fassung kein Fall des § 25 Abs. 3 mehr (Stichtag <stichtag>)
    # README der Quellen, Zeile 01.12.2013: „§ 25 Abs. 3 erfasst nur noch § 60 Abs. 5 und 7; § 60 Abs. 2,
    # 3 und 7 S. 2 alter Fassung entfallen“. Stand 2021: „wenn ein Abschiebungsverbot nach § 60 Absatz 5
    # oder 7 vorliegt“.
    Angenommen der Stichtag "<stichtag>"
    Und das Merkmal "festgestelltes Abschiebungsverbot" ist "<verbot>"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und gilt die Fassung "Stand 2021"
    Und die Begründung nennt "§ 25 Abs. 3 S. 1 AufenthG"

    Beispiele:
      | stichtag   | verbot           |
      | 01.12.2013 | § 60 Abs. 2      |
      | 01.12.2013 | § 60 Abs. 3      |
      | 01.12.2013 | § 60 Abs. 7 S. 2 |
      | 2022-01-01 | § 60 Abs. 2      |
      | 2024-03-01 | § 60 Abs. 2      |

  @aufenthg_25_3_s1_2021
  Szenariogrundriss: § 25 Abs. 3 S. 1 AufenthG Stand 2021 – bei einem Abschiebungsverbot nach <verbot> soll weiterhin erteilt werden (Stichtag <stichtag>)
    Angenommen der Stichtag "<stichtag>"
    Und das Merkmal "festgestelltes Abschiebungsverbot" ist "<verbot>"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2021"
    Und die Begründung nennt "§ 25 Abs. 3 S. 1 AufenthG"

    Beispiele:
      | stichtag   | verbot           |
      | 01.12.2013 | § 60 Abs. 5      |
      | 2022-01-01 | § 60 Abs. 7 S. 1 |

  @aufenthg_25_3_s1_2021 @vwv_25_3_3_1
  Szenario: § 25 Abs. 3 AufenthG Stand 2021 – die Nebenfolgen nennen das Asylgesetz, nicht mehr das AsylVfG
    Angenommen der Stichtag "2024-03-01"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Zuständigkeit" enthält "§ 42 AsylG"

  @aufenthg_25_3_s2_2021 @vwv_25_3_5_1
  Szenario: § 25 Abs. 3 S. 2 AufenthG Stand 2021 – die mögliche und zumutbare Ausreise in einen Drittstaat schließt aus
    Angenommen der Stichtag "2022-01-01"
    Und die Merkmale:
      | Merkmal                                                                          | Wert |
      | Aufenthaltstitel für einen Drittstaat                                            | ja   |
      | Drittstaat gestattet Einreise und Aufenthalt für die Zeit der Schutzbedürftigkeit | ja   |
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25 Abs. 3 S. 2 AufenthG"

  @aufenthg_25_3_s2_2021 @vwv_25_3_2
  Szenario: § 25 Abs. 3 AufenthG Stand 2021 – ein Einreise- und Aufenthaltsverbot steht entgegen (§ 11 Abs. 1 S. 2 Stand 2021)
    Angenommen der Stichtag "2022-01-01"
    Und das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25 Abs. 3 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"
