import { ingest } from '../../src/ingest/index.js';
import type { SourceDocument } from '../../src/core/types.js';
import { EXAMPLE_DIR } from '../support/seeds.js';

/** The five German reports of the example story, read as `lagebild ingest` reads them. */
export async function exampleDocuments(): Promise<SourceDocument[]> {
  const { documents, errors } = await ingest([EXAMPLE_DIR], {});
  if (errors.length > 0) throw new Error(`example unreadable: ${errors[0]?.reason}`);
  return [...documents];
}

export function textDocument(id: string, text: string, meta: SourceDocument['meta'] = {}): SourceDocument {
  return { id, file: `${id}.txt`, format: 'text', text, meta, removed: [] };
}

/** Two English reports of a storm (written for these tests). */
export const STORM: readonly SourceDocument[] = [
  textDocument(
    'storm-bbc',
    'Storm floods coastal towns in Cornwall\n\nHeavy rain and gale-force winds flooded dozens of homes in Cornwall on Sunday night, the Environment Agency said. Rescue teams evacuated 140 residents from the harbour town of Looe as the river burst its banks. Forecasters warned that a second band of rain would reach the south-west coast on Monday morning.\n\nThe agency issued 23 flood warnings across Devon and Cornwall.',
    {
      title: 'Storm floods coastal towns in Cornwall',
      source: 'BBC',
      url: 'https://www.bbc.co.uk/news/storm-cornwall',
      published: '2024-01-14',
      language: 'en',
    },
  ),
  textDocument(
    'storm-guardian',
    'Cornwall storm: residents evacuated as river bursts its banks\n\nAbout 150 people were evacuated from homes in Looe after the river burst its banks during a storm on Sunday night, rescue teams said. The Environment Agency issued more than 20 flood warnings for Devon and Cornwall. Forecasters said more heavy rain and strong winds would hit the south-west coast on Monday.',
    {
      title: 'Cornwall storm: residents evacuated as river bursts its banks',
      source: 'The Guardian',
      url: 'https://www.theguardian.com/uk-news/cornwall-storm',
      published: '2024-01-15',
      language: 'en',
    },
  ),
];

/** Two German reports of a rail strike (written for these tests). */
export const STRIKE: readonly SourceDocument[] = [
  textDocument(
    'streik-tagesschau',
    'Lokführer streiken bundesweit\n\nDie Gewerkschaft der Lokführer hat ihre Mitglieder zu einem bundesweiten Streik im Personenverkehr aufgerufen. Der Ausstand soll am Mittwoch um zwei Uhr beginnen und 48 Stunden dauern, teilte die GDL mit. Die Deutsche Bahn kündigte einen Notfahrplan an und rief Fahrgäste auf, Reisen zu verschieben.',
    {
      title: 'Lokführer streiken bundesweit',
      source: 'tagesschau',
      url: 'https://www.tagesschau.de/wirtschaft/gdl-streik-100.html',
      published: '2024-03-05',
      language: 'de',
    },
  ),
  textDocument(
    'streik-spiegel',
    'GDL ruft zu 48-Stunden-Streik auf\n\nDie Lokführergewerkschaft GDL legt den Bahnverkehr erneut lahm: Ab Mittwoch um zwei Uhr sollen die Lokführer für 48 Stunden streiken. Die Deutsche Bahn will mit einem Notfahrplan etwa ein Fünftel der Fernzüge fahren lassen. Fahrgäste sollten ihre Reisen nach Möglichkeit verschieben, teilte der Konzern mit.',
    {
      title: 'GDL ruft zu 48-Stunden-Streik auf',
      source: 'Spiegel',
      url: 'https://www.spiegel.de/wirtschaft/gdl-streik-a-1.html',
      published: '2024-03-05',
      language: 'de',
    },
  ),
];
