/**
 * Common given names of women and of men (German and international), for telling whether "sie"/"er" ("she"/"he")
 * can stand for a named person: "Merkel traf Macron. „…“, sagte sie" is Merkel's when the article wrote "Angela
 * Merkel". A name missing here (or given to both) leaves the person's gender open, never excluded.
 */
export const FEMALE_GIVEN_NAMES: readonly string[] = `
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
`
  .split(/\s+/u)
  .filter((n) => n.length > 0);

export const MALE_GIVEN_NAMES: readonly string[] = `
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
`
  .split(/\s+/u)
  .filter((n) => n.length > 0);
