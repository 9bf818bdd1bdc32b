import type { CompoundTable } from '../cluster-rules.js';

/**
 * German compound parts for the clusterer: frequent nouns of news text that stand in closed compounds
 * (`Bundestagswahl` → `Bundestag` + `Wahl`, `Koalitionsverhandlungen` → `Koalition` + `Verhandlung`). Written for
 * this project (no third-party word list); lower case. A compound is split only into words of this list, so a
 * word missing here is merely left whole.
 */
const WORDS = `
abend abkommen absage abschluss abstand abstimmung abteilung aktie aktion alarm alkohol alltag alter ampel amt
angebot angriff angst anklage anlage anleger anschlag anstieg antrag anwalt apotheke arbeit arbeiter arbeitgeber
arbeitnehmer arzt ärztin asyl atom aufgabe auflage auftrag aufsicht ausbau ausbildung ausgabe ausland ausnahme
ausschuss ausstellung auto autobahn bahn bahnhof bank bau bauer baum beamter beamtin bedarf befragung behörde
beitrag bereich berg bericht beruf beschluss besuch betrieb betrug bevölkerung bewegung bewohner bezirk bibliothek
bilanz bild bildung bischof blut boden bombe boot börse botschaft brand brief brücke bruder buch budget bühne
bund bundestag bundesrat bündnis bürger bürgermeister büro bus chef chemie computer daten debatte demo demokratie
denkmal dienst diesel dorf dosis druck eltern energie entscheidung entwicklung erde ereignis ergebnis erhöhung
ernte export fabrik fahrer fahrrad fahrt fahrzeug fall familie fan farbe feier feld fenster ferien fernsehen
fest feuer feuerwehr film finanz firma fisch flagge fleisch flucht flüchtling flug flughafen flugzeug fluss
folge forderung form forscher forschung foto frage frau freiheit freund frieden frist front führung fund
funktion fußball garten gast gebäude gebiet gebühr geburt gefahr gefängnis gegner gehalt geld gemeinde gericht
geschäft geschichte gesellschaft gesetz gesicht gespräch gesundheit gewalt gewerkschaft gewinn gipfel glas
gold grenze gruppe gründer grundstück gut hafen haft halle hand handel handy haus haushalt heim hilfe himmel
hochschule hof hotel hund hunger impfstoff impfung import industrie infektion information insel institut
interesse internet investor jahr jahrhundert job journalist jugend justiz kabinett kamera kampf kampagne
kandidat kanzler kanzlerin kapital karte kasse katastrophe kauf keller kern kind kino kirche klage klasse klima
klinik knast koalition kohle kommission kommune konferenz konflikt kongress konkurrenz kontakt kontrolle konzept
konzern konzert kopf körper kosten kraft krankenhaus krankheit kredit kreis krieg krise kritik küche kultur kunde
kunst kurs küste labor lage lager land landkreis landtag lauf leben lehrer leiter leistung leitung licht liga
linie liste lohn luft macht mangel mann mannschaft markt maske maßnahme material medizin meer mehrheit meinung
meister meldung mensch messe messer miete milliarde million minister ministerium mitarbeiter mitglied mittel
mode modell monat mord motor museum musik mutter nachbar nacht nachricht name natur netz norm not notfall
nummer ofen öl opfer opposition ordnung ort paar paket panik papier park parlament partei partner pass patient
pause person personal pflege pflicht plan plastik platz politik politiker polizei polizist posten preis
premier presse prinz prinzip probe problem produkt produktion professor programm projekt protest prozent
prozess prüfung publikum punkt quartal rad radio rakete rand rat rathaus raub raum reaktion recht rede
reform regel regen regierung region reise rekord rente rest rettung richter richtung risiko rolle rückgang
ruhe saal sache saison salz satz schaden schiff schlag schloss schluss schnee schreiben schuld schule schüler
schutz schwester see seite sektor sender serie sicherheit sieg sitz sitzung sohn soldat sommer spiel spieler
sport sprache sprecher staat stadion stadt stadtrat stand start station statistik stelle steuer stimme stoff
strafe straße streik streit strom studie stufe stunde sturm suche summe system szene tag tat täter team technik
teil telefon termin test theater thema tier tisch titel tochter tod ton tor tour tourismus tradition training
transport trend truppe tunnel turnier tür übung ufer uhr umfrage umsatz umwelt unfall union universität unterricht
unternehmen unterstützung urlaub urteil vater verband verbot verbraucher verein verfahren verfassung verhandlung
verkauf verkehr verlust vermögen versammlung versicherung versorgung versuch vertrag vertrauen verwaltung
video virus volk vorschlag vorstand vorwurf waffe wagen wahl wald wand ware wasser wechsel weg welt werk
werkstatt wert wetter widerstand winter wirtschaft wissen wissenschaft woche wohnung wolke zahl zeit zeitung
zentrum ziel zins zone zoo zug zukunft zusammenarbeit
`;

export const COMPOUNDS: CompoundTable = {
  words: WORDS.split(/\s+/u).filter((w) => w !== ''),
  inflections: ['e', 'en', 'n', 's', 'es', 'er', 'ern', 'nen'],
  linkers: ['s', 'es', 'n', 'en', 'er', 'e', 'ns'],
  minPart: 3,
  minWord: 7,
  // Derived nouns take a linking s as a compound's modifier, and only there: Vergeltung·s·angriff,
  // Gesundheit·s·amt, Fraktion·s·chef, Universität·s·klinik, Wirtschaft·s·minister, Flüchtling·s·heim.
  modifierEndings: ['ungs', 'heits', 'keits', 'ions', 'täts', 'schafts', 'lings'],
  minHead: 4,
};
