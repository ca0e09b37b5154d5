# language: de
# Gesamtprüfung: ein Fall gegen alle humanitären Aufenthaltstitel des Korpus, wie es
# WD 2024, Abschnitt 1 fragt („Gefragt wird nach der Möglichkeit, … einen
# Aufenthaltsstatus aus humanitären Gründen zu erteilen“). Jede Erwartung folgt aus
# dem Text, der die jeweilige Voraussetzung nennt.

@gesamtpruefung
Funktionalität: Gesamtprüfung – welche humanitären Aufenthaltstitel kommen in Betracht?

  @wd_1 @wd_2 @wd_5 @vwv_25_5_2 @vwv_25_4_1_1 @vwv_25_3_1
  Szenario: WD 2024, Abschnitt 1 – geduldet, dauerhaft reiseunfähig: § 25 Abs. 5 soll, § 25 Abs. 4 S. 1 und § 22 nicht
    # VwV 25.5.2: nach 18 Monaten Duldung soll erteilt werden. VwV 25.4.1.1: wer vollziehbar
    # ausreisepflichtig ist, erhält keine Aufenthaltserlaubnis nach § 25 Abs. 4 S. 1.
    # WD 2024, Abschnitt 2: § 22 setzt voraus, dass sich der Ausländer noch im Ausland aufhält.
    # VwV 25.3.1: ohne Abschiebungsverbot keine Aufenthaltserlaubnis nach § 25 Abs. 3.
    Angenommen der Grundfall "beispiele/reiseunfaehigkeit.yaml"
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25 Abs. 5 AufenthG" mit "soll" in Betracht
    Und ist "§ 25 Abs. 4 S. 1 AufenthG" nicht anwendbar
    Und ist "§ 22 S. 1 AufenthG" nicht anwendbar
    Und ist "§ 25 Abs. 3 AufenthG" nicht anwendbar

  @vwv_25_1_3 @vwv_25_5_0 @wd_4
  Szenario: VwV 25.1.3 – ein anerkannter Asylberechtigter hat einen Anspruch; § 25 Abs. 5 und § 23a setzen Ausreisepflicht voraus
    Angenommen der Grundfall "beispiele/asylberechtigter.yaml"
    Und die Merkmale:
      | Merkmal                       | Wert |
      | vollziehbar ausreisepflichtig | nein |
      | im Bundesgebiet               | ja   |
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25 Abs. 1 AufenthG" mit "anspruch" in Betracht
    Und kommt "§ 25 Abs. 5 AufenthG" nicht in Betracht
    Und kommt "§ 23a Abs. 1 S. 1 AufenthG" nicht in Betracht

  @wd_2 @vwv_25_4_1_1 @vwv_25_5_0
  Szenario: WD 2024, Abschnitt 2 – wer noch im Ausland ist, kommt nur für § 22 in Betracht, nicht für Titel im Inland
    Angenommen der Grundfall "beispiele/aufnahme_aus_dem_ausland.yaml"
    Wenn alle Normen geprüft werden
    Dann kommt "§ 22 S. 1 AufenthG" mit "ermessen" in Betracht
    Und ist "§ 25 Abs. 4 S. 1 AufenthG" nicht anwendbar
    Und kommt "§ 25 Abs. 5 AufenthG" nicht in Betracht

  @aufenthg_25_4a_s1_2021 @wd_6 @vwv_25_4a_1_2 @vwv_25_4_1_1
  Szenario: § 25 Abs. 4a S. 1 AufenthG (Stand 2021), WD 2024, Abschnitt 6 – ein vollziehbar ausreisepflichtiges Opfer von Menschenhandel „soll“ die Aufenthaltserlaubnis nach § 25 Abs. 4a erhalten, nicht nach § 25 Abs. 4 S. 1
    Angenommen der Grundfall "beispiele/opfer_menschenhandel.yaml"
    Und der Stichtag "01.03.2022"
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25 Abs. 4a S. 1 AufenthG" mit "soll" in Betracht
    Und ist "§ 25 Abs. 4 S. 1 AufenthG" nicht anwendbar
    Und ist "§ 25 Abs. 4a S. 3 AufenthG" nicht anwendbar

  @vwv_25_4a_4 @wd_6
  Szenario: VwV 25.4a.4 – zum Stichtag 2012 stand § 25 Abs. 4a im Ermessen, und Satz 3 gab es noch nicht
    Angenommen der Grundfall "beispiele/opfer_menschenhandel.yaml"
    Und der Stichtag "01.05.2012"
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25 Abs. 4a S. 1 AufenthG" mit "ermessen" in Betracht
    Und ist "§ 25 Abs. 4a S. 3 AufenthG" nicht anwendbar

  @vwv_25_3_1 @vwv_25_3_3_3
  Szenario: VwV 25.3.1 – ein festgestelltes Abschiebungsverbot nach § 60 Abs. 5 führt zu § 25 Abs. 3
    Angenommen der Grundfall "beispiele/abschiebungsverbot_60_5.yaml"
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25 Abs. 3 AufenthG" mit "soll" in Betracht

  @wd_4 @vwv_25_4_1_1
  Szenario: WD 2024, Abschnitt 4 – mit Härtefallersuchen und Anordnung kommt § 23a in Betracht, § 25 Abs. 4 S. 1 nicht
    Angenommen der Grundfall "beispiele/haertefallersuchen.yaml"
    Wenn alle Normen geprüft werden
    Dann kommt "§ 23a Abs. 1 S. 1 AufenthG" mit "ermessen" in Betracht
    Und ist "§ 25 Abs. 4 S. 1 AufenthG" nicht anwendbar

  @vwv_25_5_0 @wd_2 @vwv_25_4_1_1
  Szenario: VwV 25.5.0 – bei einem dünnen Fall fragt die Gesamtprüfung jedes gemeinsame Merkmal nur einmal
    Angenommen ein Fall mit folgenden Merkmalen:
      | Merkmal                       | Wert |
      | vollziehbar ausreisepflichtig | ja   |
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25 Abs. 4 S. 1 AufenthG" nicht in Betracht
    Und ist das Merkmal "im Bundesgebiet" noch festzustellen
    Und ist das Merkmal "Einreise- und Aufenthaltsverbot" noch festzustellen
    Und ist "§ 25 Abs. 5 AufenthG" offen


  @aufenthg_25b_1_s1_2021 @aufenthg_25a_1_s1_2021
  Szenario: § 25b Abs. 1 S. 1 AufenthG (Stand 2021) – ein langjährig Geduldeter, nachhaltig integriert und ohne Visum: § 25b soll, § 25a nicht (kein Jugendlicher oder Heranwachsender)
    # § 25b Abs. 1 S. 1: „soll abweichend von § 5 Absatz 1 Nummer 1 und Absatz 2“ bei nachhaltiger
    # Integration, S. 2 Nr. 1 bis 5 erfüllt. § 25a Abs. 1 S. 1 (Stand 2021): nur „jugendliche oder
    # heranwachsende“ Geduldete.
    Angenommen der Grundfall "beispiele/nachhaltige_integration.yaml"
    Und der Stichtag "31.01.2022"
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25b Abs. 1 AufenthG" mit "soll" in Betracht
    Und ist "§ 25a Abs. 1 AufenthG" nicht anwendbar

  @aufenthg_25b_2021 @readme_01_08_2015
  Szenario: README der Quellen, Zeile 01.08.2015 („§ 25b neu“) – am 31.07.2015 gab es § 25b noch nicht
    Angenommen der Grundfall "beispiele/nachhaltige_integration.yaml"
    Und der Stichtag "31.07.2015"
    Wenn alle Normen geprüft werden
    Dann ist "§ 25b Abs. 1 AufenthG" nicht anwendbar

  @aufenthg_25b_2021 @readme_01_08_2015
  Szenario: README der Quellen, Zeile 01.08.2015 („§ 25b neu“) – ab dem 01.08.2015 kommt § 25b mit „soll“ in Betracht
    Angenommen der Grundfall "beispiele/nachhaltige_integration.yaml"
    Und der Stichtag "01.08.2015"
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25b Abs. 1 AufenthG" mit "soll" in Betracht

  @aufenthg_25a_1_s1_2021 @aufenthg_5_2_2021 @aufenthg_25b_1_s2_nr1_2021
  Szenario: § 25a Abs. 1 S. 1 und § 5 Abs. 2 AufenthG (Stand 2021) – ein geduldeter Heranwachsender ohne Visum: § 25a nach Ermessen, § 25b nicht (keine acht Jahre)
    # § 25a weicht, anders als § 25b Abs. 1 S. 1, nicht von § 5 Abs. 2 ab; ohne Visum bleibt
    # nach § 5 Abs. 2 S. 2 und Abs. 3 S. 2 Ermessen. § 25b Abs. 1 S. 2 Nr. 1: acht Jahre.
    Angenommen der Grundfall "beispiele/nachhaltige_integration.yaml"
    Und der Stichtag "31.01.2022"
    Und die Merkmale:
      | Merkmal                                                                                                             | Wert     |
      | jugendlicher oder heranwachsender Ausländer                                                                         | ja       |
      | Dauer des ununterbrochenen erlaubten, geduldeten oder gestatteten Aufenthalts im Bundesgebiet                       | 5 Jahre  |
      | Dauer des ununterbrochenen Aufenthalts im Bundesgebiet mit Duldung, Aufenthaltsgestattung oder Aufenthaltserlaubnis | 5 Jahre  |
      | Dauer des erfolgreichen Schulbesuchs im Bundesgebiet                                                                | 5 Jahre  |
      | anerkannter Schul- oder Berufsabschluss im Bundesgebiet erworben                                                    | nein     |
      | kürzerer erfolgreicher Schulbesuch genügt ausnahmsweise                                                             | nein     |
      | Lebensalter bei Antragstellung                                                                                      | 19 Jahre |
      | Einfügen in die Lebensverhältnisse der Bundesrepublik Deutschland gewährleistet                                     | ja       |
      | konkrete Anhaltspunkte gegen ein Bekenntnis zur freiheitlichen demokratischen Grundordnung                          | nein     |
      | in schulischer oder beruflicher Ausbildung oder im Hochschulstudium                                                 | ja       |
      | Lebensunterhalt gesichert                                                                                           | nein     |
      | Visumvoraussetzungen nach § 5 Abs. 2 S. 1 erfüllt                                                                   | nein     |
      | atypischer Fall nach § 25a Abs. 1 S. 1                                                                              | nein     |
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25a Abs. 1 AufenthG" mit "ermessen" in Betracht
    Und ist "§ 25b Abs. 1 AufenthG" nicht anwendbar
