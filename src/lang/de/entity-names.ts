/**
 * German name tables for entity recognition, beside the shared gazetteer (src/lang/gazetteer.ts, which the
 * clusterer reads too and which these tables do not change): names as German texts write them. Hand-made from
 * general knowledge (no evaluation data): world countries, German states and regions, all German cities of about
 * 20 000 inhabitants and more, Austrian and Swiss cities, European capitals and large world cities, rivers, seas,
 * mountains and landscapes; parties, ministries and federal bodies, DAX and other large companies, media,
 * international organisations, sports clubs; family names of well-known people that stand alone for them (given
 * names are in `given-names.ts`). Genitive `-s` is handled by the stage, not listed.
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

/** Places that are also common words ("Essen", "Halle", "Siegen", "Worms"): a place only after a place preposition. */
export const AMBIGUOUS_PLACES: readonly string[] = words(`
Essen; Halle; Siegen; Worms; Weiden; Bergen; Hof; Burg; Regen; Werder; Lage; Heide; Zug;
Roth; Wetter; Brühl; Kamen; Lingen; Selm; Leer; Jura; Lippe; Main; Inn; Sieg; Ems; Nahe; Alb; Stade; Mond;
Werther; Waren; Verden; Achim; Lauf; Neustadt; Georgia; Phoenix; Rio; Mars; Venus; Jupiter; Salvador; Forst; Aue; Singen; Wangen; Datteln; Baden; Franken; Seine; Löhne
`);

/** Places (German names) known without context. */
export const KNOWN_PLACES: readonly string[] = [
  ...new Set([...COUNTRIES, ...REGIONS, ...GERMAN_CITIES, ...WORLD_CITIES, ...NATURE]),
].filter((p) => !AMBIGUOUS_PLACES.includes(p));

/** Organisations known by name: parties, federal bodies, companies, media, international bodies, clubs. */
export const KNOWN_ORGANISATIONS: readonly string[] = words(`
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
`);

/** Family names of well-known people that stand alone for them (only names that are no common German word). */
export const KNOWN_PERSONS: readonly string[] = words(`
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
`);

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
virologin; epidemiologe; epidemiologin
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
  notGenitive: words(`es; us`),
  inflected: words(`en; er; es; em; nde`),
};

/** Articles of a genitive a noun governs ("in Anwesenheit des Ministers"): see `governedGenitives`. */
export const GOVERNED_GENITIVES: readonly string[] = words(`des; der; eines; einer`);
