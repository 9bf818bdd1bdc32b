import { nameBlock, type GivenNameTable } from '../given-names.js';

/**
 * Given names, German and international, as written, each once with its gender (see `src/lang/given-names.ts`).
 * Every name is a first name for the entity stage: two or more name words that start with one are a person
 * ("Angela Merkel", "Dean Whitehead"), and so is one alone. The female and male names tell whether "sie"/"er"
 * ("she"/"he") can stand for a named person: "Merkel traf Macron. „…“, sagte sie" is Merkel's when the article wrote
 * "Angela Merkel"; an open name (unisex, or a gender the table does not know) leaves the person's gender open, never
 * excluded. Names that are also common words are left out ("Rose", "Anders"; "Hans" stays); a few family names that
 * lead a name like a given name are open first names too ("Moon", "Xi"). The tests check that no name is listed twice.
 */
export const GIVEN_NAMES: GivenNameTable = {
  female: nameBlock(`
  Adelheid Agnes Agnieszka Alexandra Alice Alina Alison Alma Amanda Amelie Amy Ana-Maria Ana Anastasia Angela Angelika
  Angelina Anita Anja Anke Ann Anna Annalena Anne Annegret Annemarie Annette Anni Annika Antje Antonia Ariane Astrid
  Ayşe Barbara Bärbel Beate Beatrice Beatrix Benazir Bernadette Bettina Betty Bianca Birgit Birte Brigitte Britney
  Britta Camilla Caren Carina Carla Carmen Carola Carolin Caroline Catherine Cecilia Celine Chantal Charlotte Chiara
  Christa Christel Christiane Christina Christine Cindy Claire Clara Claudia Condoleezza Conny Constanze Cora Cornelia
  Cristina Dagmar Daniela Debora Deborah Denise Diana Dietlinde Dilma Dina Donna Doris Dorothea Dorothee Edeltraud
  Edith Eileen Elena Eleonore Elfriede Elisabeth Elise Eliza Elizabeth Elke Ella Ellen Elsa Else Emilia Emily Emine
  Emma Erika Esther Eugenia Eva Evelyn Fabienne Fatima Fatma Federica Felicitas Florence Franziska Frauke Frederike
  Frieda Friederike Gabi Gabriele Gaby Gerda Gerlinde Gertrud Gesine Gina Gisela Greta Gretchen Gudrun Gundula Hanna
  Hannah Hannelore Hedwig Heidi Heidrun Heike Helen Helena Helene Helga Henriette Henrike Hilde Hildegard Hillary Ida
  Ilona Ilse Imke Ina Ines Inés Inge Ingeborg Ingrid Irene Irina Iris Irmgard Isabel Isabella Isabelle Jacqueline Jana
  Jane Janet Janina Janine Jasmin Jelena Jennifer Jenny Jessica Joanna Johanna Jóhanna Jolanda Josephine Joyce Judith
  Julia Juliane Julie Julija Jutta Kamala Karen Karin Karla Karoline Katarina Katarzyna Kate Katharina Katherine
  Kathleen Kathrin Katja Katrin Katy Kerstin Kirsten Klara Konstanze Kristin Kristina Lara Laura Lea Lena Leni Leonie
  Liane Lilli Lina Linda Lisa-Marie Lisa Liselotte Liz Ljudmila Lotte Louise Lucia Lucie Lucy Luisa Luise Lydia
  Madeleine Magdalena Maike Manuela Marcella Mareike Margarete Margit Margot Margret Maria Mariah Mariam Mariana
  Marianne Marie Marina Marion Marita Marlene Marlies Marta Martha Martina Martine Mary Mathilde Maximiliane Maya
  Mechthild Meike Melanie Melissa Meryl Mia Michaela Michèle Michelle Milena Miriam Mirjam Mona Monika Nadine Nadja
  Nancy Natalia Natalie Natalja Natascha Nathalie Nicole Nina Nora Odile Olga Pamela Pascale Patricia Patrizia Paula
  Paulina Pauline Penelope Petra Philippa Pia Pilar Priska Rachel Rafaela Ramona Rebecca Regina Reinhild Renate Renée
  Ricarda Rita Romy Ronja Rosa Rosemarie Roswitha Ruth Sabina Sabine Sabrina Sahra Sandra Sara Sarah-Lena Sarah Saskia
  Ségolène Selina Serena Sibylle Sieglinde Sigrid Silke Silvia Simone Sofia Sonia Sonja Sophia Sophie Stefanie Steffi
  Stephanie Susan Susanna Susanne Suzanne Svenja Svetlana Swetlana Sylvia Tamara Tanja Tatjana Teresa Thea Theresa
  Therese Tina Traudl Trude Ulla Ulrika Ulrike Ursel Ursula Uta Ute Valentina Valerie Vanessa Vera Verena Veronika
  Victoria Viktoria Walburga Waltraud Whitney Wiebke Wilma Yasmin Yoko Yvonne Zeynep Zipi Zoe Zofia
`),
  male: nameBlock(`
  Aaron Abdullah Achim Adalbert Adam Adolf Adrian Ahmad Ahmed Ahmet Aidan Åke Akihito Akira Alain Alan Albert Alberto
  Albrecht Alejandro Aleksandar Aleksander Aleksandr Alessandro Alexander Alexandre Alexei Alexej Alfons Alfred
  Alfredo Ali-Reza Ali Alois Álvaro Anatoli André Andreas Andrej Andrés Andrew Andrij Andrzej Andy Angelo Antoine
  Anton Antonio Antonis Antony Arjen Arkadi Armin Arnd Arne Arnold Arnulf Arthur Artur Asif Attila Axel Ayman Barack
  Bashar Bastian Ben Benedikt Benito Benjamin Benno Bernard Bernd Berndt Bernhard Bert Berthold Bijan Bill Björn Bjørn
  Bob Bodo Bogdan Boris Brad Brian Bruce Bruno Burkhard Burkhardt Carl Carlo Carlos Carsten Caspar Cem Charles Charlie
  Christian Christoph Christophe Christopher Claudio Claus Clemens Colin Cornelius Corrado Costas Craig Cristiano Curt
  Daniel Danilo Danny Dario Darius Dariusz Dave David Dean Denis Dennis Derek Detlef Didier Diego Dieter Dietmar
  Dietrich Dimitris Dirk-Jan Dirk Dizzy Dmitri Dmitrij Dominik Donald Doug Douglas Dragan Duke Eddie Edgar Edin Edmund
  Eduard Edward Edwin Egon Ehud Elias Elvis Emil Emir Emmanuel Emre Enno Enrico Enrique Eric Erich Erik Ernesto Ernst
  Erwin Esteban Ethan Eugen Evo Ewald Fabian Fabio Fatih Federico Felipe Felix Ferdinand Ferenc Fernando Fidel Florian
  Francesco Francis Francisco Franck Franco François Frank-Walter Frank Franz Fred Freddie Frederik Fredrik Friedemann
  Friedhelm Friedrich Fritz Gabriel Galo Gary Gavin Gebhard Geert Gennadij Georg George Gerald Gérard Gerd Gerhard
  Gerhart Gernot Gerold Gerrit Gert Giacomo Gianni Gilbert Giorgio Giorgos Giovanni Gisbert Gísli Giuseppe Glenn
  Gonzalo Goran Göran Gordon Gottfried Grant Greg Gregor Gregory Guido Guillaume Gunnar Gunter Günter Günther Gustav
  Guy Gyula Hakan Hamid Hannes Hanno Hans-Dietrich Hans-Georg Hans-Joachim Hans-Jürgen Hans-Peter Hans-Ulrich
  Hans-Werner Hans Hansjörg Harald Harry Hartmut Hartwig Haruhiko Haruki Hasan Hassan Hayao Heiko Heiner Heino
  Heinrich Heinz Helmar Helmut Helmuth Hendrik Henk Henning Henri Henrik Henry Herbert Heribert Hermann Hiroshi Holger
  Horst-Dieter Horst Hosni Hubert Hubertus Hugo Hüseyin Huub Ian Ibrahim Ignacio Igor Ilja Imad Ingo Ingvar Iñigo
  Istvan István Ivan Ivar Ivo Iwan Jack Jacob Jacques Jaime Jake Jakob James Jan-Hendrik Jan-Peter Jan Janez Jarosław
  Jason Jassir Javier Jean-Claude Jean-Luc Jean-Marie Jean-Paul Jean-Pierre Jeff Jeffrey Jens-Uwe Jens Jenson Jeremy
  Jerome Jérôme Jerry Jerzy Jesse Jewgeni Jewgenij Jiabao Jim Jimi Jintao Jiří Jitzchak Joachim Joaquín Jochem Jochen
  Joe Joey Jogi Johan Johann Johannes John Johnny Jon Jonas Jonathan Joost Jörg Jorge Joschka José Josef Joseph Josh
  Joshua Jovan Juan Juha Jules Julian Julien Julio Julius Junichiro Jupp Jürgen Juri Jussi Justin Kai Karel Karl-Heinz
  Karl-Josef Karl-Theodor Karl Karsten Kasper Kazuo Keith Keizo Kemal Ken Kenichi Kenji Kenneth Kevin Kimi
  Klaus-Dieter Klaus-Peter Klaus Knut Kobe Kofi Konrad Konstantin Kostas Krzysztof Kuno Kurt-Georg Kurt Larry Lars
  Lasse László Laurent LeBron Lech Leo Leon Leonardo Leonhard Leonid Lewis Lionel Ljubomir Lorenz Lorenzo Lothar Louis
  Luca Lucas Ludger Ludwig Luigi Luis Luka Lukas Lutz Maarten Mads Magnus Mahmud Maik Malte Manfred Manfredo Manmohan
  Manuel Marc-André Marc Marcel Marcello Marco Marcus Marek Mario Marius Mariusz Marko Markus Martin Marvin Masahiko
  Massimo Mateo Mathias Matt Matteo Matthew Matthias Matti Maurice Max Maximilian Mehmet Mesut Micha Michael Michail
  Michel Mick Miguel Mikael Mike Mikhail Milan Miles Miloš Mircea Mirko Miroslav Mitt Mladen Mohamad Mohamed Mohammed
  Moritz Muhammad Murat Mustafa Naoto Narendra Nawaz Neil Nelson Nenad Néstor Newt Nick Nico Nicolae Nicolai Nicolas
  Niels Nikita Niklas Nikola Nikolai Nikolaus Nikos Nils Norbert Norman Novak Nuri Olaf Ole Oleg Oliver Olivier Olof
  Omar Ömer Orhan Osama Oskar Osman Otmar Ottmar Otto Pablo Paolo Pascal Patrick Paul Pavel Pedro Peer Pekka Per Percy
  Pervez Peter Petr Phil Philip Philipp Philippe Pierre Pieter Piotr Pjotr Predrag Radoslaw Radovan Raed Rafael Ragnar
  Rahul Raimund Rainer Ralf-Peter Ralf Ralph Ramón Randy Raphael Rasmus Ratko Raúl Recep Reinald Reiner Reinhard
  Reinhold René Rex Ricardo Richard Rick Rico Ringo Robert Roberto Rocco Rodolfo Rodrigo Roger Roland Rolando Rolf
  Ronald Ross Roy Rudi Rüdiger Rudolf Rupert Ruprecht Ruslan Ruud Ryan Sajed Salvatore Sam Sami Samuel Sándor Sandro
  Santiago Schimon Scott Sean Sebastian Sébastien Serge Sergei Sergej Sergio Sergiu Serkan Severin Shawn Shinzo
  Siegfried Siegmund Sigmar Sigurd Silvio Simon Sjoerd Slobodan Søren Stanislaw Stefan Stefano Steffen Stephan Stephen
  Steve Steven Stig Sven Tadeusz Takashi Takeshi Tayyip Ted Teemu Thabo Theo Theodor Thierry Thilo Thomas Thorsten
  Tibor Til Till Tilman Tilo Tim Timo Timothy Tobias Todd Tom Tomas Tomáš Tomasz Tony Torsten Traian Udo Ulf Ulrich
  Urs Uwe Václav Valentin Vasco Veit Victor Viktor Vincent Vinzenz Vittorio Vlad Vladimir Vladimír Vojislav Volker
  Volkmar Waldemar Walter Walther Wassili Wayne Wendelin Werner Wesley Wieland Wiktor Wilfried Wilhelm Willem Willi
  William Willy Wim Winfried Wladimir Wojciech Wolf-Dieter Wolfgang Wolfram Wolodymyr Xavier Yannis Yassir Yilmaz
  Yoshihiko Yukio Yuri Yusuf Yves Zbigniew Zinédine Zlatko Zoltán Zoran
  Giannis Jannis Yiannis Ioannis Georgios Konstantinos Panagiotis Christos Vasilis Thanasis Kyriakos Stefanos
  Stavros Spyros Manolis Michalis Sotiris Lefteris
`),
  open: nameBlock(`
  Abu Alex Alexis Andrea Ariel Chris Claude Dana Dominique Eike Guadalupe Hedi Hu Jean Joan Jody Kay Kelly Lady
  Laurence Lindsay Lindsey Merle Mika Moon Nicola Robin Rosario Sascha Shelly Toni Uli Ulli Wen Xi Yuki
`),
};
