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
    Angenommen der Grundfall "beispiele/fluechtling.yaml"

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
    Und die Begründung enthält "Flüchtlingseigenschaft nach § 3 Abs. 4 AsylVfG unanfechtbar zuerkannt: ja"

  @vwv_25_2_1
  Szenario: VwV 25.2.1 – ohne unanfechtbare Zuerkennung der Flüchtlingseigenschaft ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Flüchtlingseigenschaft nach § 3 Abs. 4 AsylVfG unanfechtbar zuerkannt" ist "nein"
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
      | Flüchtlingseigenschaft nach § 3 Abs. 4 AsylVfG unanfechtbar zuerkannt   | nein |
      | Familienflüchtlingsschutz nach § 26 Abs. 4 AsylVfG unanfechtbar gewährt | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und die Begründung nennt "VwV 25.2.6"
    Und die Nebenfolge "Geltungsdauer" enthält "drei Jahre"

  @vwv_25_2_6
  Szenario: VwV 25.2.6 – für das volljährige ledige Kind eines vor dem Zuwanderungsgesetz anerkannten Flüchtlings gilt § 25 Abs. 2 nach § 104 Abs. 4 entsprechend
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Flüchtlingseigenschaft nach § 3 Abs. 4 AsylVfG unanfechtbar zuerkannt                       | nein |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers | ja   |
      | volljährig                                                                                  | ja   |
      | ledig                                                                                       | ja   |
      | bei der Asylantragstellung des Elternteils minderjährig                                     | ja   |
      | übrige Voraussetzungen des § 104 Abs. 4 AufenthG erfüllt                                    | ja   |
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
      | Flüchtlingseigenschaft nach § 3 Abs. 4 AsylVfG unanfechtbar zuerkannt                       | nein |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers | ja   |
      | volljährig                                                                                  | ja   |
      | ledig                                                                                       | ja   |
      | bei der Asylantragstellung des Elternteils minderjährig                                     | ja   |
      | übrige Voraussetzungen des § 104 Abs. 4 AufenthG erfüllt                                    | ja   |
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann ist die Aufenthaltserlaubnis zu erteilen
    Und es gibt keine Nebenfolge "Erlaubnisfiktion"
    Und die Begründung nennt "§ 104 Abs. 4 AufenthG"

  @vwv_25_2_6
  Szenariogrundriss: VwV 25.2.6 – die Übergangsregelung greift nicht, wenn nicht "<merkmal>"
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Flüchtlingseigenschaft nach § 3 Abs. 4 AsylVfG unanfechtbar zuerkannt                       | nein |
      | Kind eines vor Inkrafttreten des Zuwanderungsgesetzes als Flüchtling anerkannten Ausländers | ja   |
      | volljährig                                                                                  | ja   |
      | ledig                                                                                       | ja   |
      | bei der Asylantragstellung des Elternteils minderjährig                                     | ja   |
      | übrige Voraussetzungen des § 104 Abs. 4 AufenthG erfüllt                                    | ja   |
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

  @vwv_25_2_1
  Szenario: § 11 Abs. 1 AufenthG – VwV 25.2 weicht von § 11 Abs. 1 nicht ab; ein Einreise- und Aufenthaltsverbot steht entgegen
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25 Abs. 2 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"
