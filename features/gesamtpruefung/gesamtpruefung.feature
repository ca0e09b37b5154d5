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

  @wd_6 @vwv_25_4a_1_2 @vwv_25_4_1_1
  Szenario: WD 2024, Abschnitt 6 – ein vollziehbar ausreisepflichtiges Opfer von Menschenhandel erhält § 25 Abs. 4a, nicht § 25 Abs. 4 S. 1
    Angenommen der Grundfall "beispiele/opfer_menschenhandel.yaml"
    Wenn alle Normen geprüft werden
    Dann kommt "§ 25 Abs. 4a S. 1 AufenthG" mit "anspruch" in Betracht
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
