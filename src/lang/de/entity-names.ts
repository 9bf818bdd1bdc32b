/**
 * German name tables for entity recognition, beside the shared gazetteer (src/lang/gazetteer.ts, which the
 * clusterer reads too and which these tables do not change): names as German texts write them. Hand-made from
 * general knowledge (no evaluation data): world countries, German states, districts (Landkreise) and regions, German
 * towns of about 10 000 inhabitants and more with the districts of the large cities and the spa towns, Austrian,
 * Swiss and South Tyrolean towns and regions, European and world cities, historical states and regions, rivers,
 * lakes, seas, mountains, islands and well-known sights; parties, federal and state bodies, courts, international
 * organisations, DAX, MDAX, SDAX and other companies, banks, media, publishers, universities and institutes,
 * unions, associations and foundations, sports clubs, bands; family names of well-known people that stand alone
 * for them (given names are in `given-names.ts`). About 4 500 places, 3 000 organisations and 700 family names.
 * Names that are also common German words are left out or listed as ambiguous places; a multi-word name does not
 * start with an acronym that stands alone ("KSV …" would keep a lone "KSV" from being found). Genitive `-s` is
 * handled by the stage, not listed.
 */

import { ABSTRACT_SINGULAR, DERIVATIONAL } from './noun-endings.js';

/** The items of a `;`-separated list (an item may run over a line break). */
const words = (text: string): string[] =>
  text
    .split(';')
    .map((w) => w.replace(/\s+/gu, ' ').trim())
    .filter((w) => w !== '');

/** Countries and territories (German names; a few usual short forms). */
const COUNTRIES = words(`
Afghanistan; Ägypten; Albanien; Algerien; Andorra; Angola; Antigua und Barbuda; Äquatorialguinea; Argentinien;
Armenien; Aserbaidschan; Äthiopien; Australien; Bahamas; Bahrain; Bangladesch; Barbados; Belarus; Belgien; Belize;
Benin; Bhutan; Bolivien; Bosnien-Herzegowina; Bosnien; Herzegowina; Botswana; Brasilien;
Brunei; Bulgarien; Burkina Faso; Burundi; Chile; China; Costa Rica; Dänemark; Deutschland; Dominica;
Dominikanische Republik; Dschibuti; Ecuador; Elfenbeinküste; El Salvador; Eritrea; Estland; Eswatini; Fidschi;
Finnland; Frankreich; Gabun; Gambia; Georgien; Ghana; Grenada; Griechenland; Großbritannien; Guatemala; Guinea;
Guinea-Bissau; Guyana; Haiti; Honduras; Indien; Indonesien; Irak; Iran; Irland; Island; Israel; Italien; Jamaika;
Japan; Jemen; Jordanien; Kambodscha; Kamerun; Kanada; Kap Verde; Kasachstan; Katar; Kenia; Kirgisistan; Kiribati;
Kolumbien; Komoren; Kongo; Kosovo; Kroatien; Kuba; Kuwait; Laos; Lesotho; Lettland; Libanon; Liberia; Libyen;
Liechtenstein; Litauen; Luxemburg; Madagaskar; Malawi; Malaysia; Malediven; Mali; Malta; Marokko; Mauretanien;
Mauritius; Mazedonien; Nordmazedonien; Mexiko; Moldau; Moldawien; Monaco; Mongolei; Montenegro; Mosambik; Myanmar;
Birma; Namibia; Nauru; Nepal; Neuseeland; Nicaragua; Niederlande; Holland; Niger; Nigeria; Nordkorea; Norwegen;
Oman; Österreich; Osttimor; Pakistan; Palau; Panama; Papua-Neuguinea; Paraguay; Peru; Philippinen; Polen;
Portugal; Ruanda; Rumänien; Russland; Salomonen; Sambia; Samoa; San Marino; Saudi-Arabien; Schweden; Schweiz;
Senegal; Serbien; Seychellen; Sierra Leone; Simbabwe; Singapur; Slowakei; Slowenien; Somalia; Spanien; Sri Lanka;
Sudan; Südsudan; Südafrika; Südkorea; Suriname; Syrien; Tadschikistan; Taiwan; Tansania; Thailand; Togo; Tonga;
Trinidad und Tobago; Tschad; Tschechien; Tschechische Republik; Tunesien; Türkei; Turkmenistan; Tuvalu; Uganda;
Ukraine; Ungarn; Uruguay; Usbekistan; Vanuatu; Vatikan; Venezuela; Vereinigte Arabische Emirate; Vereinigte
Staaten; Vereinigten Staaten; Vereinigtes Königreich; Vietnam; Weißrussland; Zentralafrikanische Republik; Zypern;
England; Schottland; Wales; Nordirland; Grönland; Puerto Rico; Palästina; Tibet; Tschetschenien; Abchasien;
Südossetien; Kurdistan; Westsahara; Hongkong; Macau; Gazastreifen; Gaza-Streifen; Westjordanland; Jugoslawien;
Sowjetunion; Tschechoslowakei; Preußen; Bundesrepublik; Bundesrepublik Deutschland; Großbritannien; Amerika;
Nordamerika; Südamerika; Lateinamerika; Mittelamerika; Zentralamerika; Europa; Asien; Afrika; Australien; Ozeanien;
Antarktis; Arktis; Nordafrika; Westafrika; Ostafrika; Südostasien; Zentralasien; Ostasien; Vorderasien; Nahost;
Mittlerer Osten; Naher Osten; Nahen Osten; Nahen Ostens; Osteuropa; Westeuropa; Mitteleuropa; Südeuropa;
Nordeuropa; Skandinavien; Balkan; Baltikum; Kaukasus; Sibirien; Karibik; Ostdeutschland; Westdeutschland;
Süddeutschland; Norddeutschland; Mitteldeutschland
`);

/** German states, Austrian and Swiss states, regions and landscapes. */
const REGIONS = words(`
Baden-Württemberg; Bayern; Berlin; Brandenburg; Bremen; Hamburg; Hessen; Mecklenburg-Vorpommern; Mecklenburg;
Vorpommern; Niedersachsen; Nordrhein-Westfalen; NRW; Rheinland-Pfalz; Saarland; Sachsen; Sachsen-Anhalt;
Schleswig-Holstein; Thüringen; Westfalen; Rheinland; Pfalz; Baden; Württemberg; Franken; Oberfranken;
Unterfranken; Mittelfranken; Oberbayern; Niederbayern; Oberpfalz; Schwaben; Allgäu; Ostfriesland; Emsland;
Münsterland; Sauerland; Siegerland; Ruhrgebiet; Eifel; Hunsrück; Taunus; Odenwald; Schwarzwald; Spessart; Rhön;
Harz; Erzgebirge; Vogtland; Lausitz; Oberlausitz; Niederlausitz; Uckermark; Prignitz; Altmark; Uckermark;
Breisgau; Kraichgau; Hohenlohe; Bodensee; Chiemsee; Ammersee; Starnberger See; Müritz; Rügen; Usedom; Sylt;
Föhr; Amrum; Helgoland; Fehmarn; Borkum; Norderney; Juist; Langeoog; Spiekeroog; Wangerooge; Eiderstedt;
Dithmarschen; Nordfriesland; Holstein; Schleswig; Lüneburger Heide; Wendland; Weserbergland; Ostwestfalen;
Lippe; Nordhessen; Südhessen; Mittelhessen; Rheinhessen; Wetterau; Vogelsberg; Westerwald; Bergisches Land;
Niederrhein; Oberrhein; Mittelrhein; Saargau; Kurpfalz; Markgräflerland; Oberschwaben; Alb; Schwäbische Alb;
Fichtelgebirge; Frankenwald; Steigerwald; Bayerischer Wald; Thüringer Wald; Elbsandsteingebirge; Sächsische
Schweiz; Spreewald; Havelland; Barnim; Oderbruch; Vorarlberg; Tirol; Südtirol; Osttirol; Salzburg; Kärnten;
Steiermark; Oberösterreich; Niederösterreich; Burgenland; Wien; Zürich; Bern; Luzern; Uri; Schwyz; Obwalden;
Nidwalden; Glarus; Zug; Freiburg; Solothurn; Basel-Stadt; Basel-Landschaft; Baselland; Schaffhausen; Appenzell;
St. Gallen; Graubünden; Aargau; Thurgau; Tessin; Waadt; Wallis; Neuenburg; Genf; Jura; Elsass; Lothringen;
Burgund; Bretagne; Normandie; Provence; Korsika; Sardinien; Sizilien; Toskana; Lombardei; Piemont; Venetien;
Ligurien; Kalabrien; Apulien; Kampanien; Umbrien; Latium; Südtirol; Katalonien; Andalusien; Baskenland;
Galicien; Kastilien; Mallorca; Teneriffa; Gran Canaria; Ibiza; Kreta; Rhodos; Zypern; Flandern; Wallonien;
Böhmen; Mähren; Schlesien; Pommern; Ostpreußen; Masuren; Galizien; Siebenbürgen; Transsilvanien; Bessarabien;
Krim; Donbass; Kalifornien; Texas; Florida; Alaska; Hawaii; Arizona; Nevada; Kalifornien; Oregon; Ohio;
Michigan; Illinois; Pennsylvania; Virginia; Georgia; Louisiana; Colorado; Utah; Iowa; Missouri; Kentucky;
Tennessee; Massachusetts; New Jersey; New Mexico; North Carolina; South Carolina; Rhode Island; Connecticut;
Maryland; Wisconsin; Minnesota; Montana; Wyoming; Idaho; Nebraska; Kansas; Oklahoma; Arkansas; Alabama;
Mississippi; Indiana; Vermont; Maine; Delaware; Quebec; Ontario; Britisch-Kolumbien; Bayern; Kaschmir; Punjab;
Tschetschenien; Dagestan; Darfur; Helmand; Kandahar; Sinai; Galiläa; Golanhöhen; Anatolien; Mesopotamien;
Patagonien; Amazonien; Sahara; Sahel; Mandschurei; Manhattan; Brooklyn; Bronx; Queens
`);

/** German cities (about 20 000 inhabitants and more), Austrian and Swiss cities. */
const GERMAN_CITIES = words(`
Berlin; Hamburg; München; Köln; Frankfurt; Frankfurt am Main; Stuttgart; Düsseldorf; Leipzig; Dortmund; Bremen;
Dresden; Hannover; Nürnberg; Duisburg; Bochum; Wuppertal; Bielefeld; Bonn; Münster; Mannheim; Karlsruhe;
Augsburg; Wiesbaden; Mönchengladbach; Gelsenkirchen; Aachen; Braunschweig; Chemnitz; Kiel; Krefeld; Magdeburg;
Freiburg; Freiburg im Breisgau; Lübeck; Oberhausen; Erfurt; Mainz; Rostock; Kassel; Hagen; Potsdam; Saarbrücken;
Hamm; Ludwigshafen; Oldenburg; Mülheim; Mülheim an der Ruhr; Osnabrück; Leverkusen; Darmstadt; Heidelberg;
Solingen; Herne; Neuss; Regensburg; Paderborn; Ingolstadt; Offenbach; Fürth; Würzburg; Ulm; Heilbronn;
Pforzheim; Wolfsburg; Göttingen; Bottrop; Reutlingen; Koblenz; Bremerhaven; Recklinghausen; Erlangen;
Bergisch Gladbach; Remscheid; Jena; Trier; Salzgitter; Moers; Siegen; Hildesheim; Gütersloh; Kaiserslautern;
Cottbus; Witten; Schwerin; Gera; Iserlohn; Ludwigsburg; Esslingen; Zwickau; Düren; Ratingen; Flensburg;
Lünen; Villingen-Schwenningen; Konstanz; Marl; Worms; Velbert; Minden; Dessau-Roßlau; Dessau; Neumünster;
Norderstedt; Delmenhorst; Wilhelmshaven; Viersen; Gladbeck; Dorsten; Rheine; Detmold; Castrop-Rauxel;
Troisdorf; Arnsberg; Lüdenscheid; Bamberg; Bayreuth; Landshut; Bocholt; Aschaffenburg; Celle; Dinslaken;
Lippstadt; Aalen; Fulda; Kempten; Herford; Plauen; Neuwied; Kerpen; Dormagen;
Sindelfingen; Unna; Grevenbroich; Rosenheim; Weimar; Herten; Bergheim; Friedrichshafen; Garbsen; Wesel;
Schwäbisch Gmünd; Hürth; Offenburg; Greifswald; Stralsund; Langenfeld; Neubrandenburg; Göppingen;
Euskirchen; Hameln; Meerbusch; Sankt Augustin; Stolberg; Eschweiler; Görlitz; Hilden; Waiblingen; Baden-Baden;
Lingen; Menden; Pulheim; Langenhagen; Bad Salzuflen; Hattingen; Nordhorn; Bad Homburg; Wolfenbüttel;
Neu-Ulm; Ahlen; Schweinfurt; Frechen; Wetzlar; Ibbenbüren; Kleve; Passau; Goslar; Willich; Gummersbach;
Speyer; Emden; Erftstadt; Lörrach; Bad Kreuznach; Cuxhaven; Ravensburg; Gronau; Peine; Böblingen; Bergkamen;
Rastatt; Elmshorn; Frankfurt an der Oder; Frankfurt (Oder); Heidenheim; Lüneburg; Soest; Bad Oeynhausen;
Rheda-Wiedenbrück; Kamen; Herzogenrath; Oberursel; Alsdorf; Dülmen; Bünde; Wismar; Halberstadt; Stendal;
Bernau; Eberswalde; Oranienburg; Falkensee; Königs Wusterhausen; Fürstenwalde; Schwedt; Senftenberg; Spremberg;
Freiberg; Pirna; Bautzen; Meißen; Radebeul; Riesa; Hoyerswerda; Zittau; Freital; Döbeln; Torgau; Grimma;
Delitzsch; Markkleeberg; Borna; Weißenfels; Merseburg; Naumburg; Halle; Halle (Saale); Zeitz; Bitterfeld;
Bitterfeld-Wolfen; Wittenberg; Lutherstadt Wittenberg; Köthen; Bernburg; Aschersleben; Quedlinburg; Wernigerode;
Sangerhausen; Eisleben; Schönebeck; Burg; Salzwedel; Gotha; Eisenach; Nordhausen; Mühlhausen; Suhl;
Ilmenau; Arnstadt; Sonneberg; Saalfeld; Rudolstadt; Altenburg; Greiz; Apolda; Sömmerda; Güstrow; Waren;
Neustrelitz; Parchim; Ludwigslust; Stade; Buxtehude; Winsen; Uelzen; Gifhorn; Wolfsburg; Helmstedt;
Braunschweig; Hildesheim; Alfeld; Einbeck; Northeim; Osterode; Seesen; Holzminden; Nienburg; Verden;
Achim; Rotenburg; Cloppenburg; Vechta; Meppen; Papenburg; Leer; Aurich; Varel; Jever; Wittmund;
Friesland; Itzehoe; Heide; Husum; Schleswig; Rendsburg; Eckernförde; Pinneberg; Wedel; Ahrensburg;
Bad Oldesloe; Geesthacht; Reinbek; Kaltenkirchen; Quickborn; Bad Segeberg; Eutin; Neustadt; Ratzeburg;
Mölln; Gelnhausen; Hanau; Friedberg; Bad Nauheim; Gießen; Marburg; Limburg; Bad Hersfeld; Eschwege;
Korbach; Fritzlar; Baunatal; Rüsselsheim; Dreieich; Langen; Neu-Isenburg; Maintal; Bad Vilbel; Hofheim;
Bensheim; Viernheim; Lampertheim; Bürstadt; Heppenheim; Mörfelden-Walldorf; Dietzenbach; Rodgau; Offenbach am
Main; Weiterstadt; Griesheim; Groß-Gerau; Idstein; Taunusstein; Königstein; Kronberg; Eltville; Rüdesheim;
Bingen; Ingelheim; Bad Kreuznach; Idar-Oberstein; Alzey; Frankenthal; Landau; Neustadt an der Weinstraße;
Pirmasens; Zweibrücken; Homburg; Neunkirchen; Saarlouis; Völklingen; Merzig; St. Ingbert; Sankt Ingbert;
Andernach; Mayen; Bad Neuenahr-Ahrweiler; Lahnstein; Montabaur; Betzdorf; Wittlich; Bitburg; Prüm;
Siegburg; Bad Honnef; Königswinter; Meckenheim; Rheinbach; Bornheim; Wesseling; Brühl; Leichlingen;
Wermelskirchen; Remscheid; Radevormwald; Wipperfürth; Overath; Rösrath; Mettmann; Erkrath; Haan; Heiligenhaus;
Wülfrath; Monheim; Kaarst; Korschenbroich; Jüchen; Erkelenz; Heinsberg; Geilenkirchen; Hückelhoven;
Wegberg; Übach-Palenberg; Baesweiler; Würselen; Jülich; Kempen; Nettetal; Tönisvorst; Goch; Emmerich; Kevelaer;
Geldern; Xanten; Kamp-Lintfort; Rheinberg; Voerde; Hamminkeln; Borken; Coesfeld; Ahaus; Stadtlohn; Vreden;
Greven; Emsdetten; Steinfurt; Burgsteinfurt; Warendorf; Oelde; Beckum; Ennigerloh; Telgte; Sendenhorst;
Gütersloh; Harsewinkel; Verl; Halle; Werther; Bielefeld; Bad Oeynhausen; Löhne; Spenge; Vlotho;
Porta Westfalica; Petershagen; Lübbecke; Espelkamp; Höxter; Warburg; Bad Driburg; Brakel; Salzkotten; Delbrück;
Büren; Bad Lippspringe; Lemgo; Bad Salzuflen; Blomberg; Lage; Schloß Holte-Stukenbrock; Meschede; Olsberg;
Brilon; Winterberg; Schmallenberg; Sundern; Attendorn; Olpe; Lennestadt; Kreuztal; Netphen; Hilchenbach;
Bad Berleburg; Plettenberg; Werdohl; Altena; Meinerzhagen; Kierspe; Halver; Schwelm; Gevelsberg; Ennepetal;
Sprockhövel; Wetter; Herdecke; Schwerte; Holzwickede; Fröndenberg; Werl; Wickede; Hemer; Iserlohn; Menden;
Balve; Soest; Lippstadt; Geseke; Erwitte; Bad Sassendorf; Hamm; Bergkamen; Selm; Werne; Datteln; Oer-Erkenschwick;
Waltrop; Haltern; Haltern am See; Herten; Gladbeck; Bottrop; Dorsten; Essen; Mülheim; Ratingen; Heiligenhaus;
Esslingen am Neckar; Tübingen; Rottenburg; Nürtingen; Kirchheim unter Teck; Filderstadt; Leinfelden-Echterdingen;
Ostfildern; Fellbach; Waiblingen; Schorndorf; Backnang; Winnenden; Kornwestheim; Bietigheim-Bissingen;
Vaihingen; Leonberg; Herrenberg; Sindelfingen; Böblingen; Calw; Nagold; Freudenstadt; Horb; Balingen;
Albstadt; Hechingen; Sigmaringen; Tuttlingen; Rottweil; Schramberg; Donaueschingen; Singen; Radolfzell;
Überlingen; Weingarten; Wangen; Biberach; Ehingen; Laupheim; Crailsheim; Schwäbisch Hall; Öhringen;
Neckarsulm; Bad Mergentheim; Tauberbischofsheim; Wertheim; Mosbach; Sinsheim; Wiesloch; Walldorf; Weinheim;
Schwetzingen; Hockenheim; Bruchsal; Ettlingen; Bretten; Bühl; Achern; Kehl; Lahr; Emmendingen; Waldkirch;
Weil am Rhein; Rheinfelden; Bad Säckingen; Waldshut-Tiengen; Müllheim; Breisach; Erding; Freising; Dachau;
Fürstenfeldbruck; Germering; Starnberg; Weilheim; Garmisch-Partenkirchen; Penzberg; Bad Tölz; Geretsried;
Wolfratshausen; Miesbach; Holzkirchen; Unterhaching; Ottobrunn; Unterschleißheim; Garching; Ismaning;
Ebersberg; Poing; Markt Schwaben; Wasserburg; Traunstein; Traunreut; Bad Reichenhall; Burghausen; Altötting;
Mühldorf; Waldkraiburg; Landsberg am Lech; Kaufbeuren; Memmingen; Kempten; Füssen; Sonthofen; Immenstadt;
Lindau; Neu-Ulm; Günzburg; Dillingen; Donauwörth; Nördlingen; Neuburg an der Donau; Schrobenhausen;
Pfaffenhofen; Eichstätt; Kelheim; Straubing; Deggendorf; Dingolfing; Landshut; Passau; Vilshofen;
Regen; Zwiesel; Cham; Schwandorf; Amberg; Weiden; Neumarkt; Sulzbach-Rosenberg; Hof; Selb; Marktredwitz;
Kulmbach; Kronach; Coburg; Lichtenfels; Forchheim; Erlangen; Herzogenaurach; Höchstadt; Schwabach; Roth;
Zirndorf; Lauf; Hersbruck; Ansbach; Dinkelsbühl; Rothenburg ob der Tauber; Feuchtwangen; Weißenburg;
Gunzenhausen; Treuchtlingen; Kitzingen; Ochsenfurt; Marktheidenfeld; Lohr; Karlstadt; Bad Kissingen;
Hammelburg; Bad Neustadt; Haßfurt; Gera; Jena; Weimar; Erfurt; Bad Langensalza; Heiligenstadt; Leinefelde;
Sondershausen; Artern; Meiningen; Schmalkalden; Hildburghausen; Zella-Mehlis; Pößneck; Schleiz; Lobenstein;
Chemnitz; Zwickau; Plauen; Reichenbach; Aue; Annaberg-Buchholz; Marienberg; Stollberg; Glauchau; Crimmitschau;
Werdau; Limbach-Oberfrohna; Mittweida; Flöha; Freiberg; Wurzen; Oschatz; Eilenburg; Schkeuditz; Taucha;
Potsdam; Werder; Teltow; Kleinmachnow; Ludwigsfelde; Zossen; Luckenwalde; Jüterbog; Rathenow; Nauen;
Hennigsdorf; Velten; Oranienburg; Neuruppin; Wittstock; Prenzlau; Angermünde; Strausberg; Erkner; Lübben;
Guben; Forst; Finsterwalde; Lauchhammer; Cottbus; Peitz; Greifswald; Wolgast; Anklam; Pasewalk; Ueckermünde;
Stralsund; Bergen auf Rügen; Sassnitz; Ribnitz-Damgarten; Bad Doberan; Warnemünde; Wismar; Grevesmühlen;
Hagenow; Boizenburg; Demmin; Neubrandenburg; Altentreptow; Malchin; Teterow; Güstrow; Bützow; Sternberg
`);

/** Austrian and Swiss cities; European capitals and large cities of the world (German names). */
const WORLD_CITIES = words(`
Wien; Graz; Linz; Salzburg; Innsbruck; Klagenfurt; Villach; Wels; St. Pölten; Sankt Pölten; Dornbirn;
Steyr; Wiener Neustadt; Feldkirch; Bregenz; Leoben; Kufstein; Zürich; Genf; Basel; Lausanne; Bern; Winterthur;
Luzern; St. Gallen; Lugano; Biel; Thun; Köniz; La Chaux-de-Fonds; Schaffhausen; Chur; Freiburg im Üechtland;
Neuenburg; Sitten; Davos; Zermatt; Locarno; Montreux; Vaduz; Amsterdam; Rotterdam; Den Haag; Utrecht;
Eindhoven; Maastricht; Brüssel; Antwerpen; Gent; Brügge; Lüttich; Luxemburg; Paris; Marseille; Lyon;
Toulouse; Nizza; Nantes; Straßburg; Montpellier; Bordeaux; Lille; Rennes; Reims; Avignon; Cannes; Metz;
London; Birmingham; Manchester; Liverpool; Leeds; Glasgow; Edinburgh; Cardiff; Belfast; Bristol; Oxford;
Cambridge; Sheffield; Newcastle; Nottingham; Southampton; Dublin; Cork; Madrid; Barcelona; Valencia; Sevilla;
Bilbao; Málaga; Saragossa; Palma; Lissabon; Porto; Rom; Mailand; Neapel; Turin; Palermo; Genua; Bologna;
Florenz; Venedig; Verona; Triest; Bozen; Trient; Meran; Pisa; Parma; Bari; Catania; Kopenhagen; Aarhus;
Stockholm; Göteborg; Malmö; Uppsala; Oslo; Bergen; Trondheim; Helsinki; Tampere; Turku; Reykjavik; Tallinn;
Riga; Vilnius; Wilna; Warschau; Krakau; Lodz; Łódź; Breslau; Wrocław; Posen; Poznań; Danzig; Gdańsk; Stettin;
Szczecin; Kattowitz; Lublin; Prag; Brünn; Ostrau; Pilsen; Karlsbad; Budweis; Bratislava; Pressburg; Kaschau;
Budapest; Debrecen; Bukarest; Klausenburg; Temeswar; Sofia; Varna; Belgrad; Novi Sad; Zagreb; Split;
Dubrovnik; Ljubljana; Laibach; Maribor; Sarajevo; Mostar; Tuzla; Srebrenica; Podgorica; Skopje; Pristina;
Tirana; Athen; Thessaloniki; Saloniki; Istanbul; Ankara; Izmir; Antalya; Nikosia; Valletta; Moskau;
Sankt Petersburg; St. Petersburg; Nowosibirsk; Jekaterinburg; Kaliningrad; Königsberg; Wolgograd; Stalingrad;
Kasan; Samara; Omsk; Wladiwostok; Sotschi; Grosny; Kiew; Charkiw; Odessa; Lemberg; Lwiw; Donezk; Luhansk;
Mariupol; Dnipro; Minsk; Chisinau; Tiflis; Eriwan; Baku; Astana; Almaty; Taschkent; Bischkek; Duschanbe;
Aschgabat; Kabul; Kandahar; Herat; Masar-i-Scharif; Kundus; Islamabad; Karatschi; Lahore; Peschawar;
Neu-Delhi; Delhi; Mumbai; Bombay; Kalkutta; Chennai; Bangalore; Kathmandu; Dhaka; Colombo; Teheran;
Bagdad; Basra; Mossul; Erbil; Kirkuk; Falludscha; Damaskus; Aleppo; Homs; Beirut; Amman; Jerusalem; Tel Aviv;
Haifa; Ramallah; Gaza; Riad; Mekka; Medina; Dschidda; Dubai; Abu Dhabi; Doha; Maskat; Sanaa; Aden; Kairo;
Alexandria; Tripolis; Bengasi; Tunis; Algier; Rabat; Casablanca; Marrakesch; Khartum; Addis Abeba; Nairobi;
Mogadischu; Kampala; Kigali; Daressalam; Lagos; Abuja; Accra; Dakar; Kinshasa; Luanda; Harare; Johannesburg;
Kapstadt; Pretoria; Durban; Timbuktu; Peking; Shanghai; Schanghai; Hongkong; Shenzhen; Wuhan;
Chongqing; Tianjin; Nanjing; Taipeh; Tokio; Osaka; Kyoto; Hiroshima; Nagasaki; Fukushima; Yokohama; Kobe;
Sapporo; Seoul; Busan; Pjöngjang; Ulan Bator; Hanoi; Ho-Chi-Minh-Stadt; Saigon; Bangkok; Phnom Penh; Vientiane;
Rangun; Yangon; Kuala Lumpur; Singapur; Jakarta; Bali; Manila; Sydney; Melbourne; Brisbane; Perth; Adelaide;
Canberra; Auckland; Wellington; Washington; New York; Los Angeles; Chicago; Houston; Philadelphia; Phoenix;
San Antonio; San Diego; Dallas; San Francisco; Boston; Seattle; Detroit; Miami; Atlanta; Denver; Las Vegas;
New Orleans; Pittsburgh; Cincinnati; Cleveland; Baltimore; Minneapolis; St. Louis; Indianapolis; Nashville;
Memphis; Orlando; Tampa; Portland; Sacramento; Salt Lake City; Hollywood; Harlem; Toronto; Montreal; Vancouver;
Ottawa; Calgary; Mexiko-Stadt; Guadalajara; Havanna; Bogotá; Caracas; Lima; Quito; Santiago; Santiago de Chile;
La Paz; Buenos Aires; Montevideo; Asunción; Rio de Janeiro; Rio; São Paulo; Sao Paulo; Brasília; Salvador;
Recife
`);

/** Rivers, lakes, seas, mountains, islands. */
const NATURE = words(`
Rhein; Donau; Elbe; Oder; Weser; Main; Mosel; Neckar; Ems; Saale; Spree; Havel; Isar; Inn; Lech; Iller; Ruhr;
Lippe; Sieg; Lahn; Fulda; Werra; Saar; Nahe; Ahr; Wupper; Emscher; Neiße; Mulde; Unstrut; Ilm;
Altmühl; Regen; Naab; Vils; Salzach; Traun; Enns; Drau; Mur; Etsch; Po; Tiber; Arno; Rhone; Rhône; Loire;
Garonne; Themse; Weichsel; Memel; Düna; Dnjepr; Dnjestr; Wolga; Ural; Jenissei; Amur; Jangtse;
Gelber Fluss; Mekong; Ganges; Indus; Euphrat; Tigris; Jordan; Nil; Kongo; Niger; Sambesi; Amazonas; Mississippi;
Hudson; Potomac; Ostsee; Nordsee; Mittelmeer; Schwarzes Meer; Schwarzen Meer; Kaspisches Meer; Rotes Meer;
Roten Meer; Adria; Ägäis; Atlantik; Pazifik; Indischer Ozean; Nordatlantik; Ärmelkanal; Bosporus; Persischer
Golf; Persischen Golf; Golf von Mexiko; Gardasee; Comer See; Genfer See; Lago Maggiore; Alpen; Pyrenäen;
Karpaten; Apenninen; Anden; Rocky Mountains; Himalaya; Zugspitze; Watzmann; Brocken; Feldberg; Großglockner;
Matterhorn; Mont Blanc; Montblanc; Eiger; Jungfrau; Ätna; Vesuv; Kilimandscharo; Mount Everest; Sylt; Rügen;
Mallorca; Kreta; Sizilien; Sardinien; Korsika; Island; Grönland; Spitzbergen; Kanaren; Balearen; Azoren;
Malediven; Seychellen; Mond; Mars; Venus; Jupiter; Saturn; Nordpol; Südpol; Ruhrgebiet;
`);

/**
 * More German towns (about 10 000 inhabitants and more), city districts, districts (Landkreise) and regions, by
 * state; written from general knowledge.
 */
const GERMAN_TOWNS_MORE = words(`
Henstedt-Ulzburg; Bad Schwartau; Reinfeld; Glinde; Bargteheide; Schenefeld; Uetersen; Tornesch; Barmstedt;
Stockelsdorf; Plön; Preetz; Bad Bramstedt; Büdelsdorf; Kronshagen; Brunsbüttel; Meldorf; Niebüll; Lauenburg;
Wentorf; Heiligenhafen; Harrislee; Kappeln; Altona; Harburg; Wandsbek; Bergedorf; Eimsbüttel; Blankenese;
Barmbek; Eppendorf; Ottensen; Wilhelmsburg; Finkenwerder; Sankt Georg; St. Georg; Kreuzberg; Neukölln;
Friedrichshain; Prenzlauer Berg; Charlottenburg; Wilmersdorf; Charlottenburg-Wilmersdorf; Friedrichshain-Kreuzberg;
Schöneberg; Tempelhof; Tempelhof-Schöneberg; Spandau; Steglitz; Zehlendorf; Steglitz-Zehlendorf; Marzahn;
Hellersdorf; Marzahn-Hellersdorf; Treptow; Köpenick; Treptow-Köpenick; Pankow; Reinickendorf; Moabit; Dahlem;
Grunewald; Wannsee; Friedrichsfelde; Hohenschönhausen; Weißensee; Tegel; Schönefeld; Lichtenrade; Gropiusstadt;
Schwabing; Bogenhausen; Pasing; Sendling; Giesing; Haidhausen; Neuperlach; Moosach; Milbertshofen; Trudering;
Ehrenfeld; Deutz; Porz; Chorweiler; Lindenthal; Bockenheim; Sachsenhausen; Niederrad; Oberkassel;
Benrath; Gerresheim; Kaiserswerth; Bad Cannstatt; Zuffenhausen; Degerloch; Connewitz; Wattenscheid; Rheinhausen;
Lehrte; Laatzen; Seelze; Wunstorf; Barsinghausen; Burgdorf; Isernhagen; Wedemark; Neustadt am Rübenberge;
Hemmingen; Ronnenberg; Gehrden; Sarstedt; Pattensen; Burgwedel; Bramsche; Melle; Georgsmarienhütte; Wallenhorst;
Quakenbrück; Haselünne; Haren; Bad Bentheim; Westerstede; Bad Zwischenahn; Edewecht; Rastede; Ganderkesee;
Wildeshausen; Brake; Nordenham; Weener; Rhauderfehn; Wiesmoor; Schortens; Zeven; Bremervörde;
Osterholz-Scharmbeck; Lilienthal; Schwanewede; Ritterhude; Weyhe; Stuhr; Syke; Diepholz; Sulingen; Twistringen;
Bassum; Rinteln; Stadthagen; Bückeburg; Bad Nenndorf; Hessisch Oldendorf; Bad Pyrmont; Uslar; Hann. Münden;
Hannoversch Münden; Duderstadt; Herzberg; Bad Harzburg; Clausthal-Zellerfeld;
Bad Gandersheim; Königslutter; Schöningen; Wittingen; Walsrode; Soltau; Bad Fallingbostel; Schneverdingen;
Buchholz in der Nordheide; Seevetal; Bad Bevensen; Dannenberg; Lüchow; Hitzacker; Friesoythe; Löningen; Dinklage;
Sögel; Otterndorf; Hemmoor; Jork; Winsen (Luhe); Hann. Münden; Lohmar; Hennef; Eitorf; Niederkassel; Alfter;
Bad Münstereifel; Mechernich; Zülpich; Schleiden; Monschau; Simmerath; Linnich; Elsdorf; Bedburg; Rommerskirchen;
Schwalmtal; Brüggen; Niederkrüchten; Grefrath; Straelen; Kerken; Issum; Neukirchen-Vluyn; Bedburg-Hau; Kalkar;
Isselburg; Rhede; Reken; Gescher; Ochtrup; Hörstel; Lengerich; Tecklenburg; Havixbeck; Nottuln; Lüdinghausen;
Olfen; Ascheberg; Drensteinfurt; Everswinkel; Ostbevern; Sassenberg; Wadersloh; Rietberg; Steinhagen; Versmold;
Borgholzhausen; Hiddenhausen; Kirchlengern; Rödinghausen; Rahden; Preußisch Oldendorf; Hüllhorst;
Extertal; Kalletal; Barntrup; Horn-Bad Meinberg; Leopoldshöhe; Oerlinghausen; Augustdorf; Bad Wünnenberg;
Marsberg; Medebach; Bestwig; Finnentrop; Kirchhundem; Drolshagen; Wilnsdorf; Burbach; Erndtebrück; Bad Laasphe;
Schalksmühle; Neuenrade; Breckerfeld; Burscheid; Odenthal; Kürten; Engelskirchen; Lindlar; Marienheide;
Reichshof; Nümbrecht; Waldbröl; Wiehl; Bergneustadt; Hückeswagen; Hünxe; Schermbeck; Bönen;
Warstein; Rüthen; Ense; Möhnesee; Oberursel (Taunus); Friedrichsdorf; Usingen; Neu-Anspach; Bad Soden; Eschborn;
Schwalbach; Kelkheim; Hattersheim; Flörsheim; Hochheim; Kriftel; Bad Schwalbach; Geisenheim;
Oestrich-Winkel; Niedernhausen; Butzbach; Karben; Nidda; Büdingen; Rosbach; Bruchköbel; Nidderau; Erlensee;
Langenselbold; Wächtersbach; Bad Orb; Schlüchtern; Freigericht; Seligenstadt; Obertshausen; Heusenstamm;
Mühlheim; Rödermark; Egelsbach; Groß-Umstadt; Dieburg; Babenhausen; Ober-Ramstadt; Pfungstadt; Mühltal;
Seeheim-Jugenheim; Lorsch; Biblis; Michelstadt; Erbach; Raunheim; Kelsterbach; Riedstadt; Gernsheim; Trebur;
Ginsheim-Gustavsburg; Lich; Laubach; Grünberg; Hungen; Pohlheim; Lollar; Buseck; Stadtallendorf; Kirchhain;
Gladenbach; Biedenkopf; Dillenburg; Herborn; Haiger; Solms; Braunfels; Weilburg; Hadamar;
Bad Camberg; Künzell; Hünfeld; Lauterbach; Alsfeld; Bebra; Witzenhausen;
Hessisch Lichtenau; Melsungen; Schwalmstadt; Frankenberg; Bad Arolsen; Bad Wildungen; Hofgeismar; Vellmar;
Kaufungen; Lohfelden; Wolfhagen; Bendorf; Haßloch; Schifferstadt; Bad Dürkheim; Germersheim; Wörth;
Grünstadt; Kusel; Landstuhl; Ramstein; Ramstein-Miesenbach; Daun; Gerolstein; Hermeskeil; Saarburg; Konz;
Schweich; Bernkastel-Kues; Traben-Trarbach; Cochem; Boppard; Simmern; Bad Sobernheim; Kirn; Nierstein; Oppenheim;
Nieder-Olm; Budenheim; Osthofen; Kirchheimbolanden; Westerburg; Hachenburg; Altenkirchen; Remagen; Sinzig;
Bad Breisig; Adenau; Bad Ems; Sankt Wendel; St. Wendel; Blieskastel; Lebach; Püttlingen; Quierschied;
Heusweiler; Friedrichsthal; Bexbach; Ottweiler; Schiffweiler; Wadern; Losheim am See; Mettlach; Wadgassen;
Saarwellingen; Überherrn; Kleinblittersdorf; Rheinfelden (Baden); Biberach an der Riß;
Bad Rappenau; Remseck; Ellwangen; Mühlacker; Leimen; Ditzingen; Eislingen;
Geislingen an der Steige; Geislingen; Metzingen; Bad Waldsee; Wendlingen; Stutensee; Rheinstetten; Gaggenau;
Gernsbach; Eppingen; Lauffen; Brackenheim; Ladenburg; Hemsbach; Eberbach; Walldürn; Künzelsau;
Bad Friedrichshall; Weinsberg; Murrhardt; Gaildorf; Welzheim; Weinstadt; Remshalden; Plochingen; Wernau;
Ebersbach; Uhingen; Donzdorf; Giengen; Herbrechtingen; Langenau; Blaubeuren; Laichingen; Riedlingen;
Bad Saulgau; Pfullendorf; Meßkirch; Stockach; Gottmadingen; Hüfingen; Furtwangen; Triberg;
Titisee-Neustadt; Todtnau; Schopfheim; Grenzach-Wyhlen; Bad Krozingen; Staufen; Heitersheim;
 Kenzingen; Herbolzheim; Ettenheim; Haslach; Wolfach; Oberkirch; Baiersbronn;
 Oberndorf; Spaichingen; Trossingen; Mössingen; Pfullingen; Münsingen; Bad Urach;
Olching; Puchheim; Gauting; Planegg; Gräfelfing; Pullach; Vaterstetten; Aschheim; Unterföhring; Neubiberg;
Taufkirchen; Oberhaching; Höhenkirchen-Siegertsbrunn; Karlsfeld; Oberschleißheim; Eching; Neufahrn;
Hallbergmoos; Moosburg; Mainburg; Vilsbiburg; Eggenfelden; Pfarrkirchen; Simbach; Bad Füssing; Pocking;
Bad Griesbach; Osterhofen; Plattling; Neutraubling; Regenstauf; Lappersdorf; Abensberg; Burglengenfeld;
Maxhütte-Haidhof; Teublitz; Nabburg; Roding; Bad Kötzting; Furth im Wald; Tirschenreuth; Waldsassen;
Mitterteich; Wunsiedel; Rehau; Münchberg; Naila; Helmbrechts; Pegnitz; Grafenwöhr; Vilseck; Hilpoltstein;
Wendelstein; Altdorf; Röthenbach; Oberasbach; Langenzenn;
Neustadt an der Aisch; Bad Windsheim; Herrieden; Oettingen; Wertingen; Lauingen;
Gundelfingen; Höchstädt; Burgau; Leipheim; Ichenhausen; Krumbach; Illertissen; Vöhringen; Weißenhorn;
Bad Wörishofen; Mindelheim; Buchloe; Marktoberdorf; Pfronten; Oberstdorf; Schongau; Peißenberg;
Peiting; Murnau; Mittenwald; Oberammergau; Lenggries; Bad Wiessee; Tegernsee; Rottach-Egern; Bad Aibling;
Kolbermoor; Prien; Trostberg; Ruhpolding; Berchtesgaden;
Freilassing; Grafing; Dorfen; Wolnzach; Geisenfeld; Manching; Gaimersheim; Aichach;
Königsbrunn; Bobingen; Schwabmünchen; Gersthofen; Neusäß; Stadtbergen; Meitingen; Kaufering; Dießen;
Herrsching; Tutzing; Gilching; Maisach; Eichenau; Gröbenzell; Gemünden; Bad Brückenau; Mellrichstadt;
Gerolzhofen; Volkach; Dettelbach; Iphofen; Veitshöchheim; Alzenau; Hösbach; Kleinostheim; Großostheim;
Obernburg; Miltenberg; Amorbach; Elsenfeld; Hallstadt; Hirschaid; Ebermannstadt; Baiersdorf;
Höchstadt an der Aisch; Rödental; Bad Staffelstein; Burgkunstadt; Kulmbach; Kirchheim;
Wernigerode; Oschersleben; Haldensleben; Wolmirstedt; Gardelegen; Genthin; Zerbst;
Roßlau; Gräfenhainichen; Wolfen; Sandersdorf-Brehna; Hettstedt; Lutherstadt Eisleben; Querfurt;
Bad Dürrenberg; Leuna; Braunsbedra; Hohenmölsen; Schkopau; Landsberg (Saalekreis); Wettin-Löbejün; Thale;
Blankenburg; Ballenstedt; Staßfurt; Calbe; Barleben; Tangermünde; Havelberg; Osterburg; Bad Frankenhausen;
Worbis; Leinefelde-Worbis; Bad Salzungen; Schmölln; Zeulenroda-Triebes; Zeulenroda; Bad Berka; Blankenhain;
Stadtroda; Hermsdorf; Kahla; Neustadt an der Orla; Bad Lobenstein; Ohrdruf; Waltershausen;
Friedrichroda; Tambach-Dietharz; Brotterode; Ruhla; Gerstungen; Heringen; Bad Liebenstein; Steinbach-Hallenberg;
Oberhof; Eisfeld; Schleusingen; Coswig; Radeberg; Heidenau; Dippoldiswalde; Sebnitz; Bad Schandau; Königstein;
 Großenhain; Nünchritz; Weinböhla; Moritzburg; Kamenz; Bischofswerda; Löbau; Ebersbach-Neugersdorf;
Niesky; Weißwasser; Rothenburg (Oberlausitz); Bad Muskau; Lauta; Delitzsch; Bad Düben; Schkeuditz; Leipzig-Grünau;
Zwenkau; Markranstädt; Böhlen; Naunhof; Colditz; Geithain; Frohburg; Bad Lausick; Rochlitz; Burgstädt;
Hainichen; Frankenberg (Sachsen); Brand-Erbisdorf; Oederan; Olbernhau; Zschopau; Thalheim; 
Johanngeorgenstadt; Oberwiesenthal; Schneeberg; Lößnitz; Zwönitz; Oelsnitz; Hohenstein-Ernstthal;
Meerane; Wilkau-Haßlau; Rodewisch; Klingenthal; Markneukirchen;
Adorf; Bad Elster; Kleinmachnow; Stahnsdorf; Michendorf; Beelitz; Bad Belzig;
Premnitz; Wustermark; Dallgow-Döberitz; Schönwalde-Glien; Hohen Neuendorf; Glienicke; Mühlenbecker Land;
Birkenwerder; Liebenwalde; Zehdenick; Gransee; Fürstenberg; Templin; Schwedt/Oder; Bad Freienwalde; Wriezen;
Seelow; Müncheberg; Neuenhagen; Hoppegarten; Petershagen/Eggersdorf; Fredersdorf-Vogelsdorf; Rüdersdorf;
Schöneiche; Woltersdorf; Grünheide; Beeskow; Eisenhüttenstadt; Storkow; Wildau; Zeuthen; Eichwalde;
Schulzendorf; Mittenwalde; Blankenfelde-Mahlow; Rangsdorf; Trebbin; Baruth; Dahme; Luckau; Doberlug-Kirchhain;
Herzberg (Elster); Bad Liebenwerda; Elsterwerda; Großräschen; Schwarzheide; Ruhland; Vetschau; Drebkau;
Welzow; Kolkwitz; Lübbenau; Bad Saarow; Heringsdorf; Zinnowitz; Zingst; Binz; Putbus; Grimmen;
Tribsees; Loitz; Jarmen; Gützkow; Lubmin; Torgelow; Eggesin; Strasburg; Woldegk; Friedland; Penzlin; Malchow;
Röbel; Mirow; Wesenberg; Feldberger Seenlandschaft; Plau am See; Lübz; Crivitz; Schwaan; Kröpelin;
Kühlungsborn; Neubukow; Rerik; Sanitz; Tessin; Gnoien; Dargun; Stavenhagen; Laage; Krakow am See; Gadebusch;
Rehna; Dassow; Klütz; Boltenhagen; Neukloster; Warin; Brüel; Zarrentin; Wittenburg; Lübtheen;
Dömitz; Neustadt-Glewe; Lüdersdorf
`);

/** Districts (Landkreise) and regions of Germany written as one name. */
const GERMAN_DISTRICTS = words(`
Rhein-Sieg-Kreis; Rhein-Erft-Kreis; Rhein-Kreis Neuss; Kreis Mettmann; Ennepe-Ruhr-Kreis; Märkischer Kreis;
Hochsauerlandkreis; Oberbergischer Kreis; Rheinisch-Bergischer Kreis; Hochtaunuskreis; Main-Taunus-Kreis;
Rheingau-Taunus-Kreis; Main-Kinzig-Kreis; Wetteraukreis; Lahn-Dill-Kreis; Vogelsbergkreis; Odenwaldkreis;
Werra-Meißner-Kreis; Schwalm-Eder-Kreis; Rhein-Neckar-Kreis; Neckar-Odenwald-Kreis; Main-Tauber-Kreis;
Hohenlohekreis; Ostalbkreis; Rems-Murr-Kreis; Zollernalbkreis; Ortenaukreis; Enzkreis; Bodenseekreis;
Alb-Donau-Kreis; Schwarzwald-Baar-Kreis; Rhein-Lahn-Kreis; Rhein-Hunsrück-Kreis; Westerwaldkreis;
Eifelkreis Bitburg-Prüm; Rhein-Pfalz-Kreis; Donnersbergkreis; Saarpfalz-Kreis; Ilm-Kreis; Wartburgkreis;
Kyffhäuserkreis; Unstrut-Hainich-Kreis; Saale-Holzland-Kreis; Saale-Orla-Kreis; Saalekreis; Burgenlandkreis;
Salzlandkreis; Jerichower Land; Anhalt-Bitterfeld; Vorpommern-Greifswald; Vorpommern-Rügen;
Mecklenburgische Seenplatte; Nordwestmecklenburg; Ludwigslust-Parchim; Oder-Spree; Märkisch-Oderland;
Dahme-Spreewald; Oberspreewald-Lausitz; Spree-Neiße; Elbe-Elster; Teltow-Fläming; Potsdam-Mittelmark;
Ostprignitz-Ruppin; Oberhavel; Heidekreis; Ammerland; Wesermarsch; Grafschaft Bentheim; Erzgebirgskreis;
Vogtlandkreis; Mittelsachsen; Nordsachsen; Sächsische Schweiz-Osterzgebirge; Berchtesgadener Land;
Nürnberger Land; Landkreis Harburg; Region Hannover; Städteregion Aachen; Kreis Pinneberg; Kreis Segeberg;
Kreis Stormarn; Rendsburg-Eckernförde; Schleswig-Flensburg; Kreis Unna; Kreis Wesel;
Kreis Kleve; Kreis Viersen; Kreis Heinsberg; Kreis Düren; Kreis Euskirchen; Kreis Borken; Kreis Coesfeld;
Kreis Steinfurt; Kreis Warendorf; Kreis Gütersloh; Kreis Herford; Kreis Lippe; Kreis Höxter; Kreis Paderborn;
Kreis Soest; Kreis Olpe; Kreis Siegen-Wittgenstein; Kreis Recklinghausen; Kreis Minden-Lübbecke; Ostalb; Rheingau;
Ortenau; Hegau; Kaiserstuhl; Chiemgau; Rupertiwinkel; Werdenfelser Land; Pfaffenwinkel; Hallertau; Holledau;
Rottal; Fränkische Schweiz; Haßberge; Oberpfälzer Wald; Voralpenland; Knüll; Kellerwald; Waldeck; Westpfalz;
Südpfalz; Vorderpfalz; Nordpfalz; Pfälzerwald; Pfälzer Wald; Ahrtal; Vulkaneifel; Siebengebirge;
Oberbergisches Land; Teutoburger Wald; Wiehengebirge; Eggegebirge; Rothaargebirge; Ostwestfalen-Lippe; OWL;
Ruhrpott; Lipperland; Solling; Deister; Oberharz; Südharz; Eichsfeld; Kyffhäuser; Thüringer Becken; Saale-Unstrut;
Dübener Heide; Fläming; Magdeburger Börde; Mansfelder Land; Ruppiner Land; Märkische Schweiz; Schorfheide;
Mecklenburgische Schweiz; Fischland; Darß; Fischland-Darß-Zingst; Hiddensee; Nordfriesische Inseln;
Ostfriesische Inseln; Halligen; Probstei; Holsteinische Schweiz; Stormarn; Altes Land; Land Hadeln; Kehdingen;
Oldenburger Land; Oldenburger Münsterland; Artland; Hümmling; Elbtalaue; Harzvorland; Osterzgebirge;
Muldental; Elbtal; Uckermark; Rhein-Main-Gebiet; Rhein-Main; Rhein-Neckar; Rhein-Ruhr; 
Rhein-Neckar-Region; Mittelfranken; Bergstraße; Vorharz; Wattenmeer
`);

/** Austrian and Swiss towns and regions, South Tyrol (German names). */
const ALPINE_PLACES = words(`
Leonding; Klosterneuburg; Wolfsberg; Krems; Traun; Amstetten; Lustenau; Kapfenberg; Mödling;
Hallein; Traiskirchen; Schwechat; Braunau; Stockerau; Saalfelden; Ansfelden; Tulln;
Hohenems; Spittal; Telfs; Ternitz; Perchtoldsdorf; Bludenz; Bad Ischl; Eisenstadt; Schwaz;
 Gmunden; Wörgl; Marchtrenk; Bruck; Sankt Veit an der Glan; Korneuburg; Vöcklabruck;
Lienz; Rankweil; Hollabrunn; Brunn am Gebirge; Ried im Innkreis; Waidhofen an der Ybbs; Knittelfeld; Gänserndorf;
Bad Vöslau; Götzis; Deutschlandsberg; Mistelbach; Zwettl; Judenburg; Voitsberg; Gleisdorf; Weiz; Bad Aussee;
Kitzbühel; Imst; Landeck; Sölden; Ischgl; Zell am See; Bischofshofen; Sankt Johann; Seekirchen;
Mattighofen; Schärding; Freistadt; Perg; Eferding; Grieskirchen; Velden; Pörtschach; Völkermarkt; Hermagor;
Mürzzuschlag; Liezen; Schladming; Bad Gastein; Mayrhofen; Seefeld; Mattersburg; Neusiedl am See; Oberwart;
Güssing; Jennersdorf; Hallstatt; Floridsdorf; Donaustadt; Ottakring; Hernals; Währing; Döbling;
Leopoldstadt; Brigittenau; Meidling; Hietzing; Penzing; Rudolfsheim-Fünfhaus; Josefstadt; Alsergrund; Mariahilf;
Margareten; Liesing; Wachau; Waldviertel; Weinviertel; Mostviertel; Industrieviertel; Mühlviertel; Innviertel;
Hausruckviertel; Traunviertel; Salzkammergut; Pinzgau; Pongau; Lungau; Flachgau; Tennengau; Zillertal; Ötztal;
Stubaital; Pitztal; Paznaun; Montafon; Bregenzerwald; Kleinwalsertal; Arlberg; Gasteinertal; Ennstal; Murtal;
Mürztal; Wienerwald; Semmering; Neusiedler See; Seewinkel; Lavanttal; Gailtal; Mölltal; Wörthersee; Attersee;
Traunsee; Mondsee; Wolfgangsee; Dachstein; Hohe Tauern; Großvenediger; Vernier; Uster; Lancy;
Yverdon-les-Bains; Yverdon; Kriens; Rapperswil-Jona; Rapperswil; Dübendorf; Dietikon; Frauenfeld; Wetzikon;
Riehen; Meyrin; Carouge; Wädenswil; Allschwil; Renens; Kreuzlingen; Aarau; Horgen; Nyon; Vevey; Kloten;
Olten; Wettingen; Grenchen; Herisau; Steffisburg; Morges; Pratteln; Muttenz; Thalwil; Langenthal; Opfikon;
Gossau; Bellinzona; Monthey; Martigny; Sierre; Siders; Brig; Visp; Einsiedeln; Arosa; St. Moritz; Sankt Moritz;
Grindelwald; Interlaken; Gstaad; Engelberg; Andermatt; Ascona; Liestal; Stans; Sarnen; Küsnacht; Bülach;
Adliswil; Regensdorf; Schlieren; Volketswil; Zollikon; Stäfa; Biel/Bienne; Engadin; Oberengadin; Unterengadin;
Berner Oberland; Emmental; Toggenburg; Entlebuch; Prättigau; Surselva; Vierwaldstättersee; Zürichsee; Thunersee;
Brienzersee; Walensee; Luganersee; Neuenburgersee; Bielersee; Sankt Gotthard; San Bernardino; Simplon;
Jungfraujoch; Rigi; Säntis; Titlis; Brixen; Bruneck; Sterzing; Schlanders; Leifers; Eppan; Kaltern;
Vinschgau; Pustertal; Eisacktal; Gröden; Dolomiten; Brennerpass; Reschenpass; Timmelsjoch
`);

/** More cities of the world (about 500 000 inhabitants and more, and places often in the news), German names. */
const WORLD_CITIES_MORE = words(`
Guangzhou; Chengdu; Xi'an; Hangzhou; Shenyang; Harbin; Dalian; Qingdao; Zhengzhou; Jinan; Changsha;
Kunming; Suzhou; Xiamen; Fuzhou; Nanning; Hefei; Ürümqi; Urumqi; Lhasa; Lanzhou; Taiyuan; Shijiazhuang; Nagoya;
Fukuoka; Sendai; Incheon; Daegu; Gwangju; Daejeon; Kaohsiung; Hyderabad; Ahmedabad; Pune; Surat; Jaipur; Lucknow;
Kanpur; Nagpur; Patna; Agra; Varanasi; Amritsar; Srinagar; Kochi; Faisalabad; Rawalpindi; Multan; Quetta;
Chittagong; Surabaya; Bandung; Medan; Semarang; Makassar; Davao; Cebu; Quezon City; Mandalay; Naypyidaw;
Chiang Mai; Phuket; Pattaya; Da Nang; Haiphong; Isfahan; Täbris; Maschhad; Schiras; Ghom; Ahvaz; Dschalalabad;
Nadschaf; Kerbela; Samarra; Tikrit; Ramadi; Sulaimanija; Rakka; Raqqa; Idlib; Latakia; Deir ez-Zor; Daraa;
Tyrus; Sidon; Hebron; Nablus; Dschenin; Bethlehem; Nazareth; Eilat; Aschdod; Beerscheba; Sderot; Chan Junis;
Rafah; Dammam; Manama; Kuwait-Stadt; Hodeida; Taiz; Bursa; Adana; Gaziantep; Konya; Diyarbakir; Diyarbakır;
Kayseri; Trabzon; Samsun; Eskişehir; Mersin; Bodrum; Alanya; Şanlıurfa; Kobane; Kobani; Erzurum; Giseh; Gizeh;
Luxor; Assuan; Port Said; Scharm el-Scheich; Hurghada; Misrata; Sirte; Tobruk; Sfax; Sousse; Oran; Tanger;
Agadir; Nouakchott; Bamako; Niamey; Ouagadougou; N'Djamena; Abidjan; Conakry; Freetown; Monrovia; Kumasi; Lomé;
Cotonou; Kano; Ibadan; Port Harcourt; Maiduguri; Douala; Yaoundé; Libreville; Brazzaville; Bangui; Lubumbashi;
Goma; Kisangani; Bukavu; Mombasa; Kisumu; Dodoma; Sansibar; Dschuba; Asmara; Hargeisa; Lusaka; Lilongwe;
Maputo; Antananarivo; Windhuk; Windhoek; Gaborone; Bulawayo; Soweto; Bloemfontein; Omdurman; Bujumbura;
Fort Worth; Jacksonville; El Paso; Milwaukee; Oklahoma City; Louisville; Albuquerque; Tucson; Fresno;
Kansas City; Omaha; Long Beach; Oakland; Honolulu; Anchorage; Newark; Santa Monica; Palo Alto; Silicon Valley;
Cupertino; Mountain View; Charlottesville; Guantánamo; Guantanamo; Winnipeg; Edmonton; Monterrey; Puebla;
Tijuana; Ciudad Juárez; Cancún; Acapulco; Guatemala-Stadt; Managua; Tegucigalpa; San Salvador; Panama-Stadt;
Santo Domingo; Port-au-Prince; Medellín; Cali; Barranquilla; Maracaibo; Guayaquil; Cusco; Arequipa;
Valparaíso; Rosario; Porto Alegre; Belo Horizonte; Fortaleza; Curitiba; Manaus; Belém; Cochabamba;
Nischni Nowgorod; Rostow am Don; Krasnojarsk; Perm; Woronesch; Saratow; Krasnodar; Tscheljabinsk; Tomsk;
Irkutsk; Murmansk; Archangelsk; Smolensk; Kursk; Belgorod; Brjansk; Pskow; Nowgorod; Jaroslawl; Twer; Kaluga;
Sewastopol; Simferopol; Jalta; Kertsch; Cherson; Saporischschja; Mykolajiw; Poltawa; Sumy; Tschernihiw;
Schytomyr; Winnyzja; Tscherkassy; Krementschuk; Kramatorsk; Slowjansk; Bachmut; Awdijiwka; Butscha; Irpin;
Tschernobyl; Czernowitz; Tscherniwzi; Uschhorod; Ternopil; Iwano-Frankiwsk; Luzk; Riwne; Charkow; Dnipropetrowsk;
Homel; Gomel; Grodno; Witebsk; Mogiljow; Tiraspol; Transnistrien; Batumi; Kutaissi; Gjumri; Bergkarabach;
Berg-Karabach; Nagorny-Karabach; Stepanakert; Niš; Kragujevac; Subotica; Banja Luka; Zenica; Rijeka; Zadar;
Osijek; Pula; Šibenik; Vukovar; Ohrid; Bitola; Durrës; Shkodra; Vlora; Prizren; Mitrovica; Plowdiw; Burgas;
Konstanza; Constanța; Jassy; Iași; Craiova; Hermannstadt; Sibiu; Brașov; Arad; Oradea; Großwardein;
Timișoara; Cluj-Napoca; Szeged; Pécs; Fünfkirchen; Győr; Miskolc; Sopron; Ödenburg; Košice; Žilina; Olmütz;
Olomouc; Reichenberg; Liberec; Aussig; Ústí nad Labem; Königgrätz; Hradec Králové; Pardubice; Znaim; Iglau;
Marienbad; Franzensbad; Krumau; Český Krumlov; Theresienstadt; Lidice; Gdingen; Gdynia; Zoppot; Sopot; 
Toruń; Bromberg; Bydgoszcz; Allenstein; Olsztyn; Elbing; Elbląg; Gleiwitz; Gliwice; Oppeln; Opole; Tschenstochau;
Częstochowa; Radom; Kielce; Rzeszów; Białystok; Bialystok; Auschwitz; Oświęcim; Liegnitz; Legnica; Zielona Góra;
Kolberg; Swinemünde; Świnoujście; Słubice; Kaunas; Klaipėda; Dünaburg; Daugavpils; Tartu; Dorpat; Narva; Pärnu;
Odense; Aalborg; Esbjerg; Roskilde; Helsingør; Bornholm; Linköping; Örebro; Västerås; Norrköping; Helsingborg;
Lund; Kiruna; Gotland; Visby; Stavanger; Tromsø; Tromsö; Ålesund; Lillehammer; Espoo; Vantaa; Oulu; Rovaniemi;
Lappland; Åland; Färöer; Arnheim; Nimwegen; Groningen; Haarlem; Delft; Zwolle; Enschede; Venlo; Heerlen;
Kerkrade; Tilburg; Breda; Almere; Amersfoort; Apeldoorn; Dordrecht; Scheveningen; Leuven; Namur;
Charleroi; Mechelen; Ostende; Kortrijk; Hasselt; Eupen; Sankt Vith; Malmedy; Esch an der Alzette; Echternach;
Schengen; Le Havre; Rouen; Caen; Le Mans; Orléans; Dijon; Besançon; Mülhausen; Mulhouse; Colmar;
Saint-Étienne; Grenoble; Clermont-Ferrand; Limoges; Poitiers; Angers; Amiens; Calais; Dünkirchen; Versailles;
Saint-Denis; Toulon; Perpignan; Nîmes; Arles; Biarritz; Lourdes; Chamonix; Annecy; Ajaccio; Bastia;
Saint-Tropez; Monte Carlo; Verdun; Brescia; Bergamo; Padua; Vicenza; Modena; Reggio Emilia; Ferrara; Ravenna;
Rimini; Ancona; Perugia; Siena; Livorno; Lucca; Assisi; Pescara; L'Aquila; Tarent; Taranto; Brindisi; Lecce;
Foggia; Salerno; Reggio Calabria; Messina; Syrakus; Agrigent; Lampedusa; Cagliari; Sassari; Olbia; Aosta;
Varese; Monza; Novara; Cremona; Mantua; Piacenza; Sanremo; San Remo; Rapallo; Portofino; Capri; Ischia;
Pompeji; Amalfi; Sorrent; Riva del Garda; Cortina d'Ampezzo; Udine; Görz; Alicante; Murcia; Cartagena;
Granada; Córdoba; Cordoba; Cádiz; Almería; Marbella; Benidorm; Valladolid; Salamanca; Toledo; Burgos;
San Sebastián; Pamplona; Oviedo; Gijón; La Coruña; Santiago de Compostela; Vigo; Tarragona; Girona; Lleida;
Las Palmas; Lanzarote; Fuerteventura; Menorca; Formentera; La Gomera; Gibraltar; Ceuta; Melilla; Coimbra;
Braga; Faro; Funchal; Madeira; Algarve; Brighton; Dover; Canterbury; Portsmouth; Plymouth; Bradford; Leicester;
Coventry; Wolverhampton; Sunderland; Middlesbrough; Swansea; Aberdeen; Dundee; Inverness; Limerick; Galway;
Derry; Londonderry; Westminster; Downing Street; Heathrow; Patras; Heraklion; Iraklion; Piräus; Larisa; Volos;
Ioannina; Kavala; Korfu; Lesbos; Chios; Samos; Kos; Santorin; Mykonos; Limassol; Larnaka; Famagusta; Paphos;
Samarkand; Buchara; Karaganda; Thimphu; Hobart; Christchurch; Suva; Port Moresby; Ulaanbaatar; Ulan-Ude
`);

/** More rivers, lakes, seas, mountains and islands. */
const NATURE_MORE = words(`
Warnow; Peene; Trave; Schlei; Eider; Alster; Außenalster; Binnenalster; Ilmenau; Oker; Hunte;
Vechte; Wümme; Oste; Diemel; Kinzig; Nidda; Rur; Erft; Niers; Agger; Lenne; Volme; Möhne; Bigge; Murg;
Enz; Jagst; Fils; Rems; Brenz; Schussen; Wutach; Dreisam; Prims; Kyll; Ruwer; Wiesent;
Pegnitz; Rednitz; Regnitz; Wörnitz; Amper; Loisach; Mangfall; Zschopau; Weiße Elster; Schwarze Elster; Pleiße;
Uecker; Dahme; Elde; Recknitz; Tollense; Schelde; IJssel; Marne; Somme; Dordogne; Tajo; Ebro; Duero;
Guadalquivir; Severn; Moldau; Theiß; Waag; Drina; Pruth; Narew; Warthe; Pregel; Newa; Irtysch;
Brahmaputra; Irrawaddy; Orinoco; Rio Grande; Yukon; Limpopo; Steinhuder Meer; Zwischenahner Meer;
Plöner See; Schweriner See; Scharmützelsee; Müggelsee; Schliersee; Königssee; Walchensee; Kochelsee;
Staffelsee; Forggensee; Titisee; Schluchsee; Edersee; Biggesee; Rursee; Laacher See; Maschsee; Baldeneysee;
Plattensee; Balaton; Ohridsee; Ladogasee; Onegasee; Baikalsee; Aralsee; Totes Meer; Toten Meer; See Genezareth;
Viktoriasee; Tanganjikasee; Tschadsee; Titicacasee; Michigansee; Eriesee; Ontariosee; Niagarafälle;
Nordpolarmeer; Barentssee; Beringstraße; Beringmeer; Japanisches Meer; Ostchinesisches Meer; Südchinesisches Meer;
Südchinesischen Meer; Gelbes Meer; Arabisches Meer; Golf von Aden; Straße von Hormus; Golf von Oman;
Arabische Halbinsel; Tyrrhenisches Meer; Ionisches Meer; Golf von Biskaya; Biskaya; Irische See; Skagerrak;
Kattegat; Öresund; Fehmarnbelt; Großer Belt; Kieler Bucht; Lübecker Bucht; Deutsche Bucht; Jadebusen; Dollart;
Straße von Gibraltar; Straße von Messina; Dardanellen; Suezkanal; Panamakanal; Nord-Ostsee-Kanal;
Mittellandkanal; Main-Donau-Kanal; Karibisches Meer; Golfstrom; Kap der Guten Hoffnung; Kap Hoorn; Feuerland;
Südatlantik; Südpazifik; Nordpazifik; Südpolarmeer; Wendelstein; Alpspitze; Nebelhorn; Herzogstand;
Kampenwand; Großer Arber; Fichtelberg; Wasserkuppe; Großer Feldberg; Hornisgrinde; Schauinsland; Hoher Meißner;
Kahler Asten; Externsteine; Drachenfels; Loreley; Lorelei; Ortler; Piz Bernina; Dufourspitze; Monte Rosa;
Wildspitze; Hochkönig; Kitzsteinhorn; Schneekoppe; Riesengebirge; Böhmerwald; Sudeten; Hohe Tatra;
Beskiden; Dinarische Alpen; Olymp; Athos; Ararat; Elbrus; Altai; Tienschan; Pamir; Hindukusch; Karakorum;
Nanga Parbat; Annapurna; Denali; Aconcagua; Fudschijama; Mount Fuji; Mount Kenya; Stromboli; Eyjafjallajökull;
Teide; Pellworm; Neuwerk; Baltrum; Reichenau; Mainau; Herreninsel; Fraueninsel; Öland; Fünen; Lolland; Falster;
Shetland; Orkney; Hebriden; Isle of Man; Guernsey; Kanalinseln; Elba; Lipari; Gozo; Djerba; Kapverden;
Kanarische Inseln; Kanarischen Inseln; Euböa; Ithaka; Sumatra; Borneo; Sulawesi; Neuguinea; Tasmanien;
Hokkaido; Honshu; Okinawa; Hainan; Sachalin; Kurilen; Falklandinseln; Falklands; Galapagos; Galápagos;
Hispaniola; Bermuda; Kaimaninseln; Martinique; Guadeloupe; Aruba; Curaçao; Tahiti; Osterinsel; Guam;
Nowaja Semlja; Alcatraz; Long Island; Staten Island; Sinai-Halbinsel; Golan; Westbank; Gazastreifens
`);

/** Spa towns ("Bad …"), more towns of North Rhine-Westphalia and city districts of the large cities. */
const GERMAN_TOWNS_BAD_AND_DISTRICTS = words(`
Bad Godesberg; Bad Bergzabern; Bad Wimpfen; Bad Wurzach; Bad Schussenried; Bad Buchau; Bad Boll; Bad Liebenzell;
Bad Wildbad; Bad Herrenalb; Bad Teinach; Bad Bellingen; Bad Dürrheim; Bad Endorf; Bad Feilnbach; Bad Heilbrunn;
Bad Kohlgrub; Bad Hindelang; Bad Grönenbach; Bad Abbach; Bad Gögging; Bad Steben; Bad Berneck; Bad Rodach;
Bad Bocklet; Bad Königshofen; Bad Salzhausen; Bad Marienberg; Bad Hönningen; Bad Bodendorf; Bad Westernkotten;
Bad Waldliesborn; Bad Meinberg; Bad Eilsen; Bad Münder; Bad Salzdetfurth; Bad Lauterberg; Bad Sachsa; Bad Grund;
Bad Essen; Bad Iburg; Bad Laer; Bad Rothenfelde; Bad Bederkesa; Bad Bodenteich; Bad Malente; Bad Sülze;
Bad Kleinen; Bad Wilsnack; Bad Brambach; Bad Kösen; Bad Bibra; Bad Tennstedt; Bad Sulza; Bad Klosterlausnitz;
Bad Blankenburg; Bad Colberg; Bad Soden-Salmünster; Bad Neuenahr; Ahrweiler; Aldenhoven; Altenberge; Anröchte;
Beverungen; Borchen; Dörentrup; Gangelt; Herzebrock-Clarholz; Hövelhof; Hürtgenwald; Kranenburg; Kreuzau;
Langerwehe; Lippetal; Merzenich; Niederzier; Nörvenich; Raesfeld; Rosendahl; Ruppichteroth; Schieder-Schwalenberg;
Schöppingen; Selfkant; Sonsbeck; Stemwede; Swisttal; Titz; Uedem; Vettweiß; Wachtberg; Wachtendonk; Weeze;
Weilerswist; Welver; Windeck; Neunkirchen-Seelscheid; Rüttenscheid; Kettwig; Altenessen; Borbeck; Hörde;
Aplerbeck; Hombruch; Eving; Huckarde; Mengede; Lütgendortmund; Marxloh; Hamborn; Ruhrort; Walsum; Meiderich;
Langendreer; Nordend; Westend; Ostend; Bahnhofsviertel; Fechenheim; Sossenheim; Rödelheim; Praunheim;
Niederursel; Bonames; Bergen-Enkheim; Seckbach; Preungesheim; Eckenheim; Ginnheim; Eschersheim; Heddernheim;
Schwanheim; Oberrad; Zeilsheim; Unterliederbach; Sindlingen; Harvestehude; Winterhude; Rotherbaum; Uhlenhorst;
Steilshoop; Billstedt; Jenfeld; Rahlstedt; Volksdorf; Bramfeld; Lurup; Osdorf; Veddel; HafenCity; Speicherstadt;
Wedding; Britz; Rudow; Adlershof; Karlshorst; Friedenau; Lankwitz; Lichterfelde; Marienfelde;
Mariendorf; Kladow; Gatow; Staaken; Siemensstadt; Frohnau; Wittenau; Heiligensee; Karow; Niederschönhausen;
Friedrichshagen; Rahnsdorf; Schmöckwitz; Altglienicke; Johannisthal; Niederschöneweide; Oberschöneweide;
Plänterwald; Kaulsdorf; Mahlsdorf; Biesdorf; Maxvorstadt; Ludwigsvorstadt; Lehel; Nymphenburg; Laim; Hadern;
Obermenzing; Allach; Feldmoching; Freimann; Harlaching; Solln; Thalkirchen; Obergiesing; Berg am Laim; Riem;
Perlach; Ramersdorf; Forstenried; Fürstenried; Sülz; Rodenkirchen; Bickendorf; Ossendorf; Longerich;
Bayenthal; Zollstock; Vingst; Merheim; Dellbrück; Holweide; Flittard; Stammheim; Worringen; Junkersdorf;
Müngersdorf; Braunsfeld; Lövenich; Untertürkheim; Obertürkheim; Hedelfingen; Plieningen; Sillenbuch; Botnang;
Weilimdorf; Gohlis; Plagwitz; Lindenau; Reudnitz; Paunsdorf; Probstheida; Stötteritz; Eutritzsch; Blasewitz;
Loschwitz; Pieschen; Prohlis; Gorbitz; Striesen; Klotzsche; Hellerau; Pillnitz; Vegesack; Gröpelingen; Findorff;
Schwachhausen; Hemelingen; Huchting; Kleefeld; Kirchrode; Bothfeld; Vahrenwald; Misburg; Ricklingen; Badenstedt;
Herrenhausen; Döhren; Pempelfort; Derendorf; Flingern; Oberbilk; Wersten; Garath; Unterrath; Lörick; Heerdt;
Gostenhof; Langwasser; Bilk; Bad Cannstatt
`);

/** More regions of Europe and the world, and states (German names). */
const REGIONS_MORE = words(`
Okzitanien; Aquitanien; Auvergne; Champagne; Picardie; Languedoc; Roussillon; Savoyen; Côte d'Azur; Emilia-Romagna;
Friaul; Trentino; Aostatal; Abruzzen; Basilikata; Asturien; Kantabrien; Navarra; Aragonien; Extremadura; Cornwall;
Yorkshire; Sussex; Essex; Devon; Lancashire; Midlands; Masowien; Kleinpolen; Großpolen; Kujawien; Ermland;
Sudetenland; Dalmatien; Istrien; Slawonien; Vojvodina; Woiwodina; Tatarstan; Baschkortostan; Inguschetien;
Karelien; Jakutien; Kamtschatka; Tschukotka; Negev; Judäa; Samaria; Hadramaut; Belutschistan; Waziristan;
Nordwaziristan; Khyber Pakhtunkhwa; Bengalen; Westbengalen; Kerala; Tamil Nadu; Gujarat; Maharashtra;
Uttar Pradesh; Bihar; Rajasthan; Assam; Ladakh; Sikkim; Xinjiang; Sinkiang; Guangdong; Hubei; Sichuan; Yunnan;
Fujian; Zhejiang; Jiangsu; Shandong; Henan; Hebei; Innere Mongolei; Kyushu; Mindanao; Luzon; Aceh; Lombok;
Kordofan; Nubien; Biafra; Tigray; Amhara; Oromia; Ogaden; Somaliland; Puntland; Kivu; Nord-Kivu; Süd-Kivu;
Katanga; Kasai; Ituri; Cabo Delgado; Casamance; Maghreb; Kalahari; Serengeti; Transvaal; KwaZulu-Natal;
Appalachen; Mittlerer Westen; Neuengland; Yucatán; Chiapas; Sinaloa; Chihuahua; Sonora; Baja California;
Michoacán; Oaxaca; Tamaulipas; Bahia; Minas Gerais; Pernambuco; Rio Grande do Sul; Neufundland; Neuschottland;
Nova Scotia; Manitoba; Saskatchewan; Nunavut; North Dakota; South Dakota; West Virginia; New Hampshire; Swasiland;
Côte d'Ivoire; Timor-Leste; Mikronesien; Marshallinseln; St. Lucia; São Tomé und Príncipe; Demokratische Republik
Kongo; Republik Kongo; Nordzypern; Bergkarabach; Donbas; Oblast Donezk; Saporischschja; Ostukraine; Westukraine;
Südukraine; Nordsyrien; Nordirak; Südlibanon; Nordkaukasus; Ostpolen; Nordspanien; Südfrankreich; Norditalien;
Süditalien; Nordgriechenland; Ostanatolien; Südostanatolien; Ostjerusalem; Ost-Jerusalem; Westberlin; West-Berlin;
Ostberlin; Ost-Berlin; Südtirol; Trentino-Südtirol; Oberitalien; Unterfranken; Nordbaden; Südbaden; Nordbayern;
Südbayern; Ostbayern; Ostfriesland; Nordhessen; Oberhessen; Osthessen; Südniedersachsen; Ostholstein;
Nordwestdeutschland; Südwestdeutschland
`);

/** Historical states, regions and cities (German names) and well-known squares, streets, buildings and sights. */
const HISTORICAL_AND_SIGHTS = words(`
Westpreußen; Hinterpommern; Oberschlesien; Niederschlesien; Banat; Bukowina; Wolhynien; Livland; Kurland;
Memelland; Pommerellen; Neumark; Württemberg-Hohenzollern; Nassau; Schaumburg-Lippe;
Anhalt; Reuß; Schwarzburg; 
Hessen-Nassau; Kurhessen; Kurmark;
Rheinprovinz; Ostmark; Byzanz; Konstantinopel; Persien; Babylon; Assyrien; Karthago; Troja;
Sparta; Gallien; Germanien; Britannien; Hispanien; Dakien; Pannonien; Noricum; Rätien; Thrakien; Makedonien;
Kleinasien; Phönizien; Kanaan; Abessinien; Siam; Ceylon; Burma; Formosa; Indochina; Ostindien; Westindien;
Rhodesien; Zaire; Österreich-Ungarn; Deutsches Reich; Deutschen Reich; Deutschen Reiches; Drittes Reich;
Dritten Reich; Weimarer Republik; Osmanisches Reich; Osmanischen Reich; Römisches Reich; Römischen Reich;
Heiliges Römisches Reich; Heiligen Römischen Reich; Zarenreich; Frankenreich; Ostfrankenreich; Westfrankenreich;
Habsburgermonarchie; Donaumonarchie; 

Kurpfalz; Alexanderplatz; Potsdamer Platz; Kurfürstendamm;
Ku'damm; Unter den Linden; Brandenburger Tor; Reichstagsgebäude; Checkpoint Charlie; Gendarmenmarkt;
Museumsinsel; Tempelhofer Feld; Marienplatz; Stachus; Englischer Garten; Theresienwiese; Reeperbahn;
Jungfernstieg; Landungsbrücken; Elbphilharmonie; Kölner Dom; Domplatte; Königsallee; Frauenkirche;
Sanssouci; Neuschwanstein; Schloss Neuschwanstein; Wartburg; Hambacher Schloss; Hermannsdenkmal;
Völkerschlachtdenkmal; Holstentor; Zeche Zollverein; Times Square; Broadway; Fifth Avenue;
Champs-Élysées; Eiffelturm; Place de la Concorde; Trafalgar Square; Piccadilly Circus; Big Ben; Tower Bridge;
Buckingham Palace; Buckingham-Palast; Roter Platz; Roten Platz; Tiananmen-Platz; Platz des Himmlischen Friedens;
Tahrir-Platz; Taksim-Platz; Maidan; Klagemauer; Tempelberg; Felsendom; Kolosseum; Petersdom; Petersplatz;
Akropolis; Ground Zero; Golden Gate Bridge; Freiheitsstatue; Kapitol; Capitol Hill; Hradschin; Karlsbrücke;
Wenzelsplatz; Stephansdom; Hofburg; Schönbrunn; Prater; Wiener Ring; Heldenplatz; Obersalzberg;
Berghof; Wannseevilla; Bergen-Belsen; Buchenwald; Dachau; Ravensbrück; Theresienstadt; Treblinka; Sobibor;
Majdanek; Birkenau; Auschwitz-Birkenau; Flossenbürg; Neuengamme; Mauthausen; Sachsenhausen
`);

/** More towns of Bavaria, of the United States, and places of Asia, the Middle East and Africa often in the news. */
const PLACES_MORE_2 = words(`
Waldkirchen; Grafenau; Freyung; Viechtach; Ergolding; Essenbach; Vohenstrauß; Wernberg-Köblitz; Bindlach;
Kiefersfelden; Raubling; Stephanskirchen; Siegsdorf; Bischofswiesen; Neuötting; Töging am Inn; Tittmoning;
Pentling; Obertraubling; Nittendorf; Hemau; Parsberg; Beilngries; Nittenau; Schwarzenfeld; Wiesau; Weidenberg;
Speichersdorf; Ebensfeld; Eggolsheim; Strullendorf; Arzberg; Küps; Wassertrüdingen; Boise; Spokane; Richmond;
Hartford; Providence; Albany; Trenton; Harrisburg; Annapolis; Charleston; Little Rock; Baton Rouge; Des Moines;
Lansing; Springfield; Topeka; Cheyenne; Santa Fe; Carson City; Juneau; Tallahassee; Fort Lauderdale; Fort Hood;
Fort Bragg; Quantico; Los Alamos; Roswell; Aspen; Malibu; Beverly Hills; Pasadena; Anaheim; San José; San Jose;
Santa Barbara; Santa Clara; Sunnyvale; Redmond; Yosemite; Grand Canyon; Death Valley; Yellowstone; Cape Cod;
Nantucket; Greenwich Village; Chinatown; Waterloo; Natanz; Buschehr; Bushehr; Fordo; Kermanschah; Zahedan;
Abadan; Bandar Abbas; Bagram; Chost; Gardes; Ghazni; Laschkar Gah; Kunar; Nuristan; Paktia; Paktika;
Badachschan; Faisabad; Baglan; Tora Bora; Abbottabad; Gilgit; Goa; Dharamsala; Darjeeling; Bhopal; Madras;
Benares; Krabi; Ko Samui; Siem Reap; Angkor; Luang Prabang; Halong; Banda Aceh; Padang; Yogyakarta; Denpasar;
Palu; Ambon; Dili; Zamboanga; Tacloban; Kagoshima; Yokosuka; Nara; Kaesong; Yongbyon; Panmunjom; Kaschgar;
Wenzhou; Ningbo; Dongguan; Foshan; Zhuhai; Sanya; Baotou; Luoyang; Kaifeng; Wuxi; Changchun; Dandong; Yantai;
Tangshan; Hohhot; Xining; Turpan; Hama; Palmyra; Afrin; Manbidsch; Qamischli; Hasaka; Abu Kamal; Ghuta;
Ost-Ghuta; Jarmuk; Quneitra; Suwaida; Tartus; Banias; Maarat an-Numan; Chan Scheichun; Saraqib; Marib; Saada;
Sokotra; Salala; Schardscha; Sharjah; Bakuba; Nasirija; Dohuk; Sindschar; Sinjar; Tal Afar; Halabdscha;
Dschabalija; Beit Hanun; Jericho; Tulkarem; Kalkilia; Akko; Tiberias; Safed; Aschkelon; Netanja; Herzlija;
Dimona; Derna; Adschdabija; Brega; Ras Lanuf; Sabha; Zuwara; Sawija; Ismailia; Assiut; Minya; Dahab; El Arish;
Monastir; Hammamet; Kairouan; Sidi Bouzid; Kasserine; Annaba; Tamanrasset; Fès; Fes; Meknès; Tetouan; Laayoune;
Kidal; Mopti; Agadez; Kaduna; Sokoto; Bissau; Banjul; Praia; Port Sudan; Nyala; Juba; Malakal; Mekele; Mekelle;
Gondar; Bahir Dar; Dire Dawa; Massawa; Kismayo; Baidoa; Berbera; Garowe; Bosaso; Dadaab; Garissa; Entebbe;
Gulu; Bunia; Kananga; Mbuji-Mayi; Pointe-Noire; Malabo; Lobito; Benguela; Huambo; Walvis Bay; Swakopmund;
Lüderitz; Maseru; Mbabane; Nampula; Blantyre; Arusha; Moroni; Port Louis; Port Elizabeth; Stellenbosch;
Pietermaritzburg
`);

/**
 * More organisations, written from general knowledge: federal and state bodies, parties, international bodies,
 * companies (DAX, MDAX, SDAX, well-known brands and foreign groups), banks, media, universities and research
 * institutes, unions and associations, foundations, cultural houses, sports clubs and bodies.
 */
const ORGANISATIONS_MORE = words(`
Bundesamt für Sicherheit in der Informationstechnik; BSI; Bundesinstitut für Risikobewertung; BfR;
Bundesamt für Strahlenschutz; Kraftfahrt-Bundesamt; KBA; Luftfahrt-Bundesamt; Eisenbahn-Bundesamt;
Bundeszentrale für politische Bildung; Bundeszentrale für gesundheitliche Aufklärung; BZgA; Bundesversicherungsamt;
Bundesamt für Bevölkerungsschutz und Katastrophenhilfe; Technisches Hilfswerk; Deutscher Wetterdienst; DWD;
Physikalisch-Technische Bundesanstalt; PTB; Bundesinstitut für Arzneimittel und Medizinprodukte; BfArM;
Bundeszentralamt für Steuern; Bundesverwaltungsamt; Bundesamt für Justiz; Bundespatentgericht;
Deutsches Patent- und Markenamt; Militärischer Abschirmdienst; Kommando Spezialkräfte; KSK; GSG-9;
Bundesgrenzschutz; Landeskriminalamt; Bundesdatenschutzbeauftragte; Bundesanstalt für Immobilienaufgaben;
Bundeszollverwaltung; Generalzolldirektion; Bundesamt für Wirtschaft und Ausfuhrkontrolle; BAFA;
Bundesamt für Ausrüstung; Bundesamt für Familie; Bundesamt für Naturschutz; BfN; Bundesanstalt für Landwirtschaft;
Bundesinstitut für Bevölkerungsforschung; Bundesamt für Kartographie; Bundesamt für Seeschifffahrt; BSH;
Bundesanstalt für Materialforschung; Bundesagentur für Sprunginnovationen; Bundesnetzagentur; Bundesschuldenverwaltung;
Finanzagentur; Bundesdruckerei; Bundesbeauftragte für die Stasi-Unterlagen; 
Bundesstiftung Aufarbeitung; Verfassungsgerichtshof; Staatsgerichtshof;
Bayerischer Landtag; Bayerische Staatsregierung; Bayerische Staatskanzlei; Berliner Senat; Hamburger Senat;
Bremer Senat; Bundesversammlung; Vermittlungsausschuss; 
ÖDP; Bayernpartei; BSW; Bündnis Sahra Wagenknecht; Tierschutzpartei; 
NEOS; Neos; Liste Pilz; Team Stronach; Grünliberale; GLP; BDP; EVP; Europäische Volkspartei;
FDP.Die Liberalen; PiS; Bürgerplattform; Recht und Gerechtigkeit; Smer; ANO; ODS; PSOE; Partido Popular;
Ciudadanos; Lega; Fünf-Sterne-Bewegung; Movimento 5 Stelle; Partito Democratico; Fratelli d'Italia;
Rassemblement National; Les Républicains; En Marche; La République en Marche; Parti Socialiste;
Labour Party; Konservative Partei; Liberaldemokraten; Liberal Democrats; SNP; Scottish National Party; DUP;
Fianna Fáil; Fine Gael; PvdA; VVD; PVV; CDA; D66; N-VA; Schwedendemokraten; Dänische Volkspartei; Wahre Finnen;
Goldene Morgenröte; Nea Dimokratia; Pasok; PASOK; AKP; CHP; MHP; HDP; Arbeitspartei; Awoda; Schas;
Demokratische Partei; Republikanische Partei; GOP; Tea Party; Kommunistische Partei; KPCh; KPdSU;
Kongresspartei; BJP; Baath-Partei; Baath; Islamischer Dschihad; Islamischer Staat; Islamischen Staat;
Islamischen Staates; ISIS; Daesch; Nusra-Front; Al-Nusra-Front; Huthi; Huthis; Muslimbrüder;
Al-Schabab; Al-Shabaab; Abu Sayyaf; Farc; FARC; ELN; Leuchtender Pfad; Hells Angels; Bandidos; Ku-Klux-Klan;
NSU; Pegida; PEGIDA; Identitäre Bewegung; Letzte Generation; Fridays for Future; Extinction Rebellion; Antifa;
Wagner-Gruppe; Gruppe Wagner; Asow; Kataib Hisbollah; 
ASEAN; Asean; Afrikanische Union; Arabische Liga; Arabischen Liga; Golf-Kooperationsrat; GCC; Mercosur; NAFTA;
Nafta; APEC; Apec; G7; G-7; G-20; G-8; BRICS; Brics; Commonwealth; OAS; Organisation Amerikanischer Staaten;
Internationale Atomenergiebehörde; Internationalen Atomenergiebehörde; IAEA; IAEO; Internationaler Gerichtshof;
Internationalen Gerichtshof; IGH; Europäische Investitionsbank; EIB; EBRD; Osteuropabank;
Europäische Weltraumorganisation; Esa; ESA; Nasa; NASA; Roskosmos; CERN; Cern; Eurostat; Eurojust; OLAF; 
EFSA; EMA; Europäische Arzneimittelagentur; ECDC; EASA; Eurogruppe; ESM; EFSF;
Europäischer Rechnungshof; Ausschuss der Regionen; Internationale Arbeitsorganisation; ILO; FAO;
Welternährungsprogramm; WFP; UNEP; UNDP; UNRWA; Unrwa; UNCTAD; Unctad; Unhcr; 
Internationale Energieagentur; IEA;
IRENA; IPCC; WMO; Weltorganisation für Meteorologie; ITU; WIPO; IStGH;
Internationales Komitee vom Roten Kreuz; IKRK; Roter Halbmond; Roten Halbmond; Deutsches Rotes Kreuz;
Deutschen Roten Kreuz; DRK; Johanniter; Johanniter-Unfall-Hilfe; Malteser; Malteser Hilfsdienst;
Arbeiter-Samariter-Bund; ASB; DLRG; THW; US-Armee; US Army; US Navy;
US Air Force; Rote Armee; Roten Armee; Volksarmee; NVA; Nationale Volksarmee; Volkspolizei; Gestapo;
Hitlerjugend; Reichswehr; Reichsbahn; Deutsche Reichsbahn; Treuhand; Treuhandanstalt;
Ministerium für Staatssicherheit; FDJ; Freie Deutsche Jugend; Warschauer Pakt; Comecon; RGW; 
Sowjetarmee; Komintern; Wehrmachtsführung; Evangelische Kirche in Deutschland; Zentralrat der Muslime; Ditib;
DITIB; Islamrat; Türkische Gemeinde; Russisch-Orthodoxe Kirche; Heiliger Stuhl; Heiligen Stuhl; Opus Dei;
Jesuitenorden; Zeugen Jehovas; Scientology; Deutscher Evangelischer Kirchentag; ZdK;
Zentralkomitee der deutschen Katholiken; Kolpingwerk; Diakonisches Werk; Caritasverband; Deutscher Caritasverband;
IG BCE; IG Bau; IG BAU; EVG; GEW; GdP; Gewerkschaft der Polizei; DPolG; Deutsche Polizeigewerkschaft;
Marburger Bund; GDL; Gewerkschaft Deutscher Lokomotivführer; Transnet; NGG; DJV; Deutscher Journalisten-Verband;
Deutscher Beamtenbund; dbb; Vereinigung Cockpit; BDA; Bundesvereinigung der Deutschen Arbeitgeberverbände;
Gesamtmetall; ZDH; Zentralverband des Deutschen Handwerks; IHK; Industrie- und Handelskammer; HDE;
Handelsverband Deutschland; Handelsverband HDE; VDA; Verband der Automobilindustrie; VDMA; Bitkom; BDEW; VCI;
ZVEI; BGA; BVMW; GDV; Gesamtverband der Deutschen Versicherungswirtschaft; Bankenverband; DSGV;
Deutscher Sparkassen- und Giroverband; BVR; Ifo; ifo; Ifo-Institut; ifo-Institut; ifo Institut; DIW;
Deutsches Institut für Wirtschaftsforschung; Institut der deutschen Wirtschaft; IfW; Institut für Weltwirtschaft;
ZEW; RWI; IWH; IMK; WSI; IAB; Prognos; Bertelsmann Stiftung; Bertelsmann-Stiftung; Konrad-Adenauer-Stiftung;
Friedrich-Ebert-Stiftung; Heinrich-Böll-Stiftung; Friedrich-Naumann-Stiftung; Hanns-Seidel-Stiftung;
Rosa-Luxemburg-Stiftung; Stiftung Wissenschaft und Politik; SWP; DGAP; Deutsche Gesellschaft für Auswärtige Politik;
Körber-Stiftung; Robert Bosch Stiftung; Volkswagenstiftung; VolkswagenStiftung; Stiftung Mercator;
Deutsche Forschungsgemeinschaft; DFG; Helmholtz-Gemeinschaft; Helmholtz-Zentrum; Leibniz-Gemeinschaft;
Fraunhofer-Gesellschaft; Fraunhofer-Institut; Max-Planck-Institut; Deutsches Zentrum für Luft- und Raumfahrt; DLR;
Potsdam-Institut für Klimafolgenforschung; PIK; Alfred-Wegener-Institut; AWI; Forschungszentrum Jülich;
Karlsruher Institut für Technologie; DESY; Deutsches Krebsforschungszentrum; DKFZ; Hasso-Plattner-Institut;
Leopoldina; Wissenschaftsrat; Hochschulrektorenkonferenz; HRK; Kultusministerkonferenz; KMK; Innenministerkonferenz;
Ministerpräsidentenkonferenz; Deutscher Ethikrat; Ethikrat; Sachverständigenrat; Monopolkommission;
Ständige Impfkommission; Stiko; STIKO; Deutscher Kulturrat; Goethe-Institut; DAAD;
Deutscher Akademischer Austauschdienst; Alexander von Humboldt-Stiftung; Humboldt-Stiftung; Studienstiftung;
Deutscher Städte- und Gemeindebund; Städte- und Gemeindebund; Deutscher Landkreistag; Landkreistag;
Deutscher Richterbund; Deutscher Anwaltverein; Bundesrechtsanwaltskammer; Deutscher Ärztetag;
Kassenärztliche Bundesvereinigung; KBV; Deutsche Krankenhausgesellschaft; GKV-Spitzenverband; AOK;
Techniker Krankenkasse; Barmer; Barmer GEK; DAK; DAK-Gesundheit; IKK; KKH; ERGO; R+V; Signal Iduna;
Provinzial; Talanx; Hannover Rück; Wüstenrot; Deutsche Vermögensberatung; DWS; Union Investment; Deka; DekaBank;
Helaba; NordLB; Nord/LB; Apobank; ING-Diba; ING-DiBa; Comdirect; comdirect; DKB; Deutsche Kreditbank; N26;
Targobank; Hamburg Commercial Bank; Aareal Bank; Deutsche Pfandbriefbank; Berenberg; Sal. Oppenheim;
Warburg Bank; Hauck & Aufhäuser; Börse Frankfurt; Frankfurter Wertpapierbörse; Xetra; Nasdaq;
NYSE; New York Stock Exchange; Moody's; Standard & Poor's; S&P; Fitch; Blackrock; BlackRock;
Vanguard; Pimco; KKR; Blackstone; McKinsey; Boston Consulting Group; BCG; Roland Berger;
Deloitte; KPMG; PwC; PricewaterhouseCoopers; Ernst & Young; Accenture; Freshfields; Linklaters; Clifford Chance;
Brenntag; Daimler Truck; Fresenius Medical Care; Heidelberg Materials; Mercedes-Benz Group; MTU;
MTU Aero Engines; Porsche SE; Qiagen; Sartorius; Siemens Energy; Siemens Healthineers; Symrise; HelloFresh;
Aixtron; Aurubis; Bechtle; Carl Zeiss; Zeiss; Carl Zeiss Meditec; Eventim; Evonik; Evotec; Fielmann;
Fuchs Petrolub; GEA; Gerresheimer; Hensoldt; Jenoptik; Jungheinrich; K+S; Kion; KION; Knorr-Bremse;
Krones; Nemetschek; Scout24; Siltronic; Software AG; Ströer; TeamViewer; Teamviewer; TUI; 
Deutsche Wohnen; Aroundtown; Stabilus; Kuka; KUKA; Pfeiffer Vacuum; Hornbach; Ceconomy;
MediaMarktSaturn; Media-Saturn; Traton; Scania; Knaus Tabbert; Tom Tailor; s.Oliver; 
Gerry Weber; Deichmann; Thalia; Hugendubel; dm-drogerie markt; OBI; Obi; Toom; Hagebau;
Max Bahr; Tengelmann; Kaiser's; Otto Versand; Conrad Electronic; Cyberport; Mahle; Eberspächer;
Webasto; Benteler; Leoni; Voith; Festo; Kärcher; Stihl; Würth; Heraeus; Liebherr; 
Fendt; Sennheiser; BSH Hausgeräte; Rowenta; WMF; Villeroy & Boch; Faber-Castell; Staedtler; Tesa; Nivea; Wella;
Bahlsen; Ritter Sport; Milka; Lindt; Katjes; Zentis; Müller Milch; Bitburger; Krombacher;
Veltins; Paulaner; Löwenbräu; Radeberger; Dallmayr;
Eduscho; Maggi; Knorr; Wiesenhof; Westfleisch; Hipp; Steag; STEAG; EWE; MVV; Mainova; Thüga; Enercity;
50Hertz; Tennet; TenneT; Amprion; TransnetBW; Open Grid Europe; Wintershall; Wintershall Dea; Nord Stream;
Nord Stream 2; Gasunie; Ørsted; Orsted; Iberdrola; Enel; EDF; Engie; TotalEnergies; Aral; Esso; DB Regio;
DB Netz; DB Cargo; BVG; MVG; HVV; RMV; VRR; KVB; Flixbus; FlixBus; Flixtrain; Transdev; Arriva; Abellio;
National Express; Keolis; Eurostar; Thalys; SNCF; ÖBB; SBB; Trenitalia; Renfe; Amtrak; Thomas Cook;
FTI; Aida Cruises; Tui Cruises; TUI Cruises; MSC; Cosco; Hamburg Süd; HHLA;
Eurogate; Sunexpress; SunExpress; TUIfly; LOT; SAS; Finnair; Wizz Air; Vueling; 
Brussels Airlines; Aegean; American Airlines; United Airlines; Delta Air Lines; Southwest Airlines; Air Canada;
Air China; China Eastern; Cathay Pacific; Singapore Airlines; Qantas; Korean Air; Air India; Ethiopian Airlines;
Laudamotion; Meta; Tesla; SpaceX; OpenAI; DeepMind; TSMC; ASML; Deutsche Glasfaser; Ionos; IONOS;
Hetzner; Check24; Verivox; Idealo; Rocket Internet; Home24; Westwing; Auto1; Trivago; Celonis; Personio;
Trade Republic; Scalable Capital; GetYourGuide; Lieferando; Wolt; Deliveroo; Foodora; Datev; DATEV;
Adobe; Salesforce; Atos; Capgemini; Infosys; Wipro; Foxconn; ZTE; Hisense; LG Electronics; Panasonic; Toshiba;
Hitachi; Canon; Nikon; Fujitsu; Nintendo; Activision; Activision Blizzard; Electronic Arts; Ubisoft; Epic Games;
Warner Bros.; Warner Bros; Paramount; Universal Music; Sony Music; Warner Music; Pixar; DreamWorks; HBO;
Sky Deutschland; DAZN; Dazn; Prime Video; Deezer; SoundCloud; Twitch; Reddit; Pinterest; Tumblr; Telegram;
Threema; Wikileaks; WikiLeaks; Chaos Computer Club; CCC; BYD; Geely; SAIC; Nio; Tata Motors; Tata;
Reliance; Stellantis; PSA; Jaguar Land Rover; Cupra; Lancia; Maserati; Bugatti; Rivian; Cadillac; Chevrolet;
Harley-Davidson; Ducati; KTM; Yamaha; Bombardier; General Dynamics; KMW; KNDS;
Diehl Defence; MBDA; Sig Sauer; Rosatom; Rostec; Novatek; Sberbank; VTB; Norilsk Nickel; Rusal;
Yandex; Kaspersky; Naftogaz; Gazprom Germania; Sefe; PetroChina; Sinopec; CNPC; ICBC; Bank of China; JD.com;
Pinduoduo; Temu; Shein; ByteDance; Bytedance; Weibo; WeChat; Oppo; OnePlus; SK Hynix; Softbank; SoftBank;
Rakuten; Uniqlo; Swiss Re; Swisscom; Swatch; Rolex; Richemont; Lindt & Sprüngli; Sika; Holcim; LafargeHolcim;
Lonza; Syngenta; Migros; Kuoni; Logitech; Stadler Rail; Ruag; RUAG; Raiffeisen; Erste Bank; Erste Group;
Bank Austria; BAWAG; Raiffeisen Bank International; OMV; Voestalpine; voestalpine; Wienerberger; Strabag; Porr;
Andritz; Swarovski; Rosenbauer; Doppelmayr; Kapsch; Magna; Magna Steyr; Signa; Signa Holding; Novomatic;
Lloyds; Lloyds Bank; NatWest; Standard Chartered; Prudential; Aviva; British Telecom; Tesco; Sainsbury's;
Marks & Spencer; GSK; Diageo; Burberry; LVMH; L'Oréal; Kering; Hermès; Chanel; Dior; Louis Vuitton; Gucci;
Prada; Armani; Versace; Dolce & Gabbana; Benetton; Luxottica; Pirelli; Michelin; Carrefour; Auchan; Vivendi;
Canal+; Publicis; Crédit Agricole; Natixis; Bouygues; Veolia; Air Liquide; Schneider Electric;
Saint-Gobain; Intesa Sanpaolo; Mediobanca; Telecom Italia; Mediaset; Fininvest; Fincantieri; Iveco; Barilla;
Lavazza; Campari; BBVA; CaixaBank; Bankia; Inditex; Rabobank; Ahold; Ahold Delhaize; Aldi Süd;
Aldi Nord; Schwarz-Gruppe; Schwarz Gruppe; AkzoNobel; KPN; TomTom; Booking.com; Randstad; Adyen; Prosus; NXP;
STMicroelectronics; H&M; Hennes & Mauritz; Klarna; Electrolux; Atlas Copco; SKF; Sandvik; Novo Nordisk; Vestas;
Danske Bank; Norsk Hydro; Telenor; Nordea; Kone; Stora Enso; Wärtsilä; Fortum; Neste; JPMorgan; JPMorgan Chase;
Citibank; Berkshire Hathaway; Mastercard; American Express; Costco; Home Depot; Merck & Co.; Eli Lilly; AbbVie;
Bristol-Myers Squibb; Gilead; Amgen; Biogen; Medtronic; UnitedHealth; PepsiCo; Burger King; KFC; Pizza Hut;
Under Armour; Levi's; Levi Strauss; Comcast; AT&T; Verizon; Broadcom; Texas Instruments; Micron; Lyft; Palantir;
Dropbox; AOL; Time Warner; Live Nation; Ticketmaster; UPS; DuPont; Dow Chemical; Monsanto; Cargill; Kraft Heinz;
Mondelez; Kellogg's; Hershey; General Mills; Philip Morris; Altria; Enron; WorldCom; Bear Stearns; Merrill Lynch;
Fannie Mae; Freddie Mac; Federal Reserve; Fed; SEC; FDA; CDC; NIH; FAA; NTSB; FCC; FTC; EPA;
DEA; Heimatschutzministerium; Secret Service; Supreme Court; State Department; Rand Corporation;
Brookings; Brookings Institution; Council on Foreign Relations; Heritage Foundation; Open Society Foundations;
Gates-Stiftung; Bill & Melinda Gates Foundation; Rockefeller Foundation; ACLU; NAACP; NRA; Black Lives Matter;
Oxfam; Save the Children; Plan International; SOS-Kinderdorf; SOS-Kinderdörfer; Terre des Hommes; World Vision;
Adveniat; Renovabis; medico international; Sea-Watch; Sea-Eye; Mission Lifeline; 
Campact; Lobbycontrol; LobbyControl; Abgeordnetenwatch; Correctiv; Netzpolitik.org; Digitalcourage;
Bund für Umwelt und Naturschutz; Deutsche Umwelthilfe; DUH; Germanwatch; Robin Wood; Sea Shepherd; Peta; PETA;
Vier Pfoten; Deutscher Tierschutzbund; Tierschutzbund; VdK; Sozialverband VdK; SoVD; Paritätischer Wohlfahrtsverband;
Paritätische Wohlfahrtsverband; Deutscher Kinderschutzbund; Kinderschutzbund;
Deutsches Kinderhilfswerk; Aktion Mensch; Weißer Ring; Deutsche Aidshilfe; Deutsche Krebshilfe;
Öko-Test; Ökotest; ACE; AvD; VCD; Pro Bahn; Deutscher Alpenverein; DAV; Haus & Grund; Dehoga; DEHOGA;
Deutscher Reiseverband; Deutscher Fußball-Bund; Deutschen Fußball-Bund; Deutschen Fußball-Bundes; Deutsche Sporthilfe;
Stiftung Deutsche Sporthilfe; Deutscher Feuerwehrverband; Deutscher Bundesjugendring; Deutscher Frauenrat;
Deutscher Presserat; Presserat; Börsenverein des Deutschen Buchhandels; Börsenverein; PEN-Zentrum;
Akademie der Künste; Stiftung Preußischer Kulturbesitz; Deutsche Nationalbibliothek; Bundesarchiv;
Deutsches Museum; Deutsches Historisches Museum; Jüdisches Museum; Städel; Städel Museum; Alte Pinakothek;
Neue Pinakothek; Pinakothek der Moderne; Lenbachhaus; Haus der Kunst; Museum Ludwig; Hamburger Kunsthalle;
Bayreuther Festspiele; Salzburger Festspiele; Semperoper; Gewandhaus; Gewandhausorchester; Thomanerchor;
Dresdner Kreuzchor; Staatskapelle Dresden; Staatskapelle Berlin; Bayerische Staatsoper; Wiener Staatsoper;
Burgtheater; Volksbühne; Berliner Ensemble; Schaubühne; Deutsches Theater; Thalia Theater; Residenztheater;
Münchner Kammerspiele; Komische Oper; Staatsoper Unter den Linden; Friedrichstadt-Palast; Metropolitan Opera;
Mailänder Scala; Tate Modern; British Museum; MoMA; 
Rijksmuseum; Ludwig-Maximilians-Universität; LMU; TU München; TUM; Technische Universität München;
Humboldt-Universität; Freie Universität; Freie Universität Berlin; TU Berlin; TU Dresden;
TU Darmstadt; TU Braunschweig; TU Chemnitz; TU Dortmund; TU Kaiserslautern; TU Ilmenau; RWTH; RWTH Aachen; KIT;
Ruprecht-Karls-Universität; Goethe-Universität; Albert-Ludwigs-Universität; Eberhard Karls Universität;
Georg-August-Universität; Julius-Maximilians-Universität; Friedrich-Schiller-Universität;
Martin-Luther-Universität; Otto-von-Guericke-Universität; Westfälische Wilhelms-Universität;
Ruhr-Universität; Ruhr-Universität Bochum; Rheinische Friedrich-Wilhelms-Universität;
Christian-Albrechts-Universität; Johannes Gutenberg-Universität; Johannes-Gutenberg-Universität;
Justus-Liebig-Universität; Philipps-Universität; Leuphana; Viadrina; Europa-Universität Viadrina;
Bauhaus-Universität; Hertie School; ESMT; WHU; Frankfurt School; HHL; Zeppelin Universität; Bucerius Law School;
Universität St. Gallen; HSG; ETH; ETH Zürich; EPFL; Universität Wien; Uni Wien; TU Wien; Wirtschaftsuniversität Wien; Universität Innsbruck; Yale; Princeton; Columbia University; Cornell; UCLA;
Caltech; Johns Hopkins; Johns Hopkins University; Cambridge University; University of Oxford;
London School of Economics; LSE; Imperial College; King's College; Sciences Po; ENA; Bocconi;
Karolinska-Institut; Karolinska Institutet; Weizmann-Institut; Technion; Tsinghua; Tsinghua-Universität;
Peking-Universität; 1. FC Heidenheim; FC Heidenheim; SV Elversberg; 1. FC Nürnberg; FC Nürnberg; 1. FC Magdeburg;
FC Magdeburg; FC Hansa Rostock; SV Werder Bremen; SV Meppen; SC Verl; KFC Uerdingen; 1. FC Köln; Viktoria Köln;
Bayer 04 Leverkusen; Bayer 04; SG Wattenscheid 09; 1. FSV Mainz 05; FSV Frankfurt; 1. FC Kaiserslautern;
1. FC Saarbrücken; FC Saarbrücken; SSV Ulm; SSV Ulm 1846; FC Ingolstadt 04; SpVgg Unterhaching;
SSV Jahn Regensburg; Würzburger Kickers; Wacker Burghausen; FC Erzgebirge Aue; FSV Zwickau;
1. FC Lokomotive Leipzig; Lok Leipzig; Chemie Leipzig; FC Energie Cottbus; 1. FC Union Berlin; Tennis Borussia Berlin;
SV Babelsberg 03; Babelsberg 03; SV Waldhof Mannheim; Waldhof Mannheim; TSG 1899 Hoffenheim;
RasenBallsport Leipzig; Füchse Berlin; SC Magdeburg; TSV Hannover-Burgdorf; HSG Wetzlar;
Frisch Auf Göppingen; Bergischer HC; SC DHfK Leipzig; VfL Gummersbach;
Brose Bamberg; Brose Baskets; Ratiopharm Ulm; ratiopharm Ulm; Telekom Baskets Bonn; Telekom Baskets;
Skyliners Frankfurt; Fraport Skyliners; EWE Baskets Oldenburg; Baskets Oldenburg; MHP Riesen Ludwigsburg;
Riesen Ludwigsburg; Niners Chemnitz; Hamburg Towers; Rasta Vechta; Medi Bayreuth; Red Bull München; Düsseldorfer EG; DEG; Krefeld Pinguine; Grizzlys Wolfsburg; Nürnberg Ice Tigers;
Ice Tigers; Augsburger Panther; Straubing Tigers; Iserlohn Roosters; Schwenninger Wild Wings; Fischtown Pinguins;
Hamburg Freezers; Hannover Scorpions; Löwen Frankfurt; SK Rapid; SK Rapid Wien; SK Sturm Graz;
Grazer AK; Wolfsberger AC; SV Ried; Admira Wacker; FC Wacker Innsbruck; Wacker Innsbruck; Austria Klagenfurt; Austria Salzburg; FC Red Bull Salzburg; BSC Young Boys; Grasshopper Club; FC Luzern;
FC Lugano; Servette Genf; Servette; FC Thun; FC Aarau; FC Winterthur; Lausanne-Sport; Stade Rennes;
FC Nantes; Girondins Bordeaux; AS Saint-Étienne; Racing Straßburg; FC Valencia; Valencia CF;
FC Villarreal; Real Sociedad; Betis Sevilla; Real Betis; Espanyol Barcelona; Celta Vigo; Deportivo La Coruña;
Udinese Calcio; Udinese; Atalanta Bergamo; US Palermo; Sampdoria Genua; Sampdoria; FC Turin;
FC Bologna; AC Parma; Hellas Verona; Chievo Verona; US Sassuolo; Leicester City; FC Southampton; Crystal Palace;
Wolverhampton Wanderers; Nottingham Forest; Celtic Glasgow; Glasgow Rangers; FC Brügge;
Club Brügge; Standard Lüttich; FC Twente; FC Utrecht; Vitesse Arnheim;
FC Kopenhagen; Bröndby IF; Malmö FF; Rosenborg Trondheim; Legia Warschau; Lech Posen; Wisła Krakau;
Slavia Prag; Sparta Prag; Viktoria Pilsen; Ferencváros Budapest; Steaua Bukarest; Partizan Belgrad;
Hajduk Split; Panathinaikos; Panathinaikos Athen; Trabzonspor; Beşiktaş; Besiktas Istanbul;
Galatasaray Istanbul; Fenerbahçe Istanbul; Lokomotive Moskau; Dynamo Moskau; Rubin Kasan; Maccabi Tel Aviv;
Maccabi Haifa; Hapoel Tel Aviv; Al Ahly; Flamengo; FC Santos; Corinthians; Palmeiras; São Paulo FC; Inter Miami;
New York Red Bulls; New York Knicks; Chicago Bulls; Golden State Warriors; Boston Celtics; Miami Heat;
San Antonio Spurs; Houston Rockets; Brooklyn Nets; Milwaukee Bucks; Denver Nuggets; Toronto Raptors;
Dallas Cowboys; Green Bay Packers; Kansas City Chiefs; Tampa Bay Buccaneers; San Francisco 49ers;
Seattle Seahawks; Chicago Bears; New York Giants; Pittsburgh Penguins; Chicago Blackhawks; Montreal Canadiens;
Toronto Maple Leafs; Detroit Red Wings; Edmonton Oilers; Washington Capitals; Los Angeles Dodgers; Chicago Cubs;
New York Mets; Red Bull Racing; Scuderia Ferrari; Toro Rosso; Force India; Racing Point; Team Sky; Ineos;
Bora-hansgrohe; Team Telekom; Gerolsteiner; Milram; FIS; IBU; ISU; ITF; ICC; IHF; EHF; FIBA; Fiba; IIHF; DEB;
DHB; DBB; DTB; DSV; DLV; Deutscher Leichtathletik-Verband; Deutscher Skiverband; Deutscher Handballbund;
Deutscher Tennis Bund; Deutscher Basketball Bund; Deutscher Schwimm-Verband; World Athletics; ITTF; FIA; FIM; UCI;
Westfälische Nachrichten; Westfälische Rundschau; Ruhr Nachrichten; Neue Ruhr Zeitung; NRZ; Westfalenpost;
Westfalen-Blatt; Neue Westfälische; Aachener Zeitung; Aachener Nachrichten; General-Anzeiger; Kölnische Rundschau;
Hamburger Morgenpost; Mopo; B.Z.; Berliner Kurier; Märkische Oderzeitung; Potsdamer Neueste Nachrichten; PNN;
Schweriner Volkszeitung; SVZ; Magdeburger Volksstimme; Freie Presse; Dresdner Neueste Nachrichten;
DNN; LVZ; Thüringer Landeszeitung; Ostthüringer Zeitung; OTZ; TLZ; HNA; Hessische Allgemeine;
Hessisch/Niedersächsische Allgemeine; Wiesbadener Kurier; Darmstädter Echo; Offenbach-Post; Fuldaer Zeitung;
Gießener Allgemeine; Oberhessische Presse; Frankfurter Neue Presse; FNP; Main-Post; Nordbayerischer Kurier;
Nürnberger Zeitung; Fränkischer Tag; Mittelbayerische Zeitung; Mittelbayerische; Donaukurier; 
Münchner Abendzeitung; Allgäuer Zeitung; Südwest Presse; Südwestpresse; Heilbronner Stimme;
Reutlinger General-Anzeiger; Schwarzwälder Bote; Badische Neueste Nachrichten; BNN; Rhein-Neckar-Zeitung; RNZ;
Die Rheinpfalz; Trierischer Volksfreund; Neue Presse; HAZ; Hannoversche Allgemeine Zeitung;
Braunschweiger Zeitung; Nordwest-Zeitung; NWZ; Ostfriesen-Zeitung; Bremer Nachrichten; Lübecker Nachrichten;
Flensburger Tageblatt; Cellesche Zeitung; Göttinger Tageblatt; Kika; KiKA; tagesschau24; ZDFneo; ZDFinfo;
Bayerischer Rundfunk; Bayerischen Rundfunk; Bayerischen Rundfunks; Hessischer Rundfunk;
Hessischen Rundfunk; Westdeutscher Rundfunk; Westdeutschen Rundfunk; Westdeutschen Rundfunks;
Norddeutscher Rundfunk; Norddeutschen Rundfunk; Norddeutschen Rundfunks; Mitteldeutscher Rundfunk;
Mitteldeutschen Rundfunk; Mitteldeutschen Rundfunks; Südwestrundfunk; Südwestrundfunks; Saarländischer Rundfunk;
Saarländischen Rundfunk; Rundfunk Berlin-Brandenburg; Deutschlandradio; Deutschlandfunk Kultur; Dlf; DLF;
Bayern 3; SWR3; 1Live; WDR 2; NDR 2; Antenne Bayern; RTL Nitro; Sixx; ServusTV; Servus TV; Puls 4; ntv; Euronews;
France 24; Russia Today; Al-Arabiya; CNBC; MSNBC; PBS; NPR; CBC; ITV; Channel 4; BBC World;
Radio Free Europe; Radio Liberty; Voice of America; Radio Vatikan; Evangelischer Pressedienst; SDA; Keystone-SDA;
Belga; ANP; EFE; Efe; PAP; MTI; ČTK; Anadolu; Anadolu Agentur; IRNA; Irna; Fars; Isna; Wafa; Jiji; PTI;
Press Trust of India; UPI; Dow Jones Newswires; Politico; Axios; Huffington Post; HuffPost; Buzzfeed; BuzzFeed;
Breitbart; The Economist; Economist; Newsweek; The Atlantic; New Yorker; Los Angeles Times; Chicago Tribune;
USA Today; Boston Globe; Miami Herald; The Times; Sunday Times; Daily Mirror;
Evening Standard; Irish Times; Le Parisien; Les Echos; Le Point; L'Express; Paris Match; Charlie Hebdo;
Ouest-France; La Stampa; Il Messaggero; Il Sole 24 Ore; El Mundo; La Vanguardia; De Telegraaf; de Volkskrant; Volkskrant; Le Soir; De Standaard; Gazeta Wyborcza; Rzeczpospolita; Dagens Nyheter;
Svenska Dagbladet; Aftonbladet; Expressen; Helsingin Sanomat; Jyllands-Posten; Aftenposten;
Kathimerini; Hürriyet; Milliyet; Cumhuriyet; Zaman; Haaretz; Jerusalem Post; Yedioth Ahronoth; Times of Israel;
Al-Ahram; Asharq al-Awsat; Nowaja Gaseta; Kommersant; Iswestija; Prawda; Komsomolskaja Prawda; Renmin Ribao;
Global Times; China Daily; South China Morning Post; Asahi Shimbun; Yomiuri Shimbun; Nikkei; Times of India;
Hindustan Times; Kleine Zeitung; Salzburger Nachrichten; Oberösterreichische Nachrichten; OÖN;
Tiroler Tageszeitung; Vorarlberger Nachrichten; Wiener Zeitung; SonntagsBlick; NZZ am Sonntag; Basler Zeitung;
Berner Zeitung; Aargauer Zeitung; Luzerner Zeitung; St. Galler Tagblatt; Le Temps; Frankfurter
Allgemeine Sonntagszeitung; FAS; Süddeutschen Zeitung; Frankfurter Allgemeinen Zeitung; Frankfurter Allgemeinen;
Neuen Zürcher Zeitung; Superillu; SuperIllu; Sport Bild; 11 Freunde; Der Tagesspiegel;
Jungle World
`);

/**
 * More companies, clubs, publishers, labels and bands: technology and internet firms, motor sport teams, airlines,
 * football clubs of the European leagues and German lower leagues, media houses and publishers, record labels,
 * well-known bands (no name that is a common word).
 */
const ORGANISATIONS_MORE_2 = words(`
Sun Microsystems; Novell; Red Hat; Symantec; McAfee; Trend Micro; Avira; Sophos; Nokia Siemens Networks;
Qimonda; Elpida; Freescale; Marvell; Atmel; Fujitsu Siemens; Medion; Vobis; BlackBerry; Blackberry;
Research In Motion; HTC; Sony Ericsson; BenQ; Nortel; Lucent; Juniper Networks; SchülerVZ; MeinVZ; Wer-kennt-wen;
Lokalisten; Flickr; Digg; Last.fm; Napster; Kazaa; The Pirate Bay; Pirate Bay; Rapidshare; RapidShare; Megaupload;
Kino.to; Netlog; Friendster; Crytek; T-Online; T-Home; Arcor; Versatel; Hansenet; Kabel BW; Tele Columbus;
SUSE; Suse; Mandriva; Creative Commons; Free Software Foundation; FSF; Open Source Initiative; W3C; IETF;
ICANN; Denic; DENIC; Computerbild; GEMA; Gema; IFPI; RIAA; MPAA; Bundesverband Musikindustrie; GVU;
Aprilia; BMW Sauber; Brawn GP; Mercedes GP; Hispania Racing; Super Aguri; Spyker; Minardi; Jaguar Racing; Prodrive;
Abt Sportsline; HWA; Jet Airways; Kingfisher Airlines; LTU; HLX; Hapag-Lloyd Express; Air Dolomiti; OLT;
Lufthansa CityLine; Lufthansa Cargo; Malév; Olympic Airlines; Olympic Air; Air One; Spanair; Aer Lingus; Flybe; Virgin Atlantic; US Airways; JetBlue; AirTran; Gulf Air; Saudia; El Al; Royal Jordanian;
EgyptAir; Royal Air Maroc; Tunisair; Air Algérie; Kenya Airways; South African Airways; Air Mauritius;
Thai Airways; Malaysia Airlines; Garuda; Philippine Airlines; China Airlines; Asiana; All Nippon Airways;
Japan Airlines; Air New Zealand; LATAM; Avianca; Aerolíneas Argentinas; Aeroméxico; Copa Airlines; WestJet;
Transaero; Ukraine International Airlines; Belavia; Air Baltic; airBaltic; Estonian Air; Czech Airlines; Tarom;
Bulgaria Air; Croatia Airlines; Adria Airways; Air Serbia; Montenegro Airlines; Cyprus Airways; Onur Air;
Corendon; FC Fulham; Fulham; Blackburn Rovers; Bolton Wanderers; Wigan Athletic; Stoke City; Birmingham City;
Hull City; West Bromwich Albion; Queens Park Rangers; Norwich City; Swansea City; Cardiff City;
Brighton & Hove Albion; Sheffield United; Sheffield Wednesday; Ipswich Town; Derby County;
Real Saragossa; Real Zaragoza; Osasuna; Real Mallorca; Racing Santander; FC Getafe;
FC Málaga; Málaga CF; Recreativo Huelva; Sporting Gijón; Real Valladolid; CD Teneriffa; Rayo Vallecano; FC Granada; AC Siena; AS Bari; FC Bari; Cagliari Calcio; FC Catania; AS Livorno; Reggina;
FC Empoli; Brescia Calcio; Fiorentina; FC Sochaux; FC Lorient; FC Toulouse; Montpellier HSC;
Le Mans UC; Valenciennes FC; AS Nancy; Stade Brest; Stade Reims; Le Havre AC; FC Groningen;
SC Heerenveen; Roda Kerkrade; Roda JC; Willem II; Sparta Rotterdam; Heracles Almelo; Sporting Braga; SC Braga; Vitória Guimarães; Boavista Porto; Cercle Brügge; Zulte Waregem; Heart of Midlothian; Hibernian Edinburgh; FC Aberdeen; Dundee United;
Bursaspor; Sivasspor; Kayserispor; Gençlerbirliği; Antalyaspor; Metalist Charkiw; Tschernomorez Odessa;
Metalurh Donezk; Arsenal Kiew; Krylja Sowetow; Terek Grosny; Aris Saloniki; Beitar Jerusalem; Polonia Warschau;
Ruch Chorzów; Górnik Zabrze; Banik Ostrau; Slovan Bratislava; Debreceni VSC; Videoton; Dinamo Bukarest;
Rapid Bukarest; Levski Sofia; ZSKA Sofia; Litex Lowetsch; Olimpija Ljubljana; Dinamo Minsk; Dinamo Tiflis; Aalborg BK; Vålerenga Oslo; Molde FK; Djurgårdens IF; Helsingborgs IF; Rot Weiss Ahlen; Wuppertaler SV; TuS Koblenz; Kickers Emden;
VfB Lübeck; SSV Reutlingen; Eintracht Trier; Borussia Neunkirchen; SC Pfullendorf; Berliner FC Dynamo; Türkiyemspor Berlin; FC Sachsen Leipzig; VfB Leipzig; Germania Halberstadt; Goslarer SC; VfB Oldenburg; Sportfreunde Lotte; Schwarz-Weiß Essen;
Fortuna Köln; Bonner SC; VfB Friedrichshafen; Berlin Recycling Volleys; Generali Haching; Dresdner SC;
Schweriner SC; Rote Raben Vilsbiburg; Arvato; RTL Group; Bauer Media; Bauer Verlag;
Heinrich Bauer Verlag; Funke Mediengruppe; WAZ-Gruppe; WAZ-Mediengruppe; Madsack; DuMont; DuMont Schauberg;
Ippen; Südwestdeutsche Medienholding; Spiegel-Verlag; Zeitverlag; Süddeutscher Verlag; Ringier; Tamedia;
Mediaprint; Rowohlt; Suhrkamp; S. Fischer; Carl Hanser Verlag; Hanser; Kiepenheuer & Witsch; Ullstein;
dtv; Random House; Penguin Random House; Klett; Cornelsen; 
Reclam; Aufbau Verlag; Aufbau-Verlag; Eichborn; Droemer Knaur; Bastei Lübbe; 
Springer Nature; Elsevier; Wiley; Haufe; BMG; Bertelsmann Music Group; Deutsche Grammophon;
Sony BMG; Four Music; Kontor Records; Motor Music; Ariola; Polydor; Virgin Records; Columbia Records;
Island Records; Def Jam; Atlantic Records; Capitol Records; Roadrunner Records; Nuclear Blast; Century Media;
Rammstein; Die Toten Hosen; Toten Hosen; Tokio Hotel; Scorpions; Silbermond; Wir sind Helden; Fettes Brot;
Die Fantastischen Vier; Fantastischen Vier; Fanta 4; Sportfreunde Stiller; Rosenstolz; 
Seeed; Beatsteaks; Element of Crime; Einstürzende Neubauten; Tocotronic; Blumfeld; Puhdys;
Keimzeit; BAP; Bläck Fööss; Höhner; Santiano; Modern Talking; Boney M.; Böhse Onkelz; Frei.Wild;
Helloween; Kreator; In Extremo; Subway to Sally; Saltatio Mortis; Wise Guys; 
Söhne Mannheims; Beatles; The Beatles; Rolling Stones; The Rolling Stones; U2; Coldplay; Radiohead; Metallica;
AC/DC; Pink Floyd; Led Zeppelin; Deep Purple; Black Sabbath; Iron Maiden; Guns N' Roses; Pearl Jam;
Red Hot Chili Peppers; Foo Fighters; Green Day; Linkin Park; Kings of Leon; Arctic Monkeys; The Killers;
Kaiser Chiefs; Depeche Mode; The Cure; R.E.M.; Aerosmith; ABBA; Dire Straits; Simple Minds; Duran Duran;
Pet Shop Boys; Take That; Backstreet Boys; Spice Girls; Destiny's Child; Black Eyed Peas; The Black Eyed Peas;
The Doors; Sex Pistols; The Clash; Ramones; Velvet Underground; Talking Heads; Sonic Youth; Gorillaz; Daft Punk;
The White Stripes; White Stripes; Arcade Fire; Fleetwood Mac; Bee Gees; Jackson Five; Jackson 5
`);

/** More family names of very well-known people that stand alone for them (no common German word). */
const PERSONS_MORE = words(`
Scholz; Habeck; Baerbock; Lindner; Söder; Laschet; Merz; Lauterbach; Faeser; Pistorius; Spahn;
Kramp-Karrenbauer; Altmaier; Wissing; Klingbeil; Esken; Kretschmann; Woidke; Kretschmer; Ramelow; Haseloff;
Schwesig; Dreyer; Rehlinger; Tschentscher; Giffey; Bovenschulte; Aiwanger; Chrupalla; Weidel; Höcke; Gauland;
Petry; Meuthen; Kubicki; Kipping; Riexinger; Strack-Zimmermann; Dobrindt; Scheuer; Zypries; Kühnert; Habeck;
Steinbrück; Voßkuhle; Harbarth; Biden; Clinton; Putin; Medwedew; Selenskyj; Selenskij; Selensky; Poroschenko;
Kim Jong Un; Kim Jong Il; Modi; Orbán; Orban; Kaczyński; Kaczynski; Babiš; Fico; Vučić; Vucic; Meloni; Draghi;
Renzi; Salvini; Rajoy; Sunak; Starmer; Corbyn; Farage; Rutte; Borrell; Tsipras; Mitsotakis; Varoufakis;
Netanyahu; Gantz; Lapid; Rohani; Ruhani; Raisi; Khamenei; Sisi; al-Sisi; Mursi; Mohammed Mursi; Bin Laden;
Baghdadi; Nasrallah; Kadyrow; Nawalny; Navalny; Prigoschin; Schoigu; Peskow; Tichanowskaja; Alijew;
Paschinjan; Stoltenberg; Guterres; Blinken; Pompeo; Tillerson; Pelosi; McConnell; DeSantis; Musk; Bezos;
Nadella; Pichai; Soros; Kissinger; Gorbatschow; Jelzin; Honecker; Ulbricht; Mielke; Krenz; Hitler; Stalin;
Lenin; Mussolini; Goebbels; Himmler; Göring; Chruschtschow; Breschnew; Pinochet; Guevara; Bergoglio; Woelki;
Bätzing; Bedford-Strohm; Kimmich; Goretzka; Gündogan; Havertz; Musiala; Kroos; Götze; Hummels; Rüdiger;
Nagelsmann; Tuchel; Kovač; Watzke; Haaland; Mbappé; Neymar; Benzema; Modrić; Verstappen; Leclerc; Kerber;
Zverev; Görges; Alcaraz; Dahlmeier; Bowie; Springsteen
Glos; Tiefensee; Schavan; Pofalla; Oettinger; Platzeck; Wowereit; Beust; Milbradt; Tillich;
Ringstorff; Mappus; Matschie; Ströbele; Bütikofer; Müntefering; Schily; Bisky; Lötzsch; Pinkwart;
Lambsdorff; Kinkel; Waigel; Blüm; Geißler; Süssmuth; Thierse; Lammert; Van Rompuy; Topolánek; Gusenbauer;
Faymann; Strache; Haider; Molterer; Spindelegger; Leuthard; Calmy-Rey; Blocher; Widmer-Schlumpf;
Mussawi; Chatami; Rafsandschani; Maliki; al-Maliki; Talabani; Barsani; Zardari; Gilani; Hu Jintao; Wen Jiabao;
Lee Myung Bak; Mbeki; Zuma; Mugabe; Tsvangirai; Ghaddafi; Gaddhafi; Hanija; Haniyeh; Meschaal; Lieberman; Livni;
Kirchner; Calderón; McCain; Palin; Romney; Holbrooke; Paulson; Brin; Sutil; Glock; Webber;
Barrichello; Trulli; Mosley; Frings; Trochowski; Hitzlsperger; Sammer; Nerlinger; Veh; Funkel; Daum; Babbel;
Skibbe; Bruchhagen; Calmund; Dzeko; Džeko; Misimovic; Ibisevic; Pizarro; Ailton; Neureuther; Schlierenzauer;
Pechstein; Friesinger; Contador; Klöden; Cavendish; Roddick; Agassi; Sampras; Hingis; Clijsters;
Brecht; Kafka; Böll; Handke; Jelinek; Süskind; Kehlmann; Enzensberger; Dürrenmatt; Rilke;
Hölderlin; Fontane; Büchner; Tucholsky; Kästner; Remarque; Feuchtwanger; Döblin; Musil;
Schnitzler; Hofmannsthal; Canetti; Arendt; Adorno; Habermas; Horkheimer; Heidegger; Wittgenstein; Schopenhauer;
Leibniz; Haydn; Mendelssohn; Liszt; Puccini; Vivaldi; Chopin;
Tschaikowsky; Strawinsky; Karajan; Barenboim; Thielemann; Netrebko; Pavarotti; Dürer; Cranach; Rembrandt;
Rubens; Vermeer; Monet; Manet; Renoir; Cézanne; van Gogh; Gauguin; Matisse; Kandinsky; Macke; Beuys; Baselitz;
Polke; Warhol; Dalí; Michelangelo; Botticelli; Caravaggio; Tizian; Rodin; Giacometti; Akin; Schweighöfer;
Ferres; Berben; Bleibtreu; Kinski; Schygulla; Hitchcock; Kubrick; Scorsese; Coppola; Hanks; Streep;
Hepburn; Monroe; Chaplin; Brando; De Niro; Pacino; Nicholson; Maffay; Naidoo; Heino; Sinatra; Dylan; Clapton;
Hendrix; Cobain; Spears; Timberlake; Aguilera; Minogue; Knopfler; Planck; Heisenberg; Virchow;
Kepler; Kopernikus; Galilei; Hawking; Pasteur; Edison; Zuse; Caesar; Cäsar; Barbarossa; Calvin; Zwingli;
Metternich; Trotzki; Heydrich; Eichmann; Mengele; Rommel; Stauffenberg; Hindenburg; Ludendorff; Stresemann;
Rathenau; Roosevelt; Truman; Eisenhower; de Gaulle; Kiesinger; Andropow; Tito; Ceaușescu;
Ceausescu; Milošević; Milosevic; Karadžić; Karadzic; Mladić; Mladic; Tudjman; Izetbegović; Wałęsa; Walesa;
Kennedy; Nixon; Reagan; Lincoln; Gandhi; Nehru; Mao; Deng Xiaoping; Pol Pot; Ho Chi Minh; Khomeini; Chomeini;
Sadat; Nasser; Rabin; Ben-Gurion; Martin Luther King; Che Guevara; Johannes Paul II.; Bush
`);

/**
 * Genitives in "-es" the stage does not make from "-s" ("des Bundestages", "des Auswärtigen Amtes", "des Saarlandes",
 * "des Ruhrgebietes"): a name whose last word is capitalised and ends in one of the endings, with "es" added.
 */
const esGenitives = (names: readonly string[], endings: readonly string[]): string[] =>
  names
    .filter((name) => {
      const last = name.slice(name.lastIndexOf(' ') + 1);
      const lower = last.toLowerCase();
      // not a newspaper "… am Sonntag", not "Rhode Island"
      if (lower === 'sonntag' || lower.endsWith('island')) return false;
      return /^\p{Lu}\p{Ll}/u.test(last) && endings.some((e) => lower.endsWith(e));
    })
    .map((name) => `${name}es`);

/** An adjective before a name's noun, in its strong or weak form ("Deutsche", "Europäischer", "Rotes", "Freie"). */
const NAME_ADJECTIVE = new RegExp(
  [
    // "Europäische", "Evangelischer", "Kassenärztliche"
    '^\\p{Lu}\\p{Ll}*(?:isch|lich)e[rs]?$',
    // "Heilige", "Auswärtiges", "Internationale" (not in "-er": "Braunschweiger", "Wuppertaler" name places)
    '^\\p{Lu}\\p{Ll}*(?:ig|al)es?$',
    '^(?:Deutsch|International|National|Zentral|Sozial|Liberal|Frei|Rot|Weiß|Schwarz|Neu|Jung|Vereint|Vereinigt|Grün|Link|Alt|Erst)e[rs]?$',
  ].join('|'),
  'u',
);

/**
 * The weak forms after "der", "des", "dem" of names that open with adjectives ("der Deutschen Bahn", "der
 * Europäischen Union", "des Internationalen Währungsfonds", "im Indischen Ozean"): each adjective before the last
 * word ends in "-en".
 */
const weakForms = (names: readonly string[]): string[] =>
  names.flatMap((name) => {
    const parts = name.split(' ');
    if (parts.length < 2 || !parts.slice(0, -1).every((w) => NAME_ADJECTIVE.test(w))) return [];
    const weak = [
      ...parts.slice(0, -1).map((w) => `${w.replace(/[rs]$/u, '')}n`),
      parts[parts.length - 1],
    ].join(' ');
    return weak === name ? [] : [weak];
  });

/** Endings of organisation names whose genitive is often "-es" ("Bundesrates", "Verfassungsschutzes"). */
const ORGANISATION_ES_GENITIVE_ENDINGS = words(
  `amt; rat; tag; gericht; hof; schutz; institut; bund; verband; haus; kreuz`,
);

/** Endings of region names whose genitive is often "-es" ("Saarlandes", "Ruhrgebietes"). */
const REGION_ES_GENITIVE_ENDINGS = words(`land; gebiet`);

/** Places that are also common words ("Essen", "Halle", "Siegen", "Worms"): a place only after a place preposition. */
export const AMBIGUOUS_PLACES: readonly string[] = words(`
Essen; Halle; Siegen; Worms; Weiden; Bergen; Hof; Burg; Regen; Werder; Lage; Heide; Zug;
Roth; Wetter; Brühl; Kamen; Lingen; Selm; Leer; Jura; Lippe; Main; Inn; Sieg; Ems; Nahe; Alb; Stade; Mond;
Werther; Waren; Verden; Achim; Lauf; Neustadt; Georgia; Phoenix; Rio; Mars; Venus; Jupiter; Salvador; Forst; Aue; Singen; Wangen; Datteln; Baden; Franken; Seine; Löhne
`);

/** Places (German names) known without context. */
export const KNOWN_PLACES: readonly string[] = [
  ...new Set([
    ...COUNTRIES,
    ...REGIONS,
    ...GERMAN_CITIES,
    ...WORLD_CITIES,
    ...NATURE,
    ...GERMAN_TOWNS_MORE,
    ...GERMAN_DISTRICTS,
    // the genitive of a one-word district in "-kreis" ("des Rhein-Sieg-Kreises")
    ...GERMAN_DISTRICTS.filter((d) => /^\S+kreis$/iu.test(d)).map((d) => `${d}es`),
    ...ALPINE_PLACES,
    ...WORLD_CITIES_MORE,
    ...NATURE_MORE,
    ...GERMAN_TOWNS_BAD_AND_DISTRICTS,
    ...REGIONS_MORE,
    ...HISTORICAL_AND_SIGHTS,
    ...PLACES_MORE_2,
  ]),
  ...esGenitives([...REGIONS, ...GERMAN_DISTRICTS, ...REGIONS_MORE], REGION_ES_GENITIVE_ENDINGS),
  ...weakForms([
    ...COUNTRIES,
    ...REGIONS,
    ...NATURE,
    ...NATURE_MORE,
    ...REGIONS_MORE,
    ...HISTORICAL_AND_SIGHTS,
  ]),
].filter((p) => !AMBIGUOUS_PLACES.includes(p));

/** Organisations known by name: parties, federal bodies, companies, media, international bodies, clubs. */
const ORGANISATIONS: readonly string[] = [
  ...words(`
CDU; CSU; Deutscher Bundestag; Deutschen Bundestag; Deutschen Bundestages; SPD; FDP; Grünen; Bündnis 90/Die Grünen; Die Grünen; Die Linke; Linkspartei; PDS; AfD; NPD;
DKP; SED; NSDAP; KPD; Piratenpartei; Freie Wähler; ÖVP; SPÖ; FPÖ; BZÖ; SVP; CVP; Labour; Tories; Bundestag; Bundesrat; Bundesverfassungsgericht; Bundesgerichtshof;
Bundesverwaltungsgericht; Bundessozialgericht; Bundesfinanzhof; Bundesarbeitsgericht; Bundeswehr; Bundesbank;
Bundespolizei; Bundeskriminalamt; Bundesnachrichtendienst; Verfassungsschutz; Bundesamt für Verfassungsschutz;
Bundesagentur für Arbeit; Bundesanstalt für Arbeit; Bundesrechnungshof; Bundeskartellamt; Bundesnetzagentur;
Bundesärztekammer; Bundeskanzleramt; Kanzleramt; Auswärtiges Amt; Auswärtigen Amt;
Bundesministerium; Bundesinnenministerium; Bundesjustizministerium; Bundesfinanzministerium;
Bundesverteidigungsministerium; Bundesgesundheitsministerium; Bundesumweltministerium; Bundesarbeitsministerium;
Bundeswirtschaftsministerium; Bundesverkehrsministerium; Bundesbildungsministerium; Bundesfamilienministerium;
Bundesagrarministerium; Bundeslandwirtschaftsministerium; Bundespräsidialamt; Stasi; Wehrmacht; Reichstag;
Europäische Union; EU; Europäische Kommission; Europäisches Parlament; Europaparlament;
Europäischen Parlament; Europäische Zentralbank; EZB; Europarat; Europäischer Gerichtshof; EuGH; Nato; NATO;
UN; UNO; Vereinte Nationen; Vereinten Nationen; UN-Sicherheitsrat; Sicherheitsrat; Unesco; UNESCO; Unicef;
UNICEF; UNHCR; WHO; Weltgesundheitsorganisation; IWF; Internationaler Währungsfonds; Weltbank; WTO;
Welthandelsorganisation; OECD; OPEC; Opec; OSZE; G8; G20; Rotes Kreuz; Roten Kreuz; Amnesty International;
Greenpeace; Human Rights Watch; Ärzte ohne Grenzen; Caritas; Diakonie; Internationales Olympisches Komitee; IOC;
Fifa; FIFA; Uefa; UEFA; DFB; DFL; ADAC; DGB; Verdi; Ver.di; IG Metall; BDI; DIHK; Hamas; Hisbollah; Taliban;
Al-Kaida; al-Qaida; Al Qaida; PLO; Fatah; IRA; ETA; RAF; PKK; FBI; CIA; NSA; KGB; FSB; Pentagon; Repräsentantenhaus; Weißes Haus; Weißen Haus; Kreml; Vatikan; Mossad; Scotland Yard; Interpol; Europol;
Frontex; ISAF; Fraunhofer; Max-Planck-Gesellschaft; Deutsche Bahn;
Deutsche Bank; Commerzbank; Dresdner Bank; Postbank; Hypo Real Estate; KfW; DZ Bank; Sparkasse; Sparkassen;
Volksbank; Munich Re; Münchener Rück; Siemens; BASF; SAP; Daimler; Mercedes-Benz; Mercedes;
BMW; Volkswagen; VW; Audi; Porsche; Opel; Ford; General Motors; GM; Chrysler; Fiat; Renault; Peugeot; Citroën;
Toyota; Honda; Nissan; Hyundai; Kia; Continental; Bosch; ZF; MAN; Thyssenkrupp; ThyssenKrupp; Krupp; Salzgitter;
Lufthansa; Air Berlin; Condor; Eurowings; Ryanair; Easyjet; Air France; KLM; British Airways; Deutsche Telekom;
Telekom; Vodafone; Telefónica; O2; E.on; Eon; RWE; EnBW; Vattenfall; Uniper; Henkel; Beiersdorf; Adidas;
Infineon; Merck; Fresenius; Heidelberger Druckmaschinen; HeidelbergCement; Deutsche Post; DHL; Deutsche
Börse; Zalando; Delivery Hero; Covestro; Vonovia; Aldi; Lidl; Rewe; Edeka; Kaufland; Karstadt; Arcandor;
Tchibo; Ikea; IKEA; Media Markt; Schlecker; Rossmann; Bertelsmann; Springer; Axel Springer;
Burda; Holtzbrinck; Gruner + Jahr; ProSiebenSat.1; RTL; Sat.1; ProSieben; Vox; ARD; ZDF; WDR; NDR; SWR; BR; HR;
MDR; RBB; SR; Radio Bremen; Deutschlandfunk; Deutsche Welle; Arte; 3sat; ORF; SRF; BBC; CNN; ABC; CBS;
NBC; Fox News; Al Dschasira; Al Jazeera; Der Spiegel; Spiegel Online; Bild-Zeitung; Bild am Sonntag; FAZ; Frankfurter Allgemeine; Frankfurter Allgemeine Zeitung; Süddeutsche;
Süddeutsche Zeitung; Welt am Sonntag; taz; Handelsblatt; Financial Times; Financial Times
Deutschland; Wall Street Journal; New York Times; Washington Post; Guardian; Le Monde; Neue Zürcher
Zeitung; NZZ; Tagesspiegel; Berliner Zeitung; Frankfurter Rundschau; Kölner Stadt-Anzeiger; Rheinische Post;
Westdeutsche Allgemeine Zeitung; WAZ; Hamburger Abendblatt; Stuttgarter Zeitung; Sächsische Zeitung; Tagesschau;
Tagesthemen; heise; Heise; dpa; AFP; AP; Reuters; Bloomberg; DAPD; ddp; epd; KNA; SID; Reuters; Apple; Google;
Microsoft; IBM; Intel; AMD; Nokia; Sony; Samsung; Facebook; Twitter; Yahoo; Amazon; eBay; Ebay; Oracle; Dell;
Hewlett-Packard; HP; Cisco; Nvidia; Qualcomm; Motorola; Ericsson; Philips; Nestlé; Unilever; Novartis; Roche;
UBS; Credit Suisse; Swiss; Swiss Life; Zurich; Shell; BP; Exxon; ExxonMobil; Gazprom; Rosneft; Lukoil;
Coca-Cola; Pepsi; McDonald's; Starbucks; Walmart; Boeing; Airbus; EADS; Goldman Sachs; JP Morgan;
Morgan Stanley; Lehman Brothers; Citigroup; Bank of America; Wells Fargo; AIG; Warner; EMI; Disney;
Netflix; Wikipedia; Wikimedia; Mozilla; Linux Foundation; Harvard; Stanford; MIT; Oxford University; Sorbonne;
Charité; Bayern München; FC Bayern; FC Bayern München; Borussia Dortmund; BVB; Schalke; Schalke 04; FC Schalke 04;
Werder Bremen; Werder; Hamburger SV; HSV; VfB Stuttgart; VfL Wolfsburg; Bayer Leverkusen; Hertha BSC; Hertha;
Eintracht Frankfurt; FC Köln; FC St. Pauli; St. Pauli; Hannover 96; Borussia
Mönchengladbach; Gladbach; VfL Bochum; MSV Duisburg; Arminia Bielefeld; Energie Cottbus; Hansa Rostock;
Dynamo Dresden; FC Kaiserslautern; Fortuna Düsseldorf; TSG Hoffenheim; Hoffenheim;
1899 Hoffenheim; SC Freiburg; FSV Mainz 05; Mainz 05; FC Augsburg; Union Berlin; RB Leipzig;
Karlsruher SC; TSV 1860 München; 1860 München; Alemannia Aachen; Rot-Weiss Essen; Preußen Münster; SC Paderborn;
VfL Osnabrück; Real Madrid; FC Barcelona; Barcelona; Atlético Madrid; Manchester United; Manchester City;
FC Chelsea; Chelsea; FC Liverpool; Arsenal; FC Arsenal; Tottenham; Juventus Turin; Juventus; Inter Mailand;
AC Mailand; AS Rom; Lazio Rom; SSC Neapel; Ajax Amsterdam; PSV Eindhoven; Feyenoord; FC Porto; Benfica Lissabon;
Sporting Lissabon; Galatasaray; Fenerbahçe; Besiktas; Celtic; Rangers; Olympique Marseille; Paris Saint-Germain;
Olympique Lyon; FC Basel; Grasshoppers; Young Boys; Rapid Wien; Austria Wien; Red Bull Salzburg; Champions
League; Europa League; UEFA-Cup; NBA; NHL; NFL; DEL; Deutsche Oper; 
Berliner Philharmoniker; Wiener Philharmoniker; Bundesagentur; Deutscher Gewerkschaftsbund; 
Zentralrat der Juden; EKD; Deutsche Bischofskonferenz;
Bischofskonferenz; Bundesanstalt für Finanzdienstleistungsaufsicht; BaFin; Stiftung Warentest; TÜV; Dekra;
Bundesverband der Deutschen Industrie; Deutscher Bauernverband; Deutscher Städtetag; Städtetag; Bundesanwaltschaft;
Generalbundesanwalt; Unions-Fraktion; Deutsche Presse-Agentur; Deutschen Presse-Agentur;
Europäischer Rat; Europäischen Rat;
Wall Street; Nike; Reebok; Fraport; Hochtief; Bilfinger; Bilfinger Berger; Schaeffler; Südzucker; Lanxess; Wacker
Chemie; Hapag-Lloyd; Sixt; Hugo Boss; Zara; Primark; Lego; Playmobil; Miele; Vorwerk; Haribo; Dr. Oetker; Oetker;
Galeria Kaufhof; Kaufhof; Hertie; Neckermann; Otto Group; Kabel Deutschland; Unitymedia; United Internet; Freenet;
Mobilcom; E-Plus; T-Mobile; Alcatel-Lucent; Huawei; Lenovo; Acer; Asus; Xiaomi; Uber; Airbnb; Alibaba; Tencent;
Baidu; YouTube; Youtube; MySpace; Xing; StudiVZ; iTunes; Spotify; Instagram; WhatsApp; LinkedIn; TikTok; Tiktok;
Snapchat; Skype; PayPal; Wirecard; HSH Nordbank; WestLB; BayernLB; LBBW; HVB; Hypovereinsbank; HypoVereinsbank;
Unicredit; UniCredit; Santander; BNP Paribas; Société Générale; Barclays; HSBC; Royal Bank of Scotland; ING;
Generali; Axa; AXA; Hamburg-Mannheimer; HUK-Coburg; Debeka; Sanofi; Pfizer; Boehringer Ingelheim;
GlaxoSmithKline; AstraZeneca; Biontech; BioNTech; Curevac; CureVac; Moderna; Johnson & Johnson; Procter & Gamble;
Danone; Kraft Foods; Ferrero; Heineken; Carlsberg; Anheuser-Busch; Red Bull; Ferrari; Lamborghini; Bentley;
Rolls-Royce; Volvo; Saab; Skoda; Mazda; Suzuki; Mitsubishi; Subaru; Dacia; Alfa Romeo; Land Rover; Aston
Martin; McLaren; ArcelorMittal; Rio Tinto; BHP Billiton; Glencore; Petrobras; Statoil; Equinor; Eni; Repsol;
Chevron; ConocoPhillips; Halliburton; Transocean; Aramco; Saudi Aramco; ABB; Alstom; General
Electric; Caterpillar; Honeywell; Lockheed Martin; Raytheon; Northrop Grumman; Rheinmetall; Krauss-Maffei
Wegmann; Heckler & Koch; Dassault; Safran; Embraer; Emirates; Qatar Airways; Etihad; Turkish Airlines;
Aeroflot; Alitalia; Austrian Airlines; Germanwings; Tuifly; Maersk; DB Schenker; Kühne + Nagel; FedEx;
Zeit Online; Welt Online; Focus Online; N24; n-tv; RTL II; Kabel eins; Super RTL; MTV;
Sky News; Al-Arabija; Associated Press; Agence France-Presse; Xinhua; Itar-Tass; Tass; Interfax; RIA Nowosti;
Ria Nowosti; ANSA; APA; Kyodo; Yonhap; KCNA; Le Figaro; Libération; El País; Corriere della Sera; La Repubblica;
Daily Telegraph; Daily Mail; Kronen Zeitung; Der Standard; Tages-Anzeiger; Weltwoche;
Wirtschaftswoche; WirtschaftsWoche; Manager Magazin; Börsen-Zeitung; Junge Welt; Neues Deutschland; Münchner
Merkur; Berliner Morgenpost; Stuttgarter Nachrichten; Badische Zeitung; Hannoversche Allgemeine; Leipziger
Volkszeitung; Mitteldeutsche Zeitung; Ostsee-Zeitung; Lausitzer Rundschau; Märkische Allgemeine; Nordkurier;
Weser-Kurier; Kieler Nachrichten; Neue Osnabrücker Zeitung; Passauer Neue Presse; Augsburger Allgemeine;
Nürnberger Nachrichten; Mannheimer Morgen; Rhein-Zeitung; Saarbrücker Zeitung; Thüringer Allgemeine; Südkurier;
Schwäbische Zeitung; Deutsche Rentenversicherung; Robert Koch-Institut; Robert-Koch-Institut; RKI;
Paul-Ehrlich-Institut; Umweltbundesamt; Statistisches Bundesamt; Destatis; Bundesamt für Migration und
Flüchtlinge; BAMF; Europäischer Gerichtshof für Menschenrechte; EGMR; Internationaler Strafgerichtshof;
Weltsicherheitsrat; Uno; WWF; Nabu; NABU; Foodwatch; Attac; Pro Asyl; Transparency International; Reporter ohne
Grenzen; Welthungerhilfe; Misereor; Brot für die Welt; Arbeiterwohlfahrt; AWO; Deutscher Mieterbund; Bund der
Steuerzahler; Verbraucherzentrale; Verbraucherzentrale Bundesverband; ADFC; Deutscher Olympischer Sportbund;
DOSB; WADA; NADA; IAAF; WTA; Likud; Kadima; ANC; Sinn Fein; Sinn Féin; Fidesz; Syriza; Podemos; Lega Nord;
Forza Italia; Front National; UMP; UKIP; Ukip; Jobbik; Vlaams Belang; Einiges Russland; Kuomintang;
Muslimbruderschaft; Boko Haram; al-Schabab; SpVgg Greuther Fürth; Greuther Fürth; Rot-Weiß Oberhausen; SV
Sandhausen; Erzgebirge Aue; FC Ingolstadt; Holstein Kiel; Jahn Regensburg; SV Darmstadt 98; Darmstadt 98;
Eintracht Braunschweig; FC Carl Zeiss Jena; Carl Zeiss Jena; Kickers Offenbach; Stuttgarter Kickers; SV Wehen
Wiesbaden; Rot-Weiß Erfurt; Chemnitzer FC; Hallescher FC; Eisbären Berlin; Kölner Haie; Adler Mannheim; THW
Kiel; SG Flensburg-Handewitt; Rhein-Neckar Löwen; Alba Berlin; FC Zürich; FC Sion; FC St. Gallen; Sturm Graz;
LASK; Dinamo Zagreb; Roter Stern Belgrad; Spartak Moskau; ZSKA Moskau; Zenit St. Petersburg; Schachtar Donezk;
Dynamo Kiew; Olympiakos Piräus; AEK Athen; AC Florenz; AS Monaco; FC Sevilla; Athletic Bilbao; FC Everton; Aston
Villa; Newcastle United; West Ham United; Tottenham Hotspur; Leeds United; Boca Juniors; River Plate; LA Galaxy;
New York Yankees; Boston Red Sox; Los Angeles Lakers; Dallas Mavericks; Pittsburgh Steelers; New England Patriots;
`),
  ...ORGANISATIONS_MORE,
  ...ORGANISATIONS_MORE_2,
];

/** Organisations known by name, with their genitives in "-es". */
export const KNOWN_ORGANISATIONS: readonly string[] = [
  ...ORGANISATIONS,
  ...weakForms(ORGANISATIONS),
  ...esGenitives([...ORGANISATIONS, ...weakForms(ORGANISATIONS)], ORGANISATION_ES_GENITIVE_ENDINGS),
];

/** Family names of well-known people that stand alone for them (only names that are no common German word). */
export const KNOWN_PERSONS: readonly string[] = [
  ...words(`
Merkel; Schröder; Kohl; Adenauer; Brandt; Schmidt; Steinmeier; Westerwelle; Guttenberg; Schäuble; Seehofer;
Steinbrück; Röttgen; Rüttgers; von der Leyen; de Maizière; Gabriel; Nahles; Trittin; Künast; 
Özdemir; Gysi; Lafontaine; Wagenknecht; Stoiber; Beckstein; Wulff; Gauck; Köhler; Rau; Weizsäcker;
Scholz; Lindner; Habeck; Baerbock; Laschet; Söder; Spahn; Lauterbach; Ramelow; Wowereit; Platzeck;
Tillich; Oettinger; Mappus; Kretschmann; Beck; Müntefering; Struck; Zypries; Schavan; Pofalla; Ackermann;
Obama; Bush; Clinton; Trump; Biden; Reagan; Kennedy; Nixon; McCain; Palin; Romney; Putin; Medwedew; Jelzin;
Gorbatschow; Stalin; Lenin; Chruschtschow; Breschnew; Hitler; Mussolini; Napoleon; Churchill; Thatcher; Blair;
Cameron; Sarkozy; Chirac; Mitterrand; Hollande; Macron; Berlusconi; Prodi; Zapatero; Aznar; Erdogan;
Erdoğan; Ahmadinedschad; Chamenei; Netanjahu; Olmert; Scharon; Arafat; Abbas; Mubarak; Gaddafi; Assad;
Saddam; Hussein; Karsai; Musharraf; Bhutto; Mandela; Castro; Chávez; Lula; Juschtschenko; Timoschenko;
Janukowitsch; Lukaschenko; Saakaschwili; Barroso; Juncker; Solana; Ashton; Rasmussen; Ban Ki Moon; Annan;
Benedikt XVI.; Ratzinger; Wojtyla; Luther; Goethe; Schiller; Mozart; Beethoven; Wagner; Brahms; Marx;
Bismarck; Einstein; Freud; Nietzsche; Kant; Hegel; Picasso; Shakespeare; Darwin; Beckenbauer; Ballack;
Klinsmann; Löw; Klose; Podolski; Schweinsteiger; Lahm; Lehmann; Rummenigge; Hoeneß; Magath; Klopp;
Netzer; Matthäus; Völler; Messi; Ronaldo; Beckham; Drogba; Schumacher; Vettel; Nowitzki; Federer; Nadal;
Becker; Klitschko; Madonna; Gaga; Jackson; Obama; Genscher; Brüderle; Rösler; Niebel; Leutheusser-Schnarrenberger;
Aigner; Ramsauer; Carstensen; Althaus; Sellering; Lieberknecht; Bouffier; McAllister; Ypsilanti; Schäfer-Gümbel;
Kauder; Sarrazin; Zumwinkel; Wiedeking; Piëch; Winterkorn; Zetsche; Cheney; Rumsfeld; Petraeus; McChrystal;
Lawrow; Fillon; Trichet; Strauss-Kahn; Lagarde; Bernanke; Geithner; Krugman; Hatoyama; Morales; Uribe; Dalai Lama;
Zollitsch; Käßmann; Mixa; Reich-Ranicki; Schirrmacher; Augstein; Döpfner; Schlingensief; Fassbinder; Wenders;
Haneke; Tykwer; Kidman; Jolie; Clooney; DiCaprio; Spielberg; Tarantino; Polanski; Eastwood; Schwarzenegger; Madoff;
Buffett; Zuckerberg; Ballmer; Murdoch; Heidfeld; Räikkönen; Kubica; Ecclestone; Blatter; Platini; Zwanziger;
Niersbach; Bierhoff; Kuranyi; Mertesacker; Özil; Enke; Robben; Ribéry; Ibrahimovic; Iniesta; Casillas; Buffon;
Totti; Maradona; Pelé; Mourinho; Guardiola; Ancelotti; Hiddink; Rooney; Zidane; Kaká; Lewandowski; Boateng;
Khedira; Hitzfeld; Rehhagel; Heynckes; van Gaal; Rangnick; Slomka; Labbadia; Schaaf; Alonso; Rosberg; Phelps;
Ullrich; Zabel; Scharapowa; Djokovic; Kohlschreiber; Petkovic; Lisicki; Isinbajewa; Harting; Höfl-Riesch;
Hannawald; Grönemeyer; Westernhagen; Lindenberg; Bieber; Beyoncé; Rihanna; Shakira; Eminem; Winehouse; Lennon;
McCartney; Jagger; Presley; Bohlen; Gottschalk; Jauch; Kerner; Illner; Maischberger; Plasberg
`),
  ...PERSONS_MORE,
];

/**
 * Endings of compound role words before a name, beside those of the compare tables ("Fußball-Experte Sammer",
 * "Olympiasieger Casartelli", "Menschenrechtsaktivist Barghuti", "Biathletin Mariam Gössner"), lower case.
 */
export const ROLE_ENDINGS: readonly string[] = words(`
experte; expertin; keeper; sieger; siegerin; aktivist; aktivistin; athlet; athletin; spieler; spielerin; fahrer;
fahrerin; trainer; trainerin; vorsitzende; vorsitzender; kandidat; kandidatin; sprecherin; leiter;
leiterin; direktor; direktorin; manager; managerin; präsidentin; ministerin; kanzlerin; beraterin; vize; kollege;
kollegin; stürmer; torhüter; verteidiger; weltmeister; weltmeisterin; europameister; europameisterin; meisterin;
sportler; sportlerin; politiker; politikerin; abgeordnete; abgeordneter; autor; autorin; sänger; sängerin;
schauspieler; schauspielerin; regisseur; regisseurin; analyst; analystin; ökonom; ökonomin; forscher; forscherin;
wissenschaftler; wissenschaftlerin; anwalt; anwältin; koordinator; koordinatorin; beauftragte; beauftragter;
geschäftsführer; geschäftsführerin; gründer; gründerin; inhaber; inhaberin; kommandeur; kommandant; historiker;
historikerin; architekt; architekten; architektin; unternehmer; unternehmerin; profi; star; chef; chefin;
rechtler; rechtlerin
`);

/**
 * Words for a person's occupation or part that stand right before the name ("Rapper Ice-T", "Historikerin Anna
 * Kolb", "Herausforderer Ben Gantz"), beside the compare tables' titles, lower case.
 */
export const ROLE_TITLES: readonly string[] = words(`
rapper; rapperin; historiker; historikerin; unternehmer; unternehmerin; milliardär; milliardärin; designer;
designerin; dirigent; dirigentin; pianist; pianistin; fotograf; fotografin; bildhauer; bildhauerin; chefredakteur;
chefredakteurin; kolumnist; kolumnistin; blogger; bloggerin; aktivist; aktivistin; philosoph; philosophin; theologe;
theologin; soziologe; soziologin; physiker; physikerin; chemiker; chemikerin; biologe; biologin; mediziner;
medizinerin; psychologe; psychologin; ökonom; ökonomin; politologe; politologin; kurator; kuratorin; herausforderer;
herausforderin; kontrahent; kontrahentin; torjäger; skispringer; skispringerin; komponistin; malerin; architektin;
kabarettist; kabarettistin; komiker; komikerin; meteorologe; meteorologin; herausgeber; herausgeberin;
gouverneur; gouverneurin; abt; äbtissin; jurist; juristin; pädagoge; pädagogin; publizist; publizistin; virologe;
virologin; epidemiologe; epidemiologin; arzt; ärztin; veteran; veteranin; interviewer; interviewerin; priester;
priesterin
`);

/** Endings of nouns after which a name is an organisation's ("Spielzeughersteller Mattel"), lower case. */
export const ORGANISATION_NOUN_ENDINGS: readonly string[] = words(`
hersteller; herstellers; konzern; konzerns; betreiber; betreibers; anbieter; anbieters; dienstleister;
dienstleisters; versicherer; versicherers; autobauer; bankhaus; bankhauses; fluggesellschaft; fluglinie;
airline; reederei; brauerei; handelskette; modekette; supermarktkette; softwarefirma; softwarehaus; tochterfirma;
tochtergesellschaft; rivale; konkurrent; konkurrenten; sportartikelhersteller; chipkonzern; energieversorger;
versorger; discounter; onlinehändler; mobilfunkanbieter; netzbetreiber; fernsehsender; radiosender; sender;
nachrichtenagentur; zeitung; wochenzeitung; tageszeitung; magazin; nachrichtenmagazin; verlag; verlagshaus;
verein; vereins; klub; club; verband; verbandes; verbands; gewerkschaft; partei; band; rockband; popband;
institut; instituts; bank; gesellschaft; vereinigung; genossenschaft; kette; gruppe; agentur; portal; plattform;
dienst; blatt; zeitschrift; behörde; bündnis; allianz; orchester; ensemble; kanzlei; lieferant;
zulieferer; finanzinvestor; fonds; label; studio; netzwerk
`);

/** Words that end a medium's name after its head noun ("Tiroler Tageszeitung Online"), as written. */
export const MEDIUM_NAME_TAILS: readonly string[] = words(`Online; Digital`);

/** Endings of a head noun after a place adjective that make both an organisation ("Berliner Kurier"). */
export const ADJECTIVE_ORGANISATION_HEADS: readonly string[] = words(`
zeitung; kurier; presse; rundschau; anzeiger; tageblatt; nachrichten; morgenpost; abendblatt; abendzeitung;
allgemeine; volksbank; sparkasse; verkehrsbetriebe; stadtwerke; verein; verband; rundfunk; rundfunks;
philharmoniker; symphoniker; sinfoniker; staatsoper; schauspielhaus; landesbank; versicherung; bank
`);

/** Head nouns after a place adjective that make both a place ("Frankfurter Hauptbahnhof", "Tegeler See"). */
export const ADJECTIVE_PLACE_HEADS: readonly string[] = words(`
see; bahnhof; hauptbahnhof; flughafen; hafen; dom; tor; platz; brücke; becken; bucht; hütte; kreuz; schloss;
wald; forst; heide; hafenstadt; innenstadt; altstadt; neustadt; land; berg; bergland; tal; hochland; moor; ring
`);

/**
 * Endings of German nouns that stand before a family name and are no given name: roles ("Aktivist", "Rapper",
 * "Student", "Lieferant"), feminine and abstract nouns ("Strategie", "Akademie", "Führung", "Physik", "Partei",
 * "Kultur", "Eigentum", "Flüchtling"), lower case.
 */
export const NOT_GIVEN_NAME_ENDINGS: readonly string[] = [
  ...words(`er; ist; ent; ant`),
  // the noun-ending table's derivational and singular abstract endings (src/lang/de/noun-endings.ts)
  ...DERIVATIONAL,
  ...ABSTRACT_SINGULAR,
];

/** Capitalised words that come before an organisation's name ("FC Bayern", "Universität Hamburg"). */
export const ORGANISATION_HEADS: readonly string[] = words(`
FC; SC; SV; TU; TH; FH; SK; TSV; VfB; VfL; TuS; SpVgg; FSV; MSV; BSC; TSG; SG; SSV; ESV; Borussia; Eintracht; Fortuna;
Alemannia; Arminia; Hertha; Dynamo; Energie; Hansa; Rot-Weiss; Rot-Weiß; Blau-Weiß; Universität; Hochschule;
Fachhochschule; Technische Universität; Institut; Bundesamt; Landesamt; Bundesministerium; Landesministerium;
Staatsministerium; Stiftung
`);

/** Legal forms and words after an organisation's name ("Audi AG", "Hirzel Verlag"). */
export const ORGANISATION_FORMS: readonly string[] = words(`
GmbH; AG; KG; KGaA; SE; OHG; GbR; e.V.; eV; e. V.; Inc; Inc.; Corp; Corp.; Corporation; Ltd; Ltd.; LLC; plc;
PLC; LP; L.P.; S.A.; SA; N.V.; NV; S.p.A.; Holding; Verlag; Group; Bank; Versicherung; Stiftung; Gruppe; Werke;
Airlines; Records; Media; Motors; Systems; Technologies; Partner; Partners; School; College; University; Institute;
Foundation; Orchestra
`);

/**
 * Business nouns and newspaper words that end an organisation's name after name words ("Essential Consultants",
 * "Acme Holdings", "Daily Star", "Westfälischer Anzeiger"), unless another name word follows ("Lego Star Wars").
 */
export const ORGANISATION_END_NOUNS: readonly string[] = words(`
Consultants; Holdings; Ventures; Associates; Enterprises; Industries; Investments; Pharmaceuticals;
Communications; Entertainment; Solutions; Times; Post; Star; Journal; Herald; Tribune; Telegraph; Gazette;
Chronicle; Inquirer; Mail; Zeitung; Rundschau; Anzeiger; Kurier
`);

/** Acronyms that name no organisation (units, formats, Roman numerals, abbreviations). */
export const NOT_ORGANISATION_ACRONYMS: readonly string[] = words(`
ISBN; ISSN; TV; CD; DVD; PC; PDF; SMS; MP3; GPS; USB; LCD; LED; HIV; AIDS; DNA; DNS; RNA; ATP; EU-weit; IT;
KB; MB; GB; TB; KW; PS; CO; NO; UKW; UV; II; III; IV; VI; VII; VIII; IX; XI; XII; XIV; XV; XVI; EUR; USD;
CHF; GBP; KM; MW; GW; MEZ; MESZ; UTC; GMT; OK; VS; BA; MA; MBA; PhD; DAX; MDAX; TecDAX; SDAX; BIP; GPL; GNU; API; HTML; HTTP; URL; WWW;
SUV; NGO; NGOs; ABS; ICE; IC; EC; AKW; KKW; NS; SS; SA; HJ; KZ; DDR; BRD; USA; UdSSR; GUS; NRW; NÖ; OÖ; UK; US;
WM; EM; OB; MdB; MdL; CEO; CFO; IPO; PR; KI; AI; VIP; ID; EDV; ABM; CPI; EBIT; GO; OT; RA; KV; RBI; RDS;
SDK; MSG; PSPP; BOP; KEL; NJW; SGB; BGB; StGB; GG; BGH; OLG; LG; AG; GmbH; KG; SE; PKW; LKW; Pkw; Lkw; M&A; Q&A;
RAM; ROM; OS; CPU; GPU; SSD; HDD; COVID; LLC; LLP; CFS; CET; CEST; EST; EDT; PST; PDT; BST; ISIN; WKN; WC; WLAN; LAN;
PVC; MRSA; BSE; SARS; UMTS; GSM; GPRS; EDGE; LTE; HD; DM; EURO; WTI; XL; XXL; HMS; ISS; LHC; ÖPNV; SPNV; MPU; TCP;
UDP; ADHS
`);

/** Endings of street and square names ("Schwanitzstraße", "Gendarmenmarkt" is a known name). */
export const STREET_ENDINGS: readonly string[] = ['straße', 'strasse', 'allee', 'gasse', 'chaussee'];

/** Compounds with a street ending that name no street ("Bundesstraße", "Hauptstraße" alone, "Einkaufsstraße"). */
export const NOT_STREETS: readonly string[] = words(`
Straße; Strasse; Bundesstraße; Landstraße; Landesstraße; Kreisstraße; Hauptstraße; Seitenstraße; Nebenstraße;
Einkaufsstraße; Umgehungsstraße; Durchgangsstraße; Ausfallstraße; Zufahrtsstraße; Wohnstraße; Fußgängerstraße;
Schnellstraße; Wasserstraße; Handelsstraße; Seidenstraße; Passstraße; Küstenstraße; Ringstraße; Hauptstraßen;
Straßen; Bundesstraßen; Landstraßen; Allee; Gasse; Sackgasse; Einbahnstraße; Baumallee; Lindenallee;
Kastanienallee; Rennstraße; Startgasse; Rettungsgasse; Chaussee
`);

/**
 * Nouns that stand without an article after "in", "aus", "nach" and are no place ("in Kraft", "aus Angst",
 * "nach Ansicht"), lower-case; languages and colours too ("in Deutsch", "in Schwarz").
 */
export const NOT_PLACES_AFTER_PREPOSITIONS: readonly string[] = words(`
betrieb; form; höhe; anspruch; gang; kauf; protest; sorge; ansicht; bezug; kontakt; haft; betracht; gebrauch;
mode; serie; sachen; aussicht; aktion; absprache; abhängigkeit; anwesenheit; begleitung; zusammenarbeit;
kooperation; summe; rente; gewahrsam; quarantäne; pension; urlaub; frieden; freiheit; sicherheit; eile; panik;
aufruhr; brand; schutt; wirklichkeit; kürze; anbetracht; hinblick; erwartung; erinnerung; vertretung; anlehnung;
verbindung; zusammenhang; ergänzung; konkurrenz; stellung; hinsicht; auftrag; konkurs; insolvenz; ohnmacht; wut;
schwung; bewegung; besitz; summe; spitze; führung; abschluss; ablauf; auffassung; meinung; einschätzung;
darstellung; aussage; auskunft; mitteilung; vorbild; art; wunsch; belieben; plan; maß; vorschrift; feierabend;
mitternacht; überzeugung; spaß; neugier; rache; frust; mangel; furcht; respekt; solidarität; holz; stahl; glas;
stein; papier; kunststoff; eisen; gold; silber; leder; beton; sand; euro; dollar; prozent; deutsch; englisch;
französisch; spanisch; italienisch; russisch; türkisch; arabisch; chinesisch; japanisch; latein; schwarz; weiß;
rot; blau; grün; gelb; grau; bronze; kraft; zeit; fahrt; haus; hause; gott; gottes; bälde; kraft; rekordzeit;
echtzeit; teilzeit; vollzeit; natura; sicht; gefahr; not; ruhe; ordnung; betrieb; angst;
liebe; verzweiflung; versehen; trotz; nähe; mitte; ende; anfang; beginn; zukunft; vergangenheit; hand; händen;
gegenwart; zuge; rahmen; lauf; laufe; verlauf; fall; falle; fällen; punkto; sachen; puncto; richtung; folge;
frage; streit; wahrheit; übersee; augenhöhe; eigenregie; szene; mitleidenschaft; kauf; umlauf; bau; arbeit;
angriff; dienst; besitz; gebrauch; planung; vorbereitung; erwägung; kraft; pflicht; acht; aufsicht; kraft; nord; süd; ost; west; nordost; nordwest; südost; südwest; hass; eifersucht; neid; gier; langeweile; scham; mitleid; dank; marmor; granit; kupfer; zink; blei; ton; lehm; kalk; metall; plastik; wolle; baumwolle; seide; sandstein; kalkstein; backstein; ziegel;
empfang; verdacht; einklang; armut; mittag; gestein; eis; gas; mehl; milch; pelz; gummi; wachs; asche; staub;
print; kohlendioxid; sauerstoff; wasserstoff; stickstoff; kohlenstoff; methan
`);

/** Words that join a year to another ("1997 und 1998", "2019 bis 2021"): see `yearJoiners`. */
export const YEAR_JOINERS: readonly string[] = words(`und; bis; oder`);

/**
 * Organisation names that go on with a genitive ("Hochschule für Technik des Saarlandes", "Bundesministerium der
 * Finanzen", "Bundesministerium des Innern und für Heimat"): see `genitiveNames`.
 */
export const GENITIVE_NAMES = {
  articles: words(`der; des`),
  fieldHeads: words(`ministerium`),
  fieldJoiner: 'und',
};

/**
 * Organisation names that go on with the names a preposition governs ("Bundesamt für Gesundheit", "Universität zu
 * Köln", "Bundesministerium für Bildung und Forschung"): see `governedNames`.
 */
export const GOVERNED_NAMES = {
  prepositions: words(`für; zu`),
  joiners: words(`und`),
};

/**
 * Endings for the genitive rule ("Zabels Entscheidung"): no genitive -s, an inflected word before the genitive, an
 * adjective after it (the adjective endings are the language's, see `ADJECTIVE_ENDINGS`): see `genitiveNameEndings`.
 */
export const GENITIVE_NAME_ENDINGS = {
  // (and a French name's own -s after "è" or "ï": "Agnès", "Anaïs")
  notGenitive: words(`es; us; ès; ïs`),
  inflected: words(`en; er; es; em; nde`),
};

/** Articles of a genitive a noun governs ("in Anwesenheit des Ministers"): see `governedGenitives`. */
export const GOVERNED_GENITIVES: readonly string[] = words(`des; der; eines; einer`);
