# language: de
# Abnahmeszenarien zu § 25 Abs. 2 AufenthG nach der VwV-AufenthG vom 26.10.2009,
# Nr. 25.2.1 bis 25.2.7 (mit den Verweisen auf Nr. 25.1.1, 25.1.6, 25.1.7, 25.1.9 und
# Nr. 25.3.7.11 zu § 10 Abs. 3). Jede Erwartung folgt aus dem Text der Verwaltungs-
# vorschrift; der Grundfall (beispiele/fluechtling.yaml) ist ein Ausländer, dem die
# Flüchtlingseigenschaft unanfechtbar zuerkannt wurde und der nicht ausgewiesen ist
# (Ergebnis: ist zu erteilen).

@norm_25_2
Funktionalität: § 25 Abs. 2 AufenthG – Aufenthaltserlaubnis für Konventionsflüchtlinge

  Grundlage:
    Angenommen der Grundfall "features/aufenthg_25_2/grundfall_fluechtling.yaml"
    # Die VwV vom 26.10.2009 legt den Wortlaut von 2012 aus; ihre Szenarien gelten am Stichtag
    # 01.07.2012 (Fassung „Stand 2012“). Szenarien zu späteren Fassungen setzen ihren Stichtag selbst.
    Und der Stichtag "01.07.2012"

  # ------------------------------------------------------------ VwV 25.2.1, 25.2.2, 25.2.4: Tatbestand und Anspruch

  @vwv_25_2_1 @vwv_25_2_4
  Szenario: VwV 25.2.1 – dem anerkannten Flüchtling ist die Aufenthaltserlaubnis zu erteilen
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.2.1"
    Und die Begründung nennt "VwV 25.2.4"
    Und die Begründung nennt "§ 25 Abs. 2 S. 1 AufenthG"

  @vwv_25_2_2
  Szenario: VwV 25.2.2 – maßgeblich ist allein die Entscheidung des Bundesamtes
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.2.2"
    Und die Begründung enthält "Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt: ja"

  @vwv_25_2_1
  Szenario: VwV 25.2.1 – ohne unanfechtbare Zuerkennung der Flüchtlingseigenschaft ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt" ist "nein"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25 Abs. 2 S. 1 AufenthG"
    Und die Begründung nennt "VwV 25.2.1"
    Und es gibt keine Nebenfolge "Geltungsdauer"

  # ------------------------------------------------------------ VwV 25.2.6: Familienflüchtlingsschutz, § 104 Abs. 4

  @vwv_25_2_6
  Szenario: VwV 25.2.6 – wem Familienflüchtlingsschutz nach § 26 Abs. 4 AsylVfG gewährt wurde, ist anerkannten Flüchtlingen gleichgestellt
    Angenommen die Merkmale:
      | Merkmal                                                                 | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt   | nein |
      | Familienflüchtlingsschutz unanfechtbar gewährt | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.2.6"
    Und die Nebenfolge "Geltungsdauer" enthält "drei Jahre"

  @vwv_25_2_6
  Szenario: VwV 25.2.6 – für das volljährige ledige Kind eines vor dem Zuwanderungsgesetz anerkannten Flüchtlings gilt § 25 Abs. 2 nach § 104 Abs. 4 entsprechend
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt                       | nein |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers | ja   |
      | volljährig                                                                                  | ja   |
      | ledig                                                                                       | ja   |
      | bei der Asylantragstellung des Elternteils minderjährig                                     | ja   |
      | Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG | ja   |
      | Integration des Kindes zu erwarten                                                          | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "§ 104 Abs. 4 AufenthG"
    Und die Begründung nennt "VwV 25.2.6"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "uneingeschränkt"

  @vwv_25_2_6 @vwv_25_1_7
  Szenario: VwV 25.2.6 – im Übergangsfall des § 104 Abs. 4 fehlt die Zuerkennung, ab der die Erlaubnisfiktion läuft (VwV 25.1.7)
    # VwV 25.1.7: Die Fiktion gilt für die Zeit zwischen der unanfechtbaren Anerkennung und der
    # Entscheidung; dem Kind im Übergangsfall ist die Flüchtlingseigenschaft nicht zuerkannt.
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt                       | nein |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers | ja   |
      | volljährig                                                                                  | ja   |
      | ledig                                                                                       | ja   |
      | bei der Asylantragstellung des Elternteils minderjährig                                     | ja   |
      | Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG | ja   |
      | Integration des Kindes zu erwarten                                                          | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und es gibt keine Nebenfolge "Erlaubnisfiktion"
    Und die Begründung nennt "§ 104 Abs. 4 AufenthG"

  @vwv_25_2_6
  Szenariogrundriss: VwV 25.2.6 – die Übergangsregelung greift nicht, wenn nicht "<merkmal>"
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt                       | nein |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers | ja   |
      | volljährig                                                                                  | ja   |
      | ledig                                                                                       | ja   |
      | bei der Asylantragstellung des Elternteils minderjährig                                     | ja   |
      | Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG | ja   |
      | Integration des Kindes zu erwarten                                                          | ja   |
    Und das Merkmal "<merkmal>" ist "nein"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.2.6"

    Beispiele:
      | merkmal                                                                                     |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers |
      | volljährig                                                                                  |
      | ledig                                                                                       |
      | bei der Asylantragstellung des Elternteils minderjährig                                     |
      | Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG |
      | Integration des Kindes zu erwarten                                                          |

  # ------------------------------------------------------------ VwV 25.2.1 mit 25.1.6: Ausweisung aus schwerwiegenden Gründen

  @vwv_25_2_1 @vwv_25_1_6
  Szenario: VwV 25.2.1 – nach einer Ausweisung aus schwerwiegenden Gründen darf nicht erteilt werden; Bescheinigung nach § 60a Abs. 4 (VwV 25.1.6)
    Angenommen das Merkmal "aus schwerwiegenden Gründen der öffentlichen Sicherheit und Ordnung ausgewiesen" ist "ja"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25 Abs. 2 S. 2 AufenthG"
    Und die Begründung nennt "§ 25 Abs. 1 S. 2 AufenthG"
    Und die Begründung nennt "VwV 25.2.1"
    Und die Nebenfolge "Bescheinigung" enthält "§ 60a Abs. 4"
    Und es gibt keine Nebenfolge "Geltungsdauer"
    Und es gibt keine Nebenfolge "Erwerbstätigkeit"

  # ------------------------------------------------------------ VwV 25.2.2: § 5; VwV 25.3.7.11: § 10 Abs. 3

  @vwv_25_2_2
  Szenario: VwV 25.2.2 – von den Erteilungsvoraussetzungen des § 5 Abs. 1 und 2 ist abzusehen
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von § 5 Abs. 1 und 2 AufenthG"
    Und die Begründung nennt "§ 5 Abs. 3 S. 1 AufenthG"
    Und die Begründung nennt "VwV 25.2.2"

  @vwv_25_2_2
  Szenario: VwV 25.2.2 – von § 5 Abs. 4 darf nicht abgewichen werden
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  @vwv_25_3_7_11
  Szenario: VwV 25.3.7.11 – die Ablehnung eines früheren Asylantrags als offensichtlich unbegründet steht dem Anspruch nicht entgegen
    Angenommen das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von § 10 Abs. 3 AufenthG"
    Und die Begründung nennt "VwV 25.3.7.11"

  # ------------------------------------------------------------ VwV 25.2.3 bis 25.2.7: Nebenfolgen

  @vwv_25_2_3
  Szenario: VwV 25.2.3 – drei Jahre; Niederlassungserlaubnis erst danach
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Geltungsdauer" enthält "drei Jahre"
    Und die Nebenfolge "Geltungsdauer" enthält "§ 26 Abs. 1 S. 2"
    Und die Nebenfolge "Niederlassungserlaubnis" enthält "Erst nach"
    Und die Nebenfolge "Niederlassungserlaubnis" enthält "26.4.2"
    Und die Begründung nennt "VwV 25.2.4"

  @vwv_25_2_3 @vwv_25_1_7 @vwv_25_1_9
  Szenario: VwV 25.2.3 – Erlaubnisfiktion ab der unanfechtbaren Zuerkennung und uneingeschränkte Erwerbstätigkeit wie nach § 25 Abs. 1
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Erlaubnisfiktion" enthält "von der unanfechtbaren Zuerkennung"
    Und die Nebenfolge "Erlaubnisfiktion" enthält "§ 81 Abs. 3 S. 1"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "uneingeschränkt"
    Und die Begründung nennt "VwV 25.2.1"

  @vwv_25_2_4
  Szenario: VwV 25.2.4 – drei Jahre nur für die Ersterteilung; die Verlängerung folgt § 26 Abs. 1 S. 1
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Geltungsdauer" enthält "Ersterteilung"
    Und die Nebenfolge "Verlängerung" enthält "verlängerbar"
    Und die Nebenfolge "Verlängerung" enthält "§ 26 Abs. 1 S. 1"
    Und die Nebenfolge "Verlängerung" enthält "kürzere Geltungsdauer"
    Und die Nebenfolge "Verlängerung" enthält "§ 81 Abs. 4"
    Und die Begründung nennt "VwV 25.2.4"

  @vwv_25_2_5 @vwv_25_2_7
  Szenario: VwV 25.2.5 – keine Erlaubnis zum Daueraufenthalt-EG; Widerruf nach Nummer 52.1.4 (VwV 25.2.7)
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Nebenfolge "Daueraufenthalt-EG" enthält "ausgeschlossen"
    Und die Nebenfolge "Daueraufenthalt-EG" enthält "§ 9a Abs. 3 Nr. 1"
    Und die Nebenfolge "Widerruf" enthält "52.1.4"
    Und die Begründung nennt "VwV 25.2.1"

  # ------------------------------------------------------------ Allgemeine Vorschriften (Bedingungsabdeckung)

  @vwv_25_2_1 @vwv_25_2_4
  Szenario: VwV 25.2.1 und 25.2.4 – ein Einreise- und Aufenthaltsverbot ohne zwingende Gründe steht dem Anspruch des Flüchtlings nicht entgegen
    # Korrigiert (Prüfbefund 4): VwV 25.2.1 nennt als Ausschluss nur die Ausweisung aus schwerwiegenden
    # Gründen; Art. 24 Abs. 1 der Qualifikationsrichtlinie (VwV 25.2.4) erlaubt die Versagung nur aus
    # zwingenden Gründen der öffentlichen Sicherheit oder Ordnung. Wie bei § 25 Abs. 3 (VwV 25.3.2).
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung enthält "abweichend von § 11 Abs. 1 AufenthG"
    Und die Begründung nennt "VwV 25.2.4"

  @vwv_25_2_4 @vwv_25_3_2
  Szenario: VwV 25.2.4 mit 25.3.2 – ein auf zwingende Gründe der öffentlichen Sicherheit und Ordnung gestütztes Einreise- und Aufenthaltsverbot steht entgegen
    Angenommen die Merkmale:
      | Merkmal                                                                                               | Wert |
      | Einreise- und Aufenthaltsverbot                                                                       | ja   |
      | Einreise- und Aufenthaltsverbot beruht auf zwingenden Gründen der öffentlichen Sicherheit und Ordnung | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.2.4"

  # ------------------------------------------------------------ § 104 Abs. 4 AufenthG Stand 2012 (Prüfbefund 11)

  @aufenthg_104_4_s2_2012
  Szenario: § 104 Abs. 4 S. 2 AufenthG Stand 2012 – nach einer Verurteilung in den letzten drei Jahren kann versagt werden: Ermessen
    # „Die Erteilung der Aufenthaltserlaubnis kann versagt werden, wenn das Kind in den letzten drei
    # Jahren wegen einer vorsätzlichen Straftat zu einer Jugend- oder Freiheitsstrafe von mindestens
    # sechs Monaten oder einer Geldstrafe von mindestens 180 Tagessätzen verurteilt worden ist.“
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt                       | nein |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers | ja   |
      | volljährig                                                                                  | ja   |
      | ledig                                                                                       | ja   |
      | bei der Asylantragstellung des Elternteils minderjährig                                     | ja   |
      | Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG | ja   |
      | Integration des Kindes zu erwarten                                                          | ja   |
      | in den letzten drei Jahren wegen einer vorsätzlichen Straftat erheblich verurteilt          | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 104 Abs. 4 S. 2 AufenthG"

  # ------------------------------------------------------------ Fassungen: 01.12.2013, 01.01.2016, Stand 2021

  @aufenthg_25_2_s1_2012
  Szenario: § 25 Abs. 2 S. 1 AufenthG Stand 2012 – am 30.11.2013 begründet subsidiärer Schutz keinen Anspruch nach § 25 Abs. 2
    Angenommen der Stichtag "30.11.2013"
    Und die Merkmale:
      | Merkmal                                                               | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt | nein |
      | subsidiärer Schutz unanfechtbar zuerkannt                             | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und gilt die Fassung "Stand 2012"

  @aufenthg_25_2_s1_2013
  Szenario: README der Quellen, Zeile 01.12.2013 – ab dem 01.12.2013 ist subsidiärer Schutz ein Fall des § 25 Abs. 2
    Angenommen der Stichtag "01.12.2013"
    Und die Merkmale:
      | Merkmal                                                               | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt | nein |
      | subsidiärer Schutz unanfechtbar zuerkannt                             | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "ab 01.12.2013"

  @aufenthg_25_2_s1_2021
  Szenario: § 25 Abs. 2 S. 1 AufenthG Stand 2021 – am 01.01.2022 ist dem subsidiär Schutzberechtigten die Aufenthaltserlaubnis zu erteilen
    # „… wenn das Bundesamt für Migration und Flüchtlinge die Flüchtlingseigenschaft im Sinne des § 3
    # Absatz 1 des Asylgesetzes oder subsidiären Schutz im Sinne des § 4 Absatz 1 des Asylgesetzes
    # zuerkannt hat.“ Geltungsdauer nach § 26 Abs. 1 S. 3 (Stand 2021): ein Jahr.
    Angenommen der Stichtag "2022-01-01"
    Und die Merkmale:
      | Merkmal                                                               | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt | nein |
      | subsidiärer Schutz unanfechtbar zuerkannt                             | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "Stand 2021"
    Und die Begründung nennt "§ 25 Abs. 2 S. 1 AufenthG"
    Und die Nebenfolge "Geltungsdauer subsidiärer Schutz" enthält "ein Jahr"

  @aufenthg_25_2_s1_2021
  Szenario: § 25 Abs. 2 S. 1 AufenthG Stand 2021 – auch eine noch nicht unanfechtbare Zuerkennung genügt
    Angenommen der Stichtag "2022-01-01"
    Und die Merkmale:
      | Merkmal                                                               | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt | nein |
      | Zuerkennung des internationalen Schutzes noch nicht unanfechtbar      | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen

  @aufenthg_25_1_s2_2016
  Szenario: § 25 Abs. 1 S. 2 AufenthG ab 01.01.2016 – über Abs. 2 S. 2 schließt die Ausweisung wegen eines besonders schwerwiegenden Ausweisungsinteresses aus
    Angenommen der Stichtag "01.01.2016"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "ja"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und gilt die Fassung "ab 01.01.2016"

  @aufenthg_25_1_s2_2012
  Szenario: § 25 Abs. 1 S. 2 AufenthG Stand 2012 – am 31.12.2015 zählt nur die Ausweisung aus schwerwiegenden Gründen
    Angenommen der Stichtag "31.12.2015"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "ja"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und gilt die Fassung "ab 01.12.2013"

  @aufenthg_104_4_2021
  Szenario: § 104 Abs. 4 AufenthG Stand 2021 „(weggefallen)“ – am 01.01.2022 gibt es den Übergangsfall nicht mehr
    Angenommen der Stichtag "2022-01-01"
    Und die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt                       | nein |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers | ja   |
      | volljährig                                                                                  | ja   |
      | ledig                                                                                       | ja   |
      | bei der Asylantragstellung des Elternteils minderjährig                                     | ja   |
      | Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG | ja   |
      | Integration des Kindes zu erwarten                                                          | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und gilt die Fassung "Stand 2021"

  @aufenthg_104_4_2021 @aufenthg_104_4_2012
  Szenario: § 104 Abs. 4 AufenthG – ob es den Übergangsfall am 01.01.2017 noch gab, folgt aus den Quellen nicht
    Angenommen der Stichtag "01.01.2017"
    Und die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt                       | nein |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers | ja   |
      | volljährig                                                                                  | ja   |
      | ledig                                                                                       | ja   |
      | bei der Asylantragstellung des Elternteils minderjährig                                     | ja   |
      | Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG | ja   |
      | Integration des Kindes zu erwarten                                                          | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die Begründung enthält "folgt aus den Quellen nicht"

  @aufenthg_25_2_s1_2021
  Szenario: § 25 Abs. 2 S. 1 AufenthG – für den anerkannten Flüchtling ist am 01.01.2017 in beiden Fassungen zu erteilen
    Angenommen der Stichtag "01.01.2017"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen

  # ------------------------------------------------------------ Die Fassungen im Einzelnen (Wortlaut und README)
  # Stand 2012 / ab 01.12.2013 / ab 01.01.2016: § 25 Abs. 2 S. 1 mit „unanfechtbar“, § 104 Abs. 4 (Stand 2012);
  # ab 01.12.2013 subsidiärer Schutz (README, Zeile 01.12.2013); Abs. 1 S. 2 ab 01.01.2016 (Zeile 01.01.2016).
  # Stand 2021: § 25 Abs. 2 S. 1 und 2, § 104 Abs. 4 „(weggefallen)“.

  @aufenthg_25_2_s1_2013 @aufenthg_25_2_s1_2021 @aufenthg_104_4_s1_2012
  Szenariogrundriss: § 25 Abs. 2 S. 1 und § 104 Abs. 4 S. 1 AufenthG – am <stichtag> ist die Aufenthaltserlaubnis zu erteilen
    Angenommen der Stichtag "<stichtag>"
    Und das Merkmal "Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt" ist "<flü>"
    Und das Merkmal "Familienflüchtlingsschutz unanfechtbar gewährt" ist "<fam>"
    Und das Merkmal "subsidiärer Schutz unanfechtbar zuerkannt" ist "<subs>"
    Und das Merkmal "Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers" ist "<kind>"
    Und das Merkmal "bei der Asylantragstellung des Elternteils minderjährig" ist "<kind>"
    Und das Merkmal "Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG" ist "<kind>"
    Und das Merkmal "Integration des Kindes zu erwarten" ist "<kind>"
    Und das Merkmal "in den letzten drei Jahren wegen einer vorsätzlichen Straftat erheblich verurteilt" ist "<verurteilt>"
    Und das Merkmal "aus schwerwiegenden Gründen der öffentlichen Sicherheit und Ordnung ausgewiesen" ist "<alt>"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "<neu>"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen

    Beispiele:
      | stichtag   | flü  | fam  | subs | kind | verurteilt | alt  | neu  |
      | 01.12.2013 | ja   | nein | nein | nein | nein       | nein | nein |
      | 01.12.2013 | nein | ja   | nein | nein | nein       | nein | nein |
      | 01.12.2013 | nein | nein | nein | ja   | nein       | nein | ja   |
      | 01.01.2016 | ja   | nein | nein | nein | nein       | ja   | nein |
      | 01.01.2016 | nein | nein | ja   | nein | nein       | nein | nein |
      | 01.01.2016 | nein | nein | nein | ja   | nein       | nein | nein |
      | 2022-01-01 | nein | ja   | nein | nein | nein       | ja   | nein |
      | 2022-01-01 | nein | nein | ja   | ja   | ja         | nein | nein |

  @aufenthg_25_2_s1_2013 @aufenthg_25_2_s1_2021
  Szenariogrundriss: § 25 Abs. 2 S. 1 AufenthG – ohne Zuerkennung (und ohne Übergangsfall) ist am <stichtag> der Tatbestand nicht erfüllt
    Angenommen der Stichtag "<stichtag>"
    Und das Merkmal "Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt" ist "<flü>"
    Und das Merkmal "Familienflüchtlingsschutz unanfechtbar gewährt" ist "<fam>"
    Und das Merkmal "subsidiärer Schutz unanfechtbar zuerkannt" ist "<subs>"
    Und das Merkmal "Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers" ist "<kind>"
    Und das Merkmal "bei der Asylantragstellung des Elternteils minderjährig" ist "<kind>"
    Und das Merkmal "Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG" ist "<kind>"
    Und das Merkmal "Integration des Kindes zu erwarten" ist "<kind>"
    Und das Merkmal "in den letzten drei Jahren wegen einer vorsätzlichen Straftat erheblich verurteilt" ist "<verurteilt>"
    Und das Merkmal "aus schwerwiegenden Gründen der öffentlichen Sicherheit und Ordnung ausgewiesen" ist "<alt>"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "<neu>"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

    Beispiele:
      | stichtag   | flü  | fam  | subs | kind | verurteilt | alt  | neu  |
      | 01.12.2013 | nein | nein | nein | nein | nein       | nein | nein |
      | 01.01.2016 | nein | nein | nein | nein | nein       | nein | nein |
      | 2022-01-01 | nein | nein | nein | nein | nein       | nein | nein |

  @aufenthg_104_4_s2_2012
  Szenariogrundriss: § 104 Abs. 4 S. 2 AufenthG Stand 2012 – nach einer Verurteilung kann am <stichtag> versagt werden: Ermessen
    Angenommen der Stichtag "<stichtag>"
    Und das Merkmal "Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt" ist "<flü>"
    Und das Merkmal "Familienflüchtlingsschutz unanfechtbar gewährt" ist "<fam>"
    Und das Merkmal "subsidiärer Schutz unanfechtbar zuerkannt" ist "<subs>"
    Und das Merkmal "Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers" ist "<kind>"
    Und das Merkmal "bei der Asylantragstellung des Elternteils minderjährig" ist "<kind>"
    Und das Merkmal "Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG" ist "<kind>"
    Und das Merkmal "Integration des Kindes zu erwarten" ist "<kind>"
    Und das Merkmal "in den letzten drei Jahren wegen einer vorsätzlichen Straftat erheblich verurteilt" ist "<verurteilt>"
    Und das Merkmal "aus schwerwiegenden Gründen der öffentlichen Sicherheit und Ordnung ausgewiesen" ist "<alt>"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "<neu>"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden

    Beispiele:
      | stichtag   | flü  | fam  | subs | kind | verurteilt | alt  | neu  |
      | 01.12.2013 | nein | nein | nein | ja   | ja         | nein | nein |
      | 01.01.2016 | nein | nein | nein | ja   | ja         | nein | nein |

  @aufenthg_25_1_s2_2012 @aufenthg_25_1_s2_2021
  Szenariogrundriss: § 25 Abs. 2 S. 2 i. V. m. Abs. 1 S. 2 AufenthG – nach der Ausweisung darf am <stichtag> nicht erteilt werden
    Angenommen der Stichtag "<stichtag>"
    Und das Merkmal "Flüchtlingseigenschaft vom Bundesamt unanfechtbar zuerkannt" ist "<flü>"
    Und das Merkmal "Familienflüchtlingsschutz unanfechtbar gewährt" ist "<fam>"
    Und das Merkmal "subsidiärer Schutz unanfechtbar zuerkannt" ist "<subs>"
    Und das Merkmal "Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers" ist "<kind>"
    Und das Merkmal "bei der Asylantragstellung des Elternteils minderjährig" ist "<kind>"
    Und das Merkmal "Aufenthalt im Bundesgebiet seit der Unanfechtbarkeit der Feststellung nach § 51 Abs. 1 AuslG" ist "<kind>"
    Und das Merkmal "Integration des Kindes zu erwarten" ist "<kind>"
    Und das Merkmal "in den letzten drei Jahren wegen einer vorsätzlichen Straftat erheblich verurteilt" ist "<verurteilt>"
    Und das Merkmal "aus schwerwiegenden Gründen der öffentlichen Sicherheit und Ordnung ausgewiesen" ist "<alt>"
    Und das Merkmal "auf Grund eines besonders schwerwiegenden Ausweisungsinteresses nach § 54 Abs. 1 ausgewiesen" ist "<neu>"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Nebenfolge "Bescheinigung" enthält "§ 60a Abs. 4"

    Beispiele:
      | stichtag   | flü  | fam  | subs | kind | verurteilt | alt  | neu  |
      | 01.12.2013 | nein | nein | ja   | nein | nein       | ja   | nein |
      | 01.01.2016 | nein | nein | nein | ja   | nein       | nein | ja   |
      | 2022-01-01 | ja   | nein | nein | nein | nein       | nein | ja   |
