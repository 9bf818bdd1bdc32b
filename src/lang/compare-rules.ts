/**
 * The shape of the per-language tables the compare stage reads (`src/lang/<code>/compare.ts`). All words are
 * lower-case unless said otherwise; the stage matches them case-insensitively on whole words.
 */

export type DateUnit = 'day' | 'week' | 'month' | 'year';

/**
 * A relative date phrase. `pattern` is a sequence of lower-case words; placeholders: `{n}` a number (digits or a
 * number word), `{month}` a month name, `{year}` a four-digit year. `shift` is how many `unit`s from the
 * reference date (multiplied by `{n}` when present, which is then taken as a count back or forward by `sign`).
 */
export interface RelativeDatePhrase {
  readonly pattern: string;
  readonly unit: DateUnit;
  /** Offset in `unit`s; with `{n}` in the pattern, the offset is `sign * n`. */
  readonly shift: number;
  /** For `{month}` phrases: the year offset from the reference year (`im Mai vergangenen Jahres` → -1). */
  readonly yearShift?: number;
  /** Precision of the result; defaults to `unit` (a week gives `month` unless it lies within one month → see stage). */
  readonly precision?: 'day' | 'month' | 'year';
}

/** The word shapes of the rules for persons with unknown given names (`EntityRules.unknownNames`). */
export interface UnknownNameShapes {
  /** A letter the language's own words do not have ("é", "ć", "ñ"): a word with one is a foreign name's, no noun. */
  readonly foreignLetter: RegExp;
  /** The ending of a weak verb's past ("sagte", "wurde", "hatten"): before a name, no adjective before a noun. */
  readonly weakPast: RegExp;
  /** The ending of an adjective, lower case ("lateinischer", "weitere"): such a first word opens no name. */
  readonly adjectiveShape: RegExp;
  /** The ending of a verb form inflected as an adjective ("gemeldeten", "genannter"; not the finite "sagte"). */
  readonly participleAdjective: RegExp;
  /** The ending of a feminine agent or role noun ("Seniorin", "Studentin"; not "Putin", "Franklin"). */
  readonly feminineAgent: RegExp;
  /** The ending that makes an adjective of a place's name ("Duisburger", "Kölner": "er"). */
  readonly placeAdjectiveEnding: string;
}

/** Tables for names of persons, places and organisations. */
export interface EntityRules {
  /** Title and role words before a person's name ("präsident", "machthaber"), with inflected forms. */
  readonly titles: readonly string[];
  /** Endings of compound role words ("verfassungsschutzpräsident" ends with "präsident"). */
  readonly titleEndings: readonly string[];
  /** Articles, possessives and other small words that may stand between a verb and a name. */
  readonly determiners: readonly string[];
  /** Lower-case prepositions fused with the article ("im", "beim"): a noun follows, as after an article. */
  readonly articleContractions?: readonly string[];
  /** Prepositions of place before a place name ("in", "nach", "aus"). */
  readonly placePrepositions: readonly string[];
  /** Nouns after which a capitalised word is a place ("insel", "grenzstadt", "hauptstadt"). */
  readonly placeNouns: readonly string[];
  /** Capitalised words that follow place prepositions but are not places ("westen", "angst", "kauf"). */
  readonly notPlaces: readonly string[];
  /** Words after which a capitalised word is an organisation ("nachrichtenagentur", "sender", "agency"). */
  readonly organisationNouns: readonly string[];
  /** Word endings that make a capitalised word an organisation ("ministerium", "botschaft"). */
  readonly organisationEndings: readonly string[];
  /**
   * Known first names (capitalised as written): two capitalised words starting with one are a person. Derived from
   * the language's given-name table (`src/lang/given-names.ts`), as are the gender cues' names.
   */
  readonly firstNames: readonly string[];
  /** Places known by name, as written (one or more words); the language's own beside the shared gazetteer. */
  readonly knownPlaces?: readonly string[];
  /**
   * Prepositions after which one capitalised word shaped like a name is a place on its own evidence ("in Aachen",
   * "aus England"); a subset of `placePrepositions`, lower-case.
   */
  readonly namePrepositions?: readonly string[];
  /**
   * Place prepositions that also take people, things and sources ("von Islamisten", "bis Ende"; English "paid to
   * Daniels"): a word after them is a place only when another place preposition or a place noun stands before it
   * somewhere in the story; a subset of `placePrepositions`, lower-case.
   */
  readonly supportPrepositions?: readonly string[];
  /**
   * Determiners of a genitive plural after its noun ("Profis beider Teams", "Fans aller Vereine"), lower-case: the
   * word in -s before them is a plural noun, no name. Only a language that lists them reads a capitalised word in -s
   * before a noun as a person's genitive ("Zabels Entscheidung": German); without them the rule is off (English
   * "Nicholas", "Novartis").
   */
  readonly genitiveDeterminers?: readonly string[];
  /**
   * Lower-case endings for the genitive rule (`genitiveDeterminers`): of a capitalised word in -s that is no genitive
   * (`notGenitive`: "Großes", "Primus"), of a lower-case word before it inflected like an adjective that opens a
   * common noun phrase (`inflected`: "ehemaligen", "verkehrende"), and of an adjective between the genitive and its
   * noun, after three letters at least (`adjective`: "Rooneys erstes Tor"). Without them no word is one.
   */
  readonly genitiveNameEndings?: {
    readonly notGenitive: readonly string[];
    readonly inflected: readonly string[];
    readonly adjective: readonly string[];
  };
  /**
   * Words that open a place's name before a known place ("Bad Homburg", "Sankt Augustin"), as written: no club's
   * name. A language that lists them reads a name word before a known city as a club ("Partizan Belgrad").
   */
  readonly placePrefixes?: readonly string[];
  /** Places that are also common words ("Essen", "Halle"): a place only right after a place preposition. */
  readonly ambiguousPlaces?: readonly string[];
  /** Organisations known by name, as written. */
  readonly knownOrganisations?: readonly string[];
  /** Family names of well-known people that stand alone for them ("Merkel"). */
  readonly knownPersons?: readonly string[];
  /** Words that start an organisation's name with the name words after them ("FC", "Universität"). */
  readonly organisationHeads?: readonly string[];
  /** Legal forms and words that end an organisation's name ("GmbH", "AG", "Verlag"). */
  readonly organisationForms?: readonly string[];
  /**
   * Business nouns and newspaper words that end an organisation's name after name words ("Acme Holdings", "Daily
   * Star"), as written, unless another name word (no known place) follows them ("Lego Star Wars").
   */
  readonly organisationEndNouns?: readonly string[];
  /** Acronyms (all capitals) that name no organisation ("ISBN", "DNA", "II"); other acronyms are organisations. */
  readonly notOrganisationAcronyms?: readonly string[];
  /** Lower-case endings of street names ("straße"): a capitalised compound with one is a place. */
  readonly streetEndings?: readonly string[];
  /** Compounds with a street ending that name no street ("Bundesstraße"), as written. */
  readonly notStreets?: readonly string[];
  /**
   * Lower-case endings of nouns after which the following name is an organisation ("Spielzeughersteller Mattel",
   * "Mobilfunkbetreiber E-Plus", "Bankhaus Credito Emiliano").
   */
  readonly organisationNounEndings?: readonly string[];
  /**
   * Lower-case nouns of a company's relatives that end a compound with a known organisation or an acronym before a
   * hyphen ("VW-Tochter", "Google-Mutter"): the name after the compound is an organisation's.
   */
  readonly subsidiaryNouns?: readonly string[];
  /**
   * Whether quoted words right after a noun of the quote tables' `workNouns` are a title whose names are parts of it,
   * lower-case words in it or not ("der Film „Ein Sommer in Kassel“"): GermEval tags the title, not the place.
   */
  readonly titlesAfterWorkNouns?: boolean;
  /**
   * Words that end a medium's name after its own head noun ("Tiroler Tageszeitung Online"), as written: after an
   * organisation noun they are no organisation's name of their own.
   */
  readonly mediumNameTails?: readonly string[];
  /**
   * Lower-case endings of a head noun that makes a place adjective and it an organisation ("Hamburger
   * Mieterverein", "Berliner Kurier", "Passauer Neue Presse").
   */
  readonly adjectiveOrganisationHeads?: readonly string[];
  /** Lower-case head nouns that make a place adjective and it a place ("Frankfurter Hauptbahnhof", "Tegeler See"). */
  readonly adjectivePlaceHeads?: readonly string[];
  /**
   * Lower-case words that open a sentence before its verb and name no one (adverbs, pronouns, numerals: "Dennoch
   * war …"); with `singularVerbs`, a capitalised sentence opener right before a singular verb is a person.
   */
  readonly sentenceOpeners?: readonly string[];
  /** Lower-case words for relatives before a name ("sohn", "tante", "halbbruder"): the name after one is a person. */
  readonly relativeNouns?: readonly string[];
  /** Lower-case finite verbs in the third person singular that their ending does not show ("war", "kann", "gab"). */
  readonly singularVerbs?: readonly string[];
  /**
   * The shapes (of the lower-case word) of a finite verb in the third person singular that its ending shows: a weak
   * past ("plädierte", not the superlative "beste"), a present ("erzählt", not "nennt").
   */
  readonly singularVerbShapes?: readonly RegExp[];
  /** The shape (of the lower-case word) of a past participle ("geplant", "ausgestattet", "deklariert"; not "gerhardt"). */
  readonly participleShape?: RegExp;
  /**
   * The shape (of the lower-case word) of a past participle that is no finite verb unless it is one of
   * `participleLikeVerbs` ("gesagt", "gefehlt"): after a capitalised sentence opener it shows a fronted adverb or
   * adjective ("Kurz gesagt, …", "Weit gefehlt"), no subject.
   */
  readonly bareParticipleShape?: RegExp;
  /**
   * Lower-case articles no person's or town's name stands after, besides the inflected ones (German "das", "ein",
   * "kein": "das Erdöl", "ein Synthesegas"): a word the subject or genitive rule took, or one discovered as a place,
   * that stands after one somewhere is a common noun.
   */
  readonly nounArticles?: readonly string[];
  /** Lower-case finite verbs in the third person singular shaped like `bareParticipleShape` ("gehört", "gefällt"). */
  readonly participleLikeVerbs?: readonly string[];
  /**
   * Lower-case endings that make a capitalised sentence opener no name by the subject rule (adjectives, adverbs,
   * abstract nouns, present participles used as adverbs, adjectives used as nouns), in groups: a group's endings
   * count after at least `after` lower-case letters ("-end" after three: "überraschend", not "bend").
   */
  readonly notNameEndings?: readonly EndingGroup[];
  /** Lower-case forms of the passive auxiliary after which a fronted word in -t is a participle ("Verletzt wurde …"). */
  readonly passiveAuxiliaries?: readonly string[];
  /** Lower-case forms of "be" after which a fronted past participle is no subject ("Geplant ist ein Ballsaal"). */
  readonly stativeAuxiliaries?: readonly string[];
  /**
   * Lower-case present forms of "be" after which a capitalised word that opens the sentence is the predicate and the
   * subject follows ("Grund ist der neue …", "Hintergrund ist ein Streit …"): no name by the subject rule.
   */
  readonly predicateCopulas?: readonly string[];
  /**
   * Lower-case endings of capitalised words that are nouns, no given name, right before a family name: role nouns
   * ("Aktivist", "Rapper"), feminine and abstract nouns ("Strategie", "Führung"). Without them no unknown word before a
   * family name is read as its given name.
   */
  readonly notGivenNameEndings?: readonly string[];
  /** Lower-case pronouns that stand as a subject after the verb ("Kreideweiss soll er …", "Gestern sagte man …"). */
  readonly subjectPronouns?: readonly string[];
  /**
   * Lower-case reflexive pronouns between a fronted word and the subject after its verb ("Erfreut zeigte sich Anna
   * Berger"): the fronted word is then no subject. None when absent.
   */
  readonly reflexivePronouns?: readonly string[];
  /** Lower-case indefinite articles: a known first name after one is a common noun ("einer Tom und …"). */
  readonly indefiniteArticles?: readonly string[];
  /** Lower-case words that join names of one kind ("Siemens und Bombardier", "Paris or Lyon"). */
  readonly nameJoiners?: readonly string[];
  /**
   * Lower-case endings of an inflected adjective ("neue", "neuen", "neuer", "neues", "neuem"): a word with one before
   * a capitalised word is an adjective of a noun phrase, no name ("der neue Präsident", "Technische Universität").
   * None when absent (no word is read as an inflected adjective).
   */
  readonly adjectiveEndings?: readonly string[];
  /** The particles of family names (`NameParticles`); without them no particle joins a name. */
  readonly nameParticles?: NameParticles;
  /**
   * Lower-case words that join a year to another ("1997 und 1998", "2019 bis 2021"): a year before one is a date,
   * not the number of a model or edition after an acronym ("die XYZ 2031"). None when absent.
   */
  readonly yearJoiners?: readonly string[];
  /**
   * Organisation names that go on with a genitive: the genitive articles (a known place after one: "Hochschule …
   * des Saarlandes"), lower-case endings of heads named by their field right after them ("Bundesministerium der
   * Finanzen") and the word joining a second field ("des Innern und für Heimat"). None when absent.
   */
  readonly genitiveNames?: {
    readonly articles: readonly string[];
    readonly fieldHeads: readonly string[];
    readonly fieldJoiner: string;
  };
  /**
   * Organisation names that go on with the names a preposition after their head governs: the lower-case prepositions
   * ("Bundesamt für Gesundheit", "Universität zu Köln") and the lower-case words joining a second name to the first
   * ("für Bildung und Forschung"). None when absent.
   */
  readonly governedNames?: {
    readonly prepositions: readonly string[];
    readonly joiners: readonly string[];
  };
  /**
   * Lower-case words that join a name to a known place ("zwischen Düren und Eregli", "Eregli oder Düren"): a plausible
   * name on the other side is a place too. None when absent (English: none).
   */
  readonly placeJoiners?: readonly string[];
  /**
   * Lower-case articles of a genitive that a noun governs ("in Anwesenheit des Ministers", "nach Angaben der
   * Polizei"): a capitalised word after a place preposition with one right after it is that noun, no place. None
   * when absent.
   */
  readonly governedGenitives?: readonly string[];
  /**
   * Whether a person's name may carry a middle name between the given and the family name ("Philip Seymour
   * Hoffman"): English writes them; in German a third capitalised word after a name is mostly a noun.
   */
  readonly middleNames?: boolean;
  /**
   * Whether the language writes its common nouns capitalised (German): a capitalised word right after a name that is
   * no noun of the tables is then a part of a longer name ("Red Bull Air Race", "SV 09 Ahlbach"), and the name before
   * it no entity alone. Off for English, whose capitalised words after a name are mostly its own parts anyway.
   */
  readonly nounsCapitalised?: boolean;
  /**
   * The word shapes of the rules that find persons whose given name the tables do not know (src/compare/
   * repeated-names.ts, context-names.ts: "Félicien Kabuga" … "Kabuga starb"; "Lena Okafor (37)"). None when absent:
   * those rules then find nothing.
   */
  readonly unknownNames?: UnknownNameShapes;
  /**
   * Places whose name is also the plural of their people ("Schweden", "Polen"), as written: after a determiner
   * ("die Schweden", "den Polen") the people, no place (a country of that name takes no article).
   */
  readonly peoplePlaces?: readonly string[];
  /**
   * Phrases ending in a preposition that points to no place ("je nach": "depending on"), lower-case words parted by a
   * space: a place found right after one is a common noun ("je nach Anbieter"), no place.
   */
  readonly noPlacePhrases?: readonly string[];
  /**
   * Capitalised nouns that end the name of a place or thing after a given name and are no family name ("Clayton
   * County", "James River", "Jackson Street"), as written.
   */
  readonly notFamilyNames?: readonly string[];
  /**
   * Capitalised words that begin the name of a place before a given name ("San Antonio", "Santa Monica", "Saint
   * Paul", "Fort Collins"), as written: the given name after one begins no person (German `placePrefixes`
   * is a wider rule for clubs and is not read here).
   */
  readonly placeOpeners?: readonly string[];
  /**
   * Whether words in capitals that open a line before a comma, colon, bracket or slash are a dateline, a label or a
   * photo credit ("AKRON, Ohio --", "VIDEO: …", "RHONA WISE/AFP"), no acronym. Off for German, whose lines so opened
   * name organisations too.
   */
  readonly lineOpeningCapitals?: boolean;
  /**
   * Whether a place noun (`placeNouns`) makes the word after it a place only when written in lower case ("the city
   * Aleppo"), for a language that writes its common nouns so: written with a capital it is part of a name ("City
   * Hall", "Panama City Beach", "Harbor Concerts").
   */
  readonly lowerCasePlaceNouns?: boolean;
  /**
   * Lower-case words that join an organisation's end noun to the name words after it ("Massachusetts Institute of
   * Technology", "Kelley School of Business"), as written; without them the name ends at the end noun.
   */
  readonly endNounLinks?: readonly string[];
  /**
   * Words that join two name words after an end noun's link ("School of Arts and Sciences"), as written; none when
   * absent (the name then ends before the joiner).
   */
  readonly endNounLinkJoiners?: readonly string[];
  /**
   * Lower-case nouns of three letters that end compounds ("Betriebsrat", "Aufzug", "Landratsamt") and no names:
   * a word ending in one after three or more letters is a common noun, no name.
   */
  readonly shortNounHeads?: readonly string[];
}

/**
 * Gender cues for resolving "er"/"sie" ("he"/"she") and a role ("die Sprecherin") to a named person. A person is
 * female or male by their given name; a name in both lists or in neither leaves them open (never excluded).
 */
export interface GenderRules {
  /** Given names of women, as written ("Angela"); with `maleNames` derived from the language's given-name table. */
  readonly femaleNames: readonly string[];
  /** Given names of men, as written ("Olaf"). */
  readonly maleNames: readonly string[];
  /** Lower-case pronouns of one woman ("sie", "she") and of one man ("er", "he"). */
  readonly femalePronouns: readonly string[];
  readonly malePronouns: readonly string[];
  /**
   * Endings of a plural finite verb next to a pronoun ("sagten sie"): the pronoun is then no woman ("sie" is also
   * "they"). Empty where the pronouns of one person are never plural.
   */
  readonly pluralVerbEndings: readonly string[];
  /** Lower-case articles of a subject that tell a man ("der") or a woman ("die"); empty where none do. */
  readonly maleArticles: readonly string[];
  readonly femaleArticles: readonly string[];
  /** The ending of a feminine role noun made from a masculine one ("Sprecherin"); undefined where there is none. */
  readonly femaleRoleEnding?: string;
}

/** Tables for quotes and who said them. */
export interface QuoteRules {
  /** Finite verbs of saying that attribute a quote ("sagte", "verkündete", "said"). */
  readonly quoteVerbs: readonly string[];
  /** Words that attribute by themselves before a name: "so" ("…, so Putin"), "according to". */
  readonly attributionMarkers: readonly string[];
  /**
   * One-word attribution markers that attribute only after a comma ("„…“, so Putin"; "so" opens clauses too), lower
   * case; outside a quote one counts as a word of saying, as a verb of saying does. None when absent.
   */
  readonly commaMarkers?: readonly string[];
  /** Personal pronouns that may stand for a speaker ("er", "sie", "he", "she"). */
  readonly pronouns: readonly string[];
  /**
   * Verb forms that mark reported speech continuing from the previous sentence (German Konjunktiv I:
   * "bedeute", "sei", "hoffe"). Empty for languages without such a mood.
   */
  readonly reportedSpeech: readonly string[];
  /**
   * Forms among `reportedSpeech` that also state what would be (German Konjunktiv II: "würde", "wäre"): a sentence
   * with only these continues reported speech after a frame, but does not start it ("Nordkorea würde wohl …").
   */
  readonly conditionalForms: readonly string[];
  /** Lower-case words that start no speaker phrase although capitalised at a sentence start ("dies", "man"). */
  readonly notSpeakers: readonly string[];
  /**
   * Roles a language writes in lower case before a name ("acting Labour leader Jane Doe", "spokeswoman Jane Doe"):
   * the role nouns, and the modifiers that may stand before them. Absent where roles are capitalised (German).
   */
  readonly lowerCaseRoles?: { readonly nouns: readonly string[]; readonly modifiers: readonly string[] };
  /**
   * Endings of a participle opening a sentence before a preposition ("Speaking to reporters, …", "Asked about …"):
   * no speaker. Absent where none is needed.
   */
  readonly participleEndings?: readonly string[];
  /** Lower-case honorifics written with a full stop before a name ("Mr. Durham"): the name goes on after it. */
  readonly honorifics?: readonly string[];
  /** Definite articles: "der Minister" may mean a person named before ("a minister" does not). */
  readonly definiteArticles: readonly string[];
  /** Articles of a genitive that belongs to a role ("Sprecher des Ministeriums", "spokesman of the ministry"). */
  readonly genitiveArticles: readonly string[];
  /** Words joining two names into one speaker ("Sonia und Willy Bogner"). */
  readonly joiners: readonly string[];
  /** Words after which a noun phrase is no speaker (prepositions: "mit der BBC", "in einem Interview"). */
  readonly prepositions: readonly string[];
  /** Lower-case words that right after a quote start a clause, not a speech verb ("dass", "weil", "und"). */
  readonly conjunctions: readonly string[];
  /**
   * Lower-case function words a title may hold between capitalised words ("Department of Vertebrate Zoology",
   * "Ode an die Freude"); titles are often foreign, so the lists hold a few words of neighbouring languages.
   */
  readonly titleFunctionWords: readonly string[];
  /**
   * Whether the language sets a sentence's full stop or comma inside the closing quotation mark, after a title too
   * ("he said on “The Last Word.”"): then a title in marks may end in one.
   */
  readonly stopInsideMarks?: boolean;
  /** Nouns that name a work or a name right before quotation marks ("den Film „…“", "das Motto „…“"). */
  readonly workNouns: readonly string[];
  /**
   * Reported speech (`quotes[].kind: "indirect"`). Verbs and participles that report what someone said, thought
   * or announced besides `quoteVerbs` ("mitteilte", "angekündigt", "hofft"); empty where indirect speech is not
   * recognised.
   */
  readonly reportingVerbs: readonly string[];
  /** Verbs that report only with a complementiser after the comma ("geht davon aus, dass"; not "geht es darum, … zu"). */
  readonly thatOnlyVerbs: readonly string[];
  /**
   * Verbs that report as `thatOnlyVerbs` do unless a reflexive pronoun (`reflexives`) stands in their clause, lower
   * case: "Die Studie zeigt, dass …" and "zeigte sich zuversichtlich, … zu …" report; "zeigte keinerlei Anzeichen,
   * sich … aufzulehnen" does not. None when absent.
   */
  readonly thatUnlessReflexiveVerbs?: readonly string[];
  /**
   * Verbs that report any clause only with one of their particles closing their clause, else as `thatOnlyVerbs` do,
   * lower case: "gab an, …", "gibt zu bedenken, …", "Es gibt Zweifel daran, ob …" report; "Es gibt mehrere
   * Schwierigkeiten, … anzugreifen" and "Einen Trick gibt es nicht, aber …" do not. None when absent.
   */
  readonly particleVerbs?: { readonly verbs: readonly string[]; readonly particles: readonly string[] };
  /**
   * Verbs of saying or holding a view that are another verb with one of these particles closing their clause ("findet
   * … statt": "stattfinden"), lower case: then they report nothing. None when absent.
   */
  readonly otherVerbParticles?: { readonly verbs: readonly string[]; readonly particles: readonly string[] };
  /** Words that open a reported clause after a comma ("dass", "ob"). */
  readonly complementisers: readonly string[];
  /** The infinitive marker of a reported intention ("zu": "kündigte an, … zu erhöhen"). */
  readonly infinitiveMarkers: readonly string[];
  /**
   * What makes a lower-case word after an infinitive marker an infinitive: an ending ("zu erhöhen") or one of `words`
   * ("zu sein", "zu tun"); "zu spät", "zu früher" are adverbs. Absent: any word after the marker.
   */
  readonly infinitiveForms?: { readonly endings: readonly string[]; readonly words: readonly string[] };
  /**
   * Separable verb prefixes: an infinitive writes its marker between prefix and stem ("vorzugehen", "stattzugeben"),
   * and a finite verb of saying leaves its prefix at the clause end ("kündigte … an, …"). Optional.
   */
  readonly separablePrefixes?: readonly string[];
  /**
   * A view held, as a frame of reported speech: a copula, an article and one of the nouns ("ist der Ansicht, dass
   * …", "sind der Meinung, …"). Optional.
   */
  readonly opinionFrames?: {
    readonly copulas: readonly string[];
    readonly articles: readonly string[];
    readonly nouns: readonly string[];
    /** Adjectives of a view held after a copula ("ist zuversichtlich, …", "ist hingegen überzeugt, dass …"). */
    readonly adjectives?: readonly string[];
  };
  /** Reflexive pronouns skipped after a verb of saying ("äußerte sich X"). */
  readonly reflexives: readonly string[];
  /** A word opening "Wie X mitteilte, …": the speaker follows it, the content follows the clause. */
  readonly asMarkers: readonly string[];
  /**
   * Lower-case words of degree that make an `asMarkers` word a question word when they follow it ("Wie viele Menschen
   * dort waren, müsse geprüft werden", "Wie lange …"): no "Wie X mitteilte" frame.
   */
  readonly degreeWords?: readonly string[];
  /**
   * Prepositions that give a person's view when they open a clause ("Für den Theologen Hans Küng sei der Rücktritt
   * „…“", "Was für die Ministerin eine „…“ ist"): the person is the speaker of the quote in that clause.
   */
  readonly opinionMarkers: readonly string[];
  /** Words that join two quoted phrases into one noun phrase ("„…“ oder „…“"), lower case; none when absent. */
  readonly coordinators?: readonly string[];
  /**
   * Words that alone before a colon lead on to a further quote of the speaker before ("Und weiter: „…“"), lower case;
   * none when absent.
   */
  readonly continuingLeads?: readonly string[];
  /**
   * Words that open an indirect question ("…, dass X gefragt habe, was sie „…“"): a quote there is said by the subject
   * of the clause of asking before it; lower case, none when absent.
   */
  readonly questionWords?: readonly string[];
  /**
   * Words that, capitalised at a sentence start, open no speaker phrase (adverbs, question words, auxiliaries:
   * "Gleichzeitig weist er …", "Weshalb es …, konnte er …", "Soll man …?"), lower case; none when absent.
   */
  readonly openingNonSpeakers?: readonly string[];
  /**
   * Determiners of any one of a kind ("jeder Lehrer", "kein Minister"): a phrase they open is no one in particular and
   * no speaker; lower case, none when absent.
   */
  readonly genericDeterminers?: readonly string[];
  /**
   * Endings of a sentence opener inflected as a quantifier or determiner of a noun ("beide", "viele", "einige" + a
   * noun): such an opener before more words opens a group ("Beide Seiten", "Viele Anwohner"), which may speak; lower
   * case, none when absent.
   */
  readonly groupOpenerEndings?: readonly string[];
  /**
   * Finite verbs, beside the entity tables' singular verbs, that open a verb-first clause when capitalised at a
   * sentence start (a condition or a question: "Sollten …, so …", "Hätten …?"): no adverb before the subject, and
   * no speaker; lower case, none when absent.
   */
  readonly verbFirstOpeners?: readonly string[];
  /**
   * Endings of nouns of an institution that speaks though shaped like an abstract noun ("Regierung", "Kommission"),
   * lower case; none when absent.
   */
  readonly institutionEndings?: readonly string[];
  /**
   * Nouns of a person that name no role ("der Mann", "die Frau"): written with a definite article, the one person named
   * in the sentence or the one before; lower case, none when absent.
   */
  readonly personNouns?: readonly string[];
  /**
   * Nouns of a person who speaks as a source without a role of the tables, with an indefinite article ("sagte ein
   * Wissenschaftler:"; feminine "-in" forms and compounds ending in them count too); lower case, none when absent.
   */
  readonly speakerNouns?: readonly string[];
  /** Pronominal adverbs that point back to a text named before ("Darin steht: „…“"), lower case; none when absent. */
  readonly documentAdverbs?: readonly string[];
  /**
   * Nouns of citing a source after a preposition ("berichteten unter Berufung auf X", "mit Verweis auf"), lower case:
   * the noun is no subject of the verb before it; none when absent.
   */
  readonly citingNouns?: readonly string[];
  /**
   * Words that open a comparison with an unreal verb ("als würde es eine Krone tragen", "als ob"): such a clause is
   * no reported speech, lower case. `openers` come first; then a subjunctive form or one of `joiners`.
   */
  readonly unrealComparisons?: { readonly openers: readonly string[]; readonly joiners: readonly string[] };
  /**
   * Nouns of something said, and the prepositions that name its speaker after them, lower case: in a clause that
   * introduces a quote with a colon, "eine Antwort von X", "die Worte von X" make X the speaker. None when absent.
   */
  readonly speechNouns?: { readonly nouns: readonly string[]; readonly by: readonly string[] };
  /**
   * Finite verbs that open the clause right after a quote, lower case: `modal` ones with the subject next („…“,
   * wollen die Anwohner wissen"), `passive` auxiliaries with the subject next when a verb of saying closes the clause
   * ("„…“, wird X zitiert"); `agent`, the prepositions of a passive's agent ("wird vom Wetterdienst als „…“
   * eingestuft", `agentWithArticle` those that hold an article), and the shape of a past participle. None when absent.
   */
  /**
   * Possessives opening a label or subject before a colon ("Sein Fazit: „…“"): the owner, the person last speaking,
   * says the quote; lower case, none when absent.
   */
  readonly possessiveLabels?: readonly string[];
  /**
   * Articles that may open a genitive of an adverbial's noun between a verb of saying and its subject ("sagte auf
   * Anfrage der Zeitung ein Sprecher"), lower case; before a masculine noun of a person they open the subject ("sagte
   * am Montag der Minister"). Absent: the language passes over no adverbial there.
   */
  readonly adverbialGenitives?: readonly string[];
  /**
   * Articles before a medium's one-word name in quotation marks addressed by a verb of saying shortly before ("sagte X
   * der „Welt“"), lower case: the marks hold a name, not a quote. None when absent.
   */
  readonly mediumArticles?: readonly string[];
  /** Nouns of a point in time, lower case ("Ende 2018", "Mitte der Woche"): never a speaker. None when absent. */
  readonly timeNouns?: readonly string[];
  /**
   * Plural endings of nouns, lower case ("n", "en"): a capitalised word after a role word whose stem without one of
   * them stands capitalised elsewhere in the article is the plural of that noun, not a name ("laut der Politikerin
   * Lücken" beside "diese Lücke"). Absent: no such check.
   */
  readonly pluralEndings?: readonly string[];
  /**
   * Verbs of quoting someone else, lower case ("zitiert": "Die Zeitung zitiert den Minister: „…“"): the object after
   * the verb is the speaker, not the subject; `objectPronouns` stand for a person there ("zitierte ihn"). Absent: none.
   */
  /**
   * Articles of the genitive that mark their noun ("des", "eines") and the endings it takes ("es", "s"), lower case:
   * a role speaker is shown without them ("eines Sprechers" → "Sprecher"). Absent: shown as written.
   */
  readonly genitiveForms?: { readonly articles: readonly string[]; readonly endings: readonly string[] };
  readonly citingVerbs?: { readonly verbs: readonly string[]; readonly objectPronouns: readonly string[] };
  readonly afterQuoteVerbs?: {
    readonly modal: readonly string[];
    readonly passive: readonly string[];
    readonly agent: readonly string[];
    readonly agentWithArticle: readonly string[];
    /**
     * Words before a quote that give it as what the passive's subject is called ("als": "Deutschland wurde als „…“
     * bezeichnet und das Kalifat als „…“"): with the participle written before, a later quote of the same clause joined
     * by a coordinator is a label too. None when absent.
     */
    readonly label?: readonly string[];
    readonly participle: {
      readonly prefixes: readonly string[];
      readonly endings: readonly string[];
      readonly foreign: readonly string[];
    };
  };
  /**
   * Demonstratives that open the sentence after a quote and point back at it ("„…“. Das musste Minister X einräumen",
   * "„…“ Das ist die zentrale Aussage einer Studie"): the subject after their verb said it.
   */
  readonly quoteDemonstratives: readonly string[];
  /**
   * Phrases opening a sentence that point back at the quote before it as what someone said, the speaker the subject
   * after the verb that follows, of any verb ("Mit diesen Worten eröffnete X die Sitzung"); lower case, words split by
   * spaces. None when absent. ("So" is none: it opens the next statement as often: "So heißt es in der Meldung: „…“".)
   */
  readonly quotePointers?: readonly string[];
  /**
   * Indefinite articles in the nominative ("ein", "eine"): right after a verb of saying after a quote, the noun they open
   * is its subject, any noun ("„…“, sagte eine Anwohnerin"); lower case, none when absent.
   */
  readonly subjectIndefinites?: readonly string[];
  /** Pronouns after which such a preposition still opens the clause ("was"). */
  readonly opinionLeads: readonly string[];
  /**
   * Words that open a subordinate or relative clause ("falls", "obwohl", "wieso", "die", "denen"), lower case: a
   * clause they open before "…, sagte X." is no reported content ("Falls …, droht dem HSV der Abstieg").
   */
  readonly clauseOpeners: readonly string[];
  /** Markers before a source that report the whole sentence ("laut", "gemäß"). */
  readonly sourceBefore: readonly string[];
  /** Markers after a source ("zufolge": "Berichten zufolge"). */
  readonly sourceAfter: readonly string[];
  /** Nouns of a source after a lead word ("nach Angaben", "nach Informationen"), lower case. */
  readonly sourceNouns: readonly string[];
  /**
   * Adverbs that report a sentence from the source of the sentence before ("Die Kommission gab das Ergebnis bekannt.
   * Demnach hat …"): its subject is the source, lower case.
   */
  readonly sourceAdverbs: readonly string[];
  /** Lead words before a source noun ("nach"). */
  readonly sourceNounLeads: readonly string[];
  /** Prepositions between a source noun and its source ("Angaben von n24"). */
  readonly sourceOf: readonly string[];
  /**
   * How a source right after a source noun, with no article or `sourceOf` word, shows its genitive: a name's
   * ending ("nach Angaben Moskaus") or an adjective's before its noun ("nach Angaben westlicher Behörden"), lower
   * case. Any other phrase there belongs to the clause ("nach eigenen Angaben Einladungen verschickt"). Absent: any
   * phrase there is the source.
   */
  readonly bareGenitive?: {
    readonly nameEndings: readonly string[];
    readonly adjectiveEndings: readonly string[];
  };
  /**
   * Impersonal verbs of a text that says something ("heißt", "hieß"): "heißt es in dem Bericht", "In der
   * Erklärung hatte es geheißen", "Aus Paris hieß es" — the phrase after one of `documentPrepositions` in the same
   * clause is the speaker (the document, statement or place that says it), lower case.
   */
  readonly documentVerbs: readonly string[];
  /**
   * Verbs that say where words are written ("steht", "stand"): "Im Vertrag steht, dass …", "steht in dem Entwurf der
   * Passus: „…“" — a source only with the phrase right next to the verb and a colon or a complementiser after it.
   */
  readonly writtenVerbs: readonly string[];
  /** Prepositions that open the source of a `documentVerbs` frame ("in", "auf", "aus"). */
  readonly documentPrepositions: readonly string[];
  /** The impersonal subject that goes with `documentVerbs` ("es"). */
  readonly impersonalSubjects: readonly string[];
  /**
   * Articles of a noun phrase that is not the subject (accusative, dative, genitive: "den", "dem", "einen"): such a
   * phrase next to a verb is no speaker ("griff sie den Präsidenten an"). Empty where case is not marked.
   */
  readonly objectArticles: readonly string[];
  /** Pronouns that are only ever a subject ("er"; "sie" may be an object too). */
  readonly nominativePronouns: readonly string[];
  /**
   * Verbs of saying whose next name is whom the words were said to, never who said them ("The source told Radar:
   * „…“"), lower case: for a language whose subject does not follow such a verb (English). Absent: none.
   */
  readonly addresseeVerbs?: readonly string[];
  /**
   * Where the subject stands before its verb (English): verbs that label or describe with a quote ("called",
   * "described … as", "dubbed"), lower case, and the words after them that make them no labelling ("called for",
   * "called off"). A quote in a clause after such a verb or a verb of saying was said by the person named, or the
   * subject pronoun, right before that verb (src/compare/label-speaker.ts). Absent: no such rule.
   */
  readonly labelVerbs?: { readonly verbs: readonly string[]; readonly notBefore: readonly string[] };
  /**
   * Possessive determiners of one person that make a source phrase that person's ("nach seiner Einschätzung", "nach
   * ihren Angaben"), lower case; absent: none.
   */
  readonly possessiveOwners?: readonly string[];
  /**
   * Words for "own" before a source noun ("nach eigenen Angaben", lower case): the source is the sentence's subject
   * ("Nach eigenen Angaben hat er …" → er). None when absent.
   */
  readonly ownOwners?: readonly string[];
  /**
   * Forms of a verb that makes its object do the verb of saying or thinking after it ("lassen": "Die Informationen
   * lassen sie vermuten, dass …"), with the object pronouns that may stand between, lower case: that object, not the
   * subject, reports the clause. Absent: none.
   */
  readonly causativeVerbs?: { readonly verbs: readonly string[]; readonly objects: readonly string[] };
  /** Nouns of an age between a number and its adjective ("der 35 Jahre alte Kapitän"), lower case; absent: none. */
  readonly ageNouns?: readonly string[];
  /**
   * Endings of an age written with a number and a hyphen, lower case: an adjective ("die 38-jährige Künstlerin") or,
   * capitalised, a noun ("sagt der 48-Jährige"); either makes a definite phrase a person. Absent: none.
   */
  readonly ageEndings?: readonly string[];
  /**
   * Words that alone stand for what was said, fronted as the object ("Ähnliches hatte auch X gesagt: „…“",
   * "Folgendes erklärte X:"), lower case: no speaker, the subject follows the verb. Absent: none.
   */
  readonly saidObjects?: readonly string[];
  /** Who a pronoun or a role can stand for by gender ("sie" after "Merkel traf Macron"); absent: any person. */
  readonly genders?: GenderRules;
  /** Auxiliary verbs that may open the clause after a quote ("„…“, hatte X gesagt"), lower case. */
  readonly auxiliaries: readonly string[];
  /**
   * Finite verb forms besides the verbs of saying of the tables: lower-case endings after lower-case letters
   * ("begründete", "äußert", "mussten"; "announced", "went") and whole words ("wird", "war", "ist"). A word ending
   * so with a comma after it closes a clause opened by "Wie" ("Wie X ausführte, …"). No word is one when absent.
   */
  readonly finiteVerbs?: { readonly endings: readonly string[]; readonly words: readonly string[] };
  /** Focus adverbs before a subject that opens a sentence ("Auch der Minister sagte …"). */
  readonly focusAdverbs: readonly string[];
  /**
   * Whether a quote with no verb of saying takes the subject of its sentence as speaker, before or after the
   * finite verb (German word order: "Im Kongress warb Obama … „…“").
   */
  readonly sentenceSubjects: boolean;
}

/** Tables for figures: numbers, their units, scales and hedges, and what a duration is the length of. */
export interface FigureRules {
  /** Hedge words before a figure, mapped to their normal form ("rund", "etwa", "fast", "mindestens", "über"). */
  readonly hedges: Readonly<Record<string, string>>;
  /** Unit words mapped to a unit code ("dollar" → "USD", "prozent" → "%", "stunden" → "hour"). */
  readonly units: Readonly<Record<string, string>>;
  /** Scale words ("millionen" → 1e6). */
  readonly scales: Readonly<Record<string, number>>;
  /** Number words that count on their own ("zwei" → 2). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Words for "one" that are also articles ("ein", "eine"): a figure only with a scale word or a hedge. */
  readonly oneWords: readonly string[];
  /** Fixed phrases whose numbers are not figures ("unter vier augen"). */
  readonly idioms: readonly string[];
  /**
   * Lower-case words that make a figure a number added to an earlier one ("drei weitere Leichen", "750 Soldaten
   * zusätzlich"; "another 750 troops", "three more bodies"): in the counted noun phrase, just before the number or
   * right after it or its noun. Such a figure is compared only with other added numbers, never with a total.
   */
  readonly incrementWords?: readonly string[];
  /**
   * Hedges of more than one word, lower case: hedge words that hedge a number only with a link or a lead ("mehr als",
   * "more than", "at least"; never "mehr 5"), the links between a hedge and its number ("als"; "than", "to": "up
   * to"), and the word that opens a hedge word ("least" → "at"). None when absent.
   */
  readonly hedgePhrases?: {
    readonly linked: readonly string[];
    readonly links: readonly string[];
    readonly leads: Readonly<Record<string, string>>;
  };
  /**
   * Lower-case articles that open the subject of a figure's clause, whose noun is what a figure with a unit counts
   * ("Der Handel soll … 34 Millionen Dollar"); none when absent.
   */
  readonly subjectArticles?: readonly string[];
  /** Lower-case words of a genitive after a unit ("2 Prozent der Stimmen", "2 percent of the vote"); none when absent. */
  readonly genitiveLinks?: readonly string[];
  /**
   * Whether numbers are written with a decimal comma and thousands dots ("1,5", "50.000"); else with a decimal point
   * and thousands commas ("1.5", "50,000").
   */
  readonly decimalComma?: boolean;
  /**
   * Endings of the lower-case modifiers before a counted noun written with a capital ("nordkoreanischen
   * Lohnarbeiter"): up to three such words, then the noun. Absent: capitalised modifiers ("North Korean"), then a
   * lower-case noun.
   */
  readonly inflectedModifiers?: readonly string[];
  /**
   * What a duration without a counted noun is the length of: a label ("Dauer des Gesprächs") → lower-case words
   * in the sentence that name it ("gespräch", "sprachen", "tête-à-tête"). Durations with the same label are
   * compared across articles; a duration with none of these words is compared with nothing.
   */
  readonly durationTopics: Readonly<Record<string, readonly string[]>>;
  /** What tells a plan, target or forecast from an outcome (`figures[].modality`). */
  readonly modality: FigureModalityRules;
}

/**
 * Cues of a figure's modality, lower-case words. A figure is `planned` when a plan cue governs it, else `actual`.
 * A plan cue governs the rest of its sentence up to a clause-break word, and the figures before it in its own clause;
 * one right after a comparison word ("länger als erwartet") is no cue.
 */
export interface FigureModalityRules {
  /** Verbs and nouns of plans, targets, expectations and forecasts ("soll", "plant", "ziel", "prognose"). */
  readonly planCues: readonly string[];
  /** Attributes of one figure ("den geplanten 50 Minuten"): right before a figure they make only it planned. */
  readonly planAttributes: readonly string[];
  /** Words of the present state ("derzeit", "bisher"): the next figure of the clause is an outcome. */
  readonly currentCues: readonly string[];
  /** Comparison words after which a plan cue compares rather than plans ("als", "than"). */
  readonly comparisons: readonly string[];
  /** Words that end a clause besides punctuation ("und", "aber"): a plan cue after them governs nothing before. */
  readonly clauseBreaks: readonly string[];
  /** "von X auf Y" / "from X to Y" in a plan: X, the starting value, is an outcome. */
  readonly changeFrom: readonly string[];
  readonly changeTo: readonly string[];
}

/** Tables for dates: weekdays, months, relative date phrases, and the words that tell past from future. */
export interface DateRules {
  /** Lower-case weekday names → day of week (0 = Sunday). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Parts of the day glued to a weekday ("donnerstagabend"). */
  readonly dayParts: readonly string[];
  /** Words before a weekday that belong to the date expression ("am", "an diesem", "on"). */
  readonly weekdayLeads: readonly string[];
  /** Lower-case month names (and abbreviations) → month number. */
  readonly months: Readonly<Record<string, number>>;
  /** Words before a month or year that belong to the expression ("im", "seit", "bis", "ende"). */
  readonly dateLeads: readonly string[];
  readonly relativeDates: readonly RelativeDatePhrase[];
  /** Words that mark a sentence as looking back / ahead, for choosing the weekday. */
  readonly pastMarkers: readonly string[];
  readonly futureMarkers: readonly string[];
  /**
   * Words right before a year-less month (or its "Anfang", "Ende") that look ahead ("ab März": from March on), as
   * the future markers do for the whole sentence; absent: none.
   */
  readonly futureLeads?: readonly string[];
  /**
   * Lower-case stems in the two words before a weekday that say it is the last one ("vergangenen Freitag", "last
   * Friday") or the next ("kommenden", "next"), whatever the sentence's tense: matched anywhere inside those words.
   * None when absent.
   */
  readonly pastLeadStems?: readonly string[];
  readonly futureLeadStems?: readonly string[];
  /**
   * Lead words (of `dateLeads` / `weekdayLeads`) that are prepositions: they stay out of the expression's span
   * ("im September 1940" → "September 1940", "an diesem Freitag" → "diesem Freitag"); other leads ("Ende",
   * "vergangenen") belong to it.
   */
  readonly prepositions?: readonly string[];
  /**
   * Ordinal words of a day before a month, lower case → day ("neunten" → 9: "am neunten März"); a month in the
   * genitive after one ("des zwölften Novembers") counts too. Absent: days in digits only.
   */
  readonly ordinalDays?: Readonly<Record<string, number>>;
  /** The tables of the fuller temporal tagger (seasons, durations, sets, narrative phrases); absent: dates only. */
  readonly temporal?: TemporalRules;
  /** Times of day (clock times, parts of the day); absent: no times. */
  readonly times?: TimeRules;
  /** What makes a dated mention no event of the timeline (a page's time stamp, the end of a span); absent: none. */
  readonly timeline?: TimelineRules;
}

/** Tables of the timeline's event filter (src/compare/timeline-filter.ts): lower-case words, space-separated. */
export interface TimelineRules {
  /**
   * Words of a page's time stamp line ("publiziert", "erstellt", "stand", "lesedauer", "uhr"): a line (or a part
   * of it between separators "|", ";", "•") made only of dates, numbers and these, or that opens with one of the
   * first kind and then a date, is no event.
   */
  readonly stampWords: readonly string[];
  /** Stamp words that open a time stamp line before its date ("publiziert", "stand", "aktualisiert"). */
  readonly stampLeads: readonly string[];
  /**
   * Words right before a date that make it the end of a span ("bis", "bis zum"), when another date stands a few
   * words before them ("von 2018 bis 2021") or the date is the present (`nowWords`: "bis heute"): no event date.
   */
  readonly untilWords: readonly string[];
  readonly nowWords: readonly string[];
  /** A span's opener and the word before its second date ("zwischen 1991 und 2020"): the second is no event date. */
  readonly spanOpeners: readonly string[];
  readonly spanJoiners: readonly string[];
  /**
   * The present as a state, no event ("Heute ist X Präsident", "schon heute", "wie heute"): words right before a
   * present word that make it one (`stateLeads`: "schon", "auch", "noch", "wie"); present-tense verbs of a state
   * (`stateVerbs`: "ist", "hat", "gilt", "lebt") in its clause when the clause does not end on a participle or an
   * infinitive ("hat heute beschlossen" stays an event); words of habit or contrast in its sentence
   * (`stateWords`: "meist", "inzwischen", "damals", "später").
   */
  readonly stateLeads: readonly string[];
  readonly stateVerbs: readonly string[];
  readonly stateWords: readonly string[];
  /**
   * Articles and prepositions with an article ("der", "im", "zum") before a noun that a year names
   * ("für den Stadtlauf 2024", "die Agenda 2030"): the year is part of a name, no event date, when it is
   * not before the article's own year ("die Finanzkrise 2008" stays); a line that opens with a noun and the year
   * before a colon ("Pokalsieger 2024: …") is a label as well.
   */
  readonly nameDeterminers: readonly string[];
  /** Words before a number that count ("gezählten 1950 Einsätzen", "rund 2000 Menschen", "von 2000 Quadratmetern"): no year before a noun. */
  readonly countLeads: readonly string[];
  /**
   * Words right before a date that make it the bound of a state or the date of a target, no event date: the start
   * of a state ("seit 2016 an der Spitze", "ab dem 27. April erhältlich"), a deadline or target ("bis 2030
   * verdoppeln", "für das Jahr 2023 vorhergesagt"), a time before or after it ("vor 2050", "nach 2019").
   */
  readonly boundLeads: readonly string[];
  /**
   * Conjunctions that open a subordinate clause ("obwohl", "nachdem", "weil"): a passage cut from the middle of a
   * sentence does not begin with one ("obwohl er 2024 …" → "er 2024 …").
   */
  readonly subordinators: readonly string[];
  /**
   * Lower-case conjunctions that open a clause of its own after a comma ("…, aber", "…, weil"; "…, but"): the clause
   * that carries a date ends before the comma. Relative and "dass" clauses stay with their main clause.
   */
  readonly clauseConjunctions: readonly string[];
}

/** A part of the day as TIMEX codes it: morning, midday, afternoon, evening, night. */
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

/**
 * Tables of times of day (src/compare/time-of-day.ts), TIMEX3 values `2019-04-25T14:30`, `2019-04-25TEV`. A time is
 * on the day of a date in its own phrase ("Morgen des 22. Juni"), else of a date in its sentence, else the anchor.
 */
export interface TimeRules {
  /** The word after a clock time ("uhr"): "14.30 Uhr", "4:45 Uhr", "4 Uhr 45", "7 Uhr". */
  readonly clockWords: readonly string[];
  /** Marks after a 12-hour time and the hours they add ("p.m" → 12, "a.m" → 0); the period is left out of words. */
  readonly meridiem: Readonly<Record<string, number>>;
  /**
   * Time zones after a clock time, lower-case words space-separated → TIMEX offset ("mez" → "+01", "utc" → "Z",
   * "mitteleuropäischer zeit" → "+01"); they belong to the span.
   */
  readonly zones: Readonly<Record<string, string>>;
  /** Words before a bare "15:00" that make it a time ("at", "um"); without one, "H:MM" is no time (a score "2:1"). */
  readonly clockLeads: readonly string[];
  /** Words for a fixed hour → "HH:MM" ("mitternacht" → "24:00", "noon" → "12:00"). */
  readonly fixedTimes: Readonly<Record<string, string>>;
  /** Parts of the day, lower case → code ("abend" → "EV", "morgenstunden" → "MO", "evening" → "EV"). */
  readonly dayParts: Readonly<Record<string, DayPart>>;
  /** Adverbs that are a part of the day on their own ("abends" → "EV", "nachts" → "NI"). */
  readonly dayPartAdverbs: Readonly<Record<string, DayPart>>;
  /**
   * Words before a part of the day that make it a time ("am", "gegen", "in der", "this"): lower case, space-separated.
   * Those also in `dayPartModifiers` belong to the span; the others (prepositions) do not.
   */
  readonly dayPartLeads: readonly string[];
  /** Words before a part of the day that belong to its span ("gegen", "frühen", "späten", "early", "late"). */
  readonly dayPartModifiers: readonly string[];
  /** Words linking a part of the day to its date ("des", "vom", "of"): "Morgen des 22. Juni", "Nacht vom 16.". */
  readonly dayPartLinks: readonly string[];
}

/** A phrase resolved against the anchor (the narrative's last date, or the article's date in news). */
export interface AnchorPhrase {
  /** Lower-case words, space-separated ("selben tag", "tag darauf"). */
  readonly pattern: string;
  readonly unit: 'day' | 'month' | 'year';
  readonly shift: number;
}

/** Tables of the fuller temporal tagger (src/compare/temporal.ts). Values follow TIMEX2 / TIMEX3. */
export interface TemporalRules {
  /** Season words → TIMEX season code ("sommer" → "SU"); compounds ending in one ("spätsommer") count. */
  readonly seasons: Readonly<Record<string, 'SP' | 'SU' | 'FA' | 'WI'>>;
  /** Words for "year" before a year ("jahr", "jahre"): "im Jahr 1939" → "Jahr 1939". */
  readonly yearWords: readonly string[];
  /** Era marks after a year, as lower-case words: before Christ ("v chr") and after ("n chr"). */
  readonly beforeChrist: readonly string[];
  readonly afterChrist: readonly string[];
  /** Century words after an ordinal ("jahrhundert", "jahrhunderts", "jh"). */
  readonly centuryWords: readonly string[];
  /** Decade words ("zwanziger" → 2) and the words after a decade ("jahre", "jahren"). */
  readonly decades: Readonly<Record<string, number>>;
  readonly decadeNouns: readonly string[];
  /** Suffixes of a decade written in digits ("1930er", "30er-Jahre"), as written. */
  readonly decadeSuffixes: readonly string[];
  /** Articles before a decade that belong to its span ("in den 1930er Jahren" → "den 1930er Jahren"). */
  readonly decadeArticles: readonly string[];
  /** Duration units → TIMEX unit ("tage" → "D", "stunden" → "H", "minuten" → "MIN"). */
  readonly durationUnits: Readonly<Record<string, 'D' | 'W' | 'M' | 'Y' | 'H' | 'MIN' | 'DE'>>;
  /** Number words of durations and relative dates, case-insensitive ("ein" → 1, "zwei" → 2, "zwanzig" → 20). */
  readonly numbers: Readonly<Record<string, number>>;
  /** Vague counts ("mehrere", "wenige"): a duration of unknown length (`PXD`). */
  readonly vagueCounts: readonly string[];
  /** Words after a duration that make it a date relative to the anchor: later ("später") and earlier ("zuvor"). */
  readonly later: readonly string[];
  readonly earlier: readonly string[];
  /** Words before a duration that make it a date after the anchor, inside the span ("nach zwei Tagen"). */
  readonly after: readonly string[];
  /** Hedges before a duration that belong to its span ("mehr als drei Tage", "etwa eine Woche"). */
  readonly durationHedges: readonly string[];
  /** Prepositions kept in the span of an anchor phrase, as TIMEX2 does ("am selben Tag", "im folgenden Jahr"). */
  readonly anchorPrepositions: readonly string[];
  /** Phrases resolved against the anchor ("selben tag", "folgenden jahr", "ende des jahres"). */
  readonly anchorPhrases: readonly AnchorPhrase[];
  /** Words before a weekday that make a set ("jeden Montag" → `XXXX-WXX-1`). */
  readonly setLeads: readonly string[];
  /** Adverbs that are sets ("täglich" → `P1D`). */
  readonly setWords: Readonly<Record<string, string>>;
  /**
   * Words before a date that make it a limit, not the narrative's new date ("bis 1881"): it does not move the anchor.
   */
  readonly limitLeads: readonly string[];
  /** Words for "now": a reference to the present in narrative text (`PRESENT_REF`). */
  readonly presentWords: readonly string[];
  /**
   * Lower-case words that join a date to another in a range or pair ("10. bis 15. Mai", "16. und 17. Mai", "Mai oder
   * Juni 1940"): the first takes the second's month and year.
   */
  readonly rangeJoiners: readonly string[];
  /**
   * Lower-case month names that are also given names ("August"): written alone, with no day and no date lead before
   * them, they are no date.
   */
  readonly nameMonths: readonly string[];
  /** Lower-case prefixes of a compound of a season word ("Spätsommer", "Frühherbst", "Hochsommer"). */
  readonly seasonPrefixes: readonly string[];
}

/** The compare stage's tables of a language, by concern (`src/lang/<code>/compare.ts`). */
export interface CompareRules {
  readonly entities: EntityRules;
  readonly quotes: QuoteRules;
  readonly figures: FigureRules;
  readonly dates: DateRules;
}

/**
 * Name particles, lower case. `first`: particles that start a family name ("Franz von Papen", "Rafael van der
 * Vaart"); `second`: those that may follow a first ("von der Leyen", "van den Berg"); `articles`: the second ones that
 * are articles, which never follow a particle of `articleless` ("sagte zu den Anschuldigungen" is a preposition); a
 * particle of `articleless`, or an article after a particle, right after a whole name is a preposition ("Cantona zu
 * United", "Meier von der Polizei"); `continuing`: words that go on with a name after a lone given name, alone or
 * joined by a hyphen ("Peter von …", "Ali al-Nuaimi", "Mohammed bin …").
 */
export interface NameParticles {
  readonly first: readonly string[];
  readonly second: readonly string[];
  readonly articles: readonly string[];
  readonly articleless: readonly string[];
  readonly continuing: readonly string[];
}

/** Endings that count after at least `after` lower-case letters (see `EntityRules.notNameEndings`). */
export interface EndingGroup {
  readonly after: number;
  readonly endings: readonly string[];
}
