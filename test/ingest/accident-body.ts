/** Five made-up paragraphs of a German news report (a lorry accident), the body of the HTML reader's test pages. */
export const BODY: readonly string[] = [
  'Nach Angaben der Polizei war der Fahrer des Lastwagens am frühen Morgen auf der Autobahn ins Schleudern geraten.',
  'Die Strecke blieb für mehrere Stunden in beiden Richtungen gesperrt, der Verkehr staute sich auf zwölf Kilometer.',
  'Verletzt wurde nach ersten Erkenntnissen niemand, der Sachschaden wird auf mehrere zehntausend Euro geschätzt.',
  'Ein Kran musste den Anhänger aufrichten, bevor die Feuerwehr die ausgelaufenen Betriebsstoffe abstreuen konnte.',
  'Die Autobahnpolizei rät, die Unfallstelle in den nächsten Tagen weiträumig zu umfahren, weil Reparaturen anstehen.',
];
