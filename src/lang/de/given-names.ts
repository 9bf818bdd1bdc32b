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
  Agnes Alexandra Alice Alina Alma Amelie Amy Ana Anastasia Angela Angelika Anja Anke Ann Anna Annalena
  Anne Annegret Annette Anni Annika Antje Antonia Ariane Astrid Ayşe Barbara Beate Beatrix Bettina Bianca Birgit
  Brigitte Britta Bärbel Carina Carla Carmen Carola Caroline Catherine Charlotte Chiara Christa Christiane Christina
  Christine Claudia Clara Cornelia Dagmar Daniela Diana Doris Dorothea Dorothee Edith Elena Eleonore Elfriede Elisabeth
  Elise Elizabeth Elke Ella Ellen Elsa Emilia Emily Emma Erika Esther Eva Evelyn Fatma Franziska Frauke Frederike
  Friederike Gabi Gabriele Gerda Gertrud Gisela Greta Gudrun Hanna Hannah Hannelore Heidi Heike Helene Helga Henriette
  Hildegard Hillary Ida Ilse Ina Inge Ingrid Irene Iris Isabel Isabella Isabelle Jacqueline Jana Jane Janina Jasmin
  Jennifer Jessica Joanna Johanna Josephine Judith Julia Juliane Jutta Karin Karoline Katarina Katharina Kathrin Katja
  Katrin Kerstin Kirsten Klara Kristina Lara Laura Lea Lena Leonie Lina Linda Lisa Liz Lotte Louise Luisa Luise
  Lydia Magdalena Maike Mareike Margarete Margit Margot Maria Marie Marina Marion Marlene Martha Martina Mary Mathilde
  Maya Melanie Melissa Mia Michaela Michelle Miriam Monika Nadine Nadja Nancy Natalia Natalie Natascha Nicole Nina
  Nora Olga Patricia Paula Petra Pia Rachel Regina Renate Ricarda Rita Romy Rosa Rosemarie Ruth Sabine Sabrina Sahra
  Sandra Sara Sarah Saskia Silke Silvia Simone Sofia Sonja Sophia Sophie Stefanie Stephanie Susan Susanne Svenja
  Svetlana Swetlana Sylvia Tanja Tatjana Teresa Theresa Tina Ulla Ulrike Ursula Uta Ute Valentina Vanessa Vera
  Verena Victoria Viktoria Waltraud Wiebke Yvonne Zoe
`),
  male: nameBlock(`
  Achim Adam Adrian Albert Alexander Alexei Alfred Ali Andreas Andrej Andrij Andrew Anton Antonio Armin Arnold Arthur
  Axel Benedikt Benjamin Bernd Bernhard Bijan Bill Björn Boris Bruno Burkhard Carl Carlos Carsten Christian Christoph
  Christopher Claus Daniel David Dennis Detlef Dieter Dietmar Dirk Dmitri Dominik Donald Edgar Eduard Emmanuel Emil
  Erich Erik Ernst Erwin Eugen Fabian Felix Ferdinand Florian Frank Franz Friedrich Fritz Georg George Gerald Gerd
  Gerhard Gregor Günter Günther Hans Harald Harry Heiko Heinrich Heinz Helmut Hendrik Henning Henrik Henry Herbert
  Hermann Holger Horst Hubert Hugo Igor Ingo Jakob James Jan Jens Jerome Joachim Jochen Joe Johann Johannes John
  Jonas Jonathan Josef Joseph Jörg Jürgen Julian Julius Justin Karl Karsten Kevin Klaus Konrad Konstantin Kurt Lars
  Leon Leonhard Lothar Louis Lucas Ludwig Lukas Lutz Manfred Manuel Marc Marcel Marco Marcus Mario Markus Martin
  Mathias Matthias Max Maximilian Michael Mike Moritz Nicolas Niklas Nikolai Nikolaus Norbert Olaf Oliver Oskar Otto
  Pascal Patrick Paul Peter Philipp Pierre Rainer Ralf Ralph Reinald Reinhard Reinhold Richard Robert Roland Rolf
  Rudolf Rüdiger Sebastian Sergej Sergei Sergio Siegfried Simon Stefan Steffen Stephan Steven Sven Thilo Thomas
  Thorsten Tim Timo Tobias Tom Torsten Ulrich Uwe Viktor Vincent Vladimir Volker Walter Werner Wilfried Wilhelm
  Willi Willy Wladimir Wolfgang Yuri Juri Michail Mikhail Alexej Jewgeni Iwan Ivan Oleg Pjotr Wiktor Leonid Anatoli
  Nikita Wassili Ruslan Arkadi
`),
  open: nameBlock(`
  Aaron Abdullah Abu Adalbert Adelheid Adolf Agnieszka Ahmad Ahmed Ahmet Aidan Åke Akihito Akira Alain Alan Alberto
  Albrecht Alejandro Aleksandar Aleksander Aleksandr Alessandro Alex Alexandre Alexis Alfons Alfredo Ali-Reza Alison
  Alois Álvaro Amanda Ana-Maria André Andrea Andrés Andrzej Andy Angelina Angelo Anita Annemarie Antoine Antonis
  Antony Ariel Arjen Arnd Arne Arnulf Artur Asif Attila Ayman Barack Bashar Bastian Beatrice Ben Benazir Benito Benno
  Bernadette Bernard Berndt Bert Berthold Betty Birte Bjørn Bob Bodo Bogdan Brad Brian Britney Bruce Burkhardt Camilla
  Caren Carlo Carolin Caspar Cecilia Celine Cem Chantal Charles Charlie Chris Christel Christophe Cindy Claire Claude
  Claudio Clemens Colin Condoleezza Conny Constanze Cora Cornelius Corrado Costas Craig Cristiano Cristina Curt Dana
  Danilo Danny Dario Darius Dariusz Dave Dean Debora Deborah Denis Denise Derek Didier Diego Dietlinde Dietrich Dilma
  Dimitris Dina Dirk-Jan Dizzy Dmitrij Dominique Donna Doug Douglas Dragan Duke Eddie Edeltraud Edin Edmund Edward
  Edwin Egon Ehud Eike Eileen Elias Eliza Else Elvis Emine Emir Emre Enno Enrico Enrique Eric Ernesto Esteban Ethan
  Eugenia Evo Ewald Fabienne Fabio Fatih Fatima Federica Federico Felicitas Felipe Ferenc Fernando Fidel Florence
  Francesco Francis Francisco Franck Franco François Frank-Walter Fred Freddie Frederik Fredrik Frieda Friedemann
  Friedhelm Gabriel Gaby Galo Gary Gavin Gebhard Geert Gennadij Gérard Gerhart Gerlinde Gernot Gerold Gerrit Gert
  Gesine Giacomo Gianni Gilbert Gina Giorgio Giorgos Giovanni Gisbert Gísli Giuseppe Glenn Gonzalo Goran Göran Gordon
  Gottfried Grant Greg Gregory Gretchen Guadalupe Guido Guillaume Gundula Gunnar Gunter Gustav Guy Gyula Hakan Hamid
  Hannes Hanno Hans-Dietrich Hans-Georg Hans-Joachim Hans-Jürgen Hans-Peter Hans-Ulrich Hans-Werner Hansjörg Hartmut
  Hartwig Haruhiko Haruki Hasan Hassan Hayao Hedi Hedwig Heidrun Heiner Heino Helen Helena Helmar Helmuth Henk Henri
  Henrike Heribert Hilde Hiroshi Horst-Dieter Hosni Hu Hubertus Hüseyin Huub Ian Ibrahim Ignacio Ilja Ilona Imad Imke
  Ines Inés Ingeborg Ingvar Iñigo Irina Irmgard Istvan István Ivar Ivo Jack Jacob Jacques Jaime Jake Jan-Hendrik
  Jan-Peter Janet Janez Janine Jarosław Jason Jassir Javier Jean Jean-Claude Jean-Luc Jean-Marie Jean-Paul Jean-Pierre
  Jeff Jeffrey Jelena Jenny Jens-Uwe Jenson Jeremy Jérôme Jerry Jerzy Jesse Jewgenij Jiabao Jim Jimi Jintao Jiří
  Jitzchak Joan Joaquín Jochem Jody Joey Jogi Johan Jóhanna Johnny Jolanda Jon Joost Jorge Joschka José Josh Joshua
  Jovan Joyce Juan Juha Jules Julie Julien Julija Julio Junichiro Jupp Jussi Kai Kamala Karel Karen Karl-Heinz
  Karl-Josef Karl-Theodor Karla Kasper Katarzyna Kate Katherine Kathleen Katy Kay Kazuo Keith Keizo Kelly Kemal Ken
  Kenichi Kenji Kenneth Kimi Klaus-Dieter Klaus-Peter Knut Kobe Kofi Konstanze Kostas Kristin Krzysztof Kuno
  Kurt-Georg Lady Larry Lasse László Laurence Laurent LeBron Lech Leni Leo Leonardo Lewis Liane Lilli Lindsay Lindsey
  Lionel Lisa-Marie Liselotte Ljubomir Ljudmila Lorenz Lorenzo Luca Lucia Lucie Lucy Ludger Luigi Luis Luka Maarten
  Madeleine Mads Magnus Mahmud Maik Malte Manfredo Manmohan Manuela Marc-André Marcella Marcello Marek Margret Mariah
  Mariam Mariana Marianne Marita Marius Mariusz Marko Marlies Marta Martine Marvin Masahiko Massimo Mateo Matt Matteo
  Matthew Matti Maurice Maximiliane Mechthild Mehmet Meike Merle Meryl Mesut Micha Michel Michèle Mick Miguel Mika
  Mikael Milan Milena Miles Miloš Mircea Mirjam Mirko Miroslav Mitt Mladen Mohamad Mohamed Mohammed Mona Moon Muhammad
  Murat Mustafa Naoto Narendra Natalja Nathalie Nawaz Neil Nelson Nenad Néstor Newt Nick Nico Nicola Nicolae Nicolai
  Niels Nikola Nikos Nils Norman Novak Nuri Odile Ole Olivier Olof Omar Ömer Orhan Osama Osman Otmar Ottmar Pablo
  Pamela Paolo Pascale Patrizia Paulina Pauline Pavel Pedro Peer Pekka Penelope Per Percy Pervez Petr Phil Philip
  Philippa Philippe Pieter Pilar Piotr Predrag Priska Radoslaw Radovan Raed Rafael Rafaela Ragnar Rahul Raimund
  Ralf-Peter Ramón Ramona Randy Raphael Rasmus Ratko Raúl Rebecca Recep Reiner Reinhild René Renée Rex Ricardo Rick
  Rico Ringo Roberto Robin Rocco Rodolfo Rodrigo Roger Rolando Ronald Ronja Rosario Ross Roswitha Roy Rudi Rupert
  Ruprecht Ruud Ryan Sabina Sajed Salvatore Sam Sami Samuel Sándor Sandro Santiago Sarah-Lena Sascha Schimon Scott
  Sean Sébastien Ségolène Selina Serena Serge Sergiu Serkan Severin Shawn Shelly Shinzo Sibylle Sieglinde Siegmund
  Sigmar Sigrid Sigurd Silvio Sjoerd Slobodan Sonia Søren Stanislaw Stefano Steffi Stephen Steve Stig Susanna Suzanne
  Tadeusz Takashi Takeshi Tamara Tayyip Ted Teemu Thabo Thea Theo Theodor Therese Thierry Tibor Til Till Tilman Tilo
  Timothy Todd Tomas Tomáš Tomasz Toni Tony Traian Traudl Trude Udo Ulf Uli Ulli Ulrika Urs Ursel Václav Valentin
  Valerie Vasco Veit Veronika Victor Vinzenz Vittorio Vlad Vladimír Vojislav Volkmar Walburga Waldemar Walther Wayne
  Wen Wendelin Wesley Whitney Wieland Willem William Wilma Wim Winfried Wojciech Wolf-Dieter Wolfram Wolodymyr Xavier
  Xi Yannis Yasmin Yassir Yilmaz Yoko Yoshihiko Yuki Yukio Yusuf Yves Zbigniew Zeynep Zinédine Zipi Zlatko Zofia
  Zoltán Zoran
`),
};
