/**
 * The hostile-input corpus, written by code (nothing stored): the classes of pages, feeds and files that stalled,
 * crashed or lost inputs in the hostile-input campaign (issue 17). `hostileCorpus(scale)` gives every class at a
 * size proportional to `scale` (1 = the size the tests run; the campaign's sizes were larger, up to about 10×), so
 * a test can also build one class at n and 4n and compare the work.
 */

/** One generated input: its file name (the extension decides the format) and content. */
export interface HostileInput {
  /** Class name, also the file's base name. */
  readonly name: string;
  /** File name with extension. */
  readonly file: string;
  readonly content: string | Uint8Array;
}

/** A class: how to write it at size `n` (its own unit: characters, lines, records, levels). */
interface HostileClass {
  readonly name: string;
  readonly ext: string;
  /** `n` at scale 1. */
  readonly base: number;
  readonly make: (n: number) => string | Uint8Array;
}

const PARAGRAPH =
  'Die Stadtverwaltung hat am Dienstag neue Pläne für den Ausbau des Hafens vorgestellt. ' +
  'Bürgermeisterin Anna Keller sagte, der Umbau solle bis 2027 abgeschlossen sein.';

const repeat = (unit: string, n: number): string => unit.repeat(Math.max(0, Math.floor(n)));

/** A cheap deterministic byte stream (xorshift), so "binary" is the same in every run. */
function bytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const html = (body: string): string =>
  `<!doctype html><html><head><title>Hafen</title></head><body>${body}</body></html>`;

const rss = (items: string): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items}</channel></rss>`;

const item = (i: number, body = PARAGRAPH): string =>
  `<item><title>Meldung ${String(i)}</title><link>https://example.org/${String(i)}</link>` +
  `<description>${body}</description></item>`;

const jsonRecord = (id: string, i: number): string =>
  JSON.stringify({ id, title: `Meldung ${String(i)}`, text: `${PARAGRAPH} Nummer ${String(i)}.` });

/** Every class of the campaign, plus binary, huge, invalid encodings, billion laughs, external entities, deep JSON. */
export const HOSTILE_CLASSES: readonly HostileClass[] = [
  // Markup that never closes.
  {
    name: 'unclosed-comment',
    ext: 'html',
    base: 200_000,
    make: (n) => html(`<p>${PARAGRAPH}</p><!-- ${repeat('x ', n / 2)}`),
  },
  { name: 'mostly-lt', ext: 'html', base: 200_000, make: (n) => `<p>${PARAGRAPH}</p>${repeat('<', n)}` },
  { name: 'mostly-lt-text', ext: 'txt', base: 200_000, make: (n) => `${PARAGRAPH}\n${repeat('<a', n / 2)}` },
  {
    name: 'crafted-body',
    ext: 'html',
    base: 20_000,
    make: (n) =>
      `<html><head><title>x</title></head>${repeat(`<body class="a" id="b">${PARAGRAPH.slice(0, 40)}`, n)}`,
  },
  {
    name: 'comment-prolog',
    ext: 'txt',
    base: 8_000,
    make: (n) => `${repeat('<!-- c -->\n', n / 11)}${PARAGRAPH}`,
  },
  { name: 'unclosed-tags', ext: 'html', base: 50_000, make: (n) => html(repeat('<p><b><i>Wort ', n)) },
  // Text the rules read line by line or quote by quote.
  {
    name: 'nested-quotes',
    ext: 'txt',
    base: 20_000,
    make: (n) => `${PARAGRAPH}\n${repeat('„Er sagte: »Sie meinte: ‚', n)}Ende.`,
  },
  { name: 'quote-line', ext: 'txt', base: 100_000, make: (n) => `${PARAGRAPH}\n${repeat('"', n)}\n` },
  {
    name: 'cookie-lines',
    ext: 'txt',
    base: 50_000,
    make: (n) =>
      `${PARAGRAPH}\n${repeat('Cookies akzeptieren Cookie-Einstellungen Wir verwenden Cookies.\n', n)}`,
  },
  { name: 'short-lines', ext: 'txt', base: 200_000, make: (n) => `${PARAGRAPH}\n${repeat('ab\n', n)}` },
  { name: 'dots-line', ext: 'txt', base: 100_000, make: (n) => `${PARAGRAPH}\n${repeat('a. ', n / 3)}\n` },
  { name: 'bangs-line', ext: 'txt', base: 100_000, make: (n) => `${PARAGRAPH}\n${repeat('!', n)}\n` },
  { name: 'dots-only', ext: 'txt', base: 100_000, make: (n) => `${PARAGRAPH}\n${repeat('. ', n / 2)}\n` },
  {
    name: 'initials',
    ext: 'txt',
    base: 60_000,
    make: (n) => `${PARAGRAPH}\n${repeat('A. B. C. ', n / 9)}Keller sagte das.\n`,
  },
  {
    // One dated sentence with a token of letters that never ends in a full stop (a base64 blob, a pasted hash): a
    // sentence-end pattern of the timeline was quadratic in it (200 000 letters: 18 CPU-s for one brief). Not the
    // letters of `long-word`: the stemmer's and detector's caches would serve one class the other's token.
    name: 'dated-token',
    ext: 'txt',
    base: 200_000,
    make: (n) => `${PARAGRAPH}\nAm 5. Mai 2024 kam ${repeat('xq', n / 2)} in Berlin an.\n`,
  },
  {
    // A year after a long run of letters closed by a bracket: the timeline read the word before the year with a
    // pattern that tried every start of the run (80 000 letters: 5.8 s for one brief). Letters of their own (see
    // `dated-token`).
    name: 'bracketed-token',
    ext: 'txt',
    base: 200_000,
    make: (n) => `${PARAGRAPH}\nDer Plan ${repeat('zk', n / 2)}) 2024 kam an.\n`,
  },
  {
    name: 'dates',
    ext: 'txt',
    base: 100_000,
    make: (n) =>
      `${PARAGRAPH}\n${repeat('Am 3. März 2024, am 12.04.2025 und am Dienstag, 5. Mai. ', n / 56)}\n`,
  },
  {
    name: 'numbers',
    ext: 'txt',
    base: 100_000,
    make: (n) =>
      `${PARAGRAPH}\n${repeat('Es waren 1.234 Menschen, 56 Prozent und 7,8 Millionen Euro. ', n / 60)}\n`,
  },
  {
    name: 'speaker-quotes',
    ext: 'txt',
    base: 100_000,
    make: (n) => `${PARAGRAPH}\n${repeat('„Wir bauen“, sagte Keller. Müller sagte: „Nein.“ ', n / 50)}\n`,
  },
  {
    // A cookie notice and a run of ellipses no space follows: the notice's sentence-end pattern tried the rest of the
    // run again from each mark (64 000: about 30 s).
    name: 'consent-ellipses',
    ext: 'txt',
    base: 100_000,
    make: (n) =>
      `${PARAGRAPH}\nDiese Seite verwendet Cookies. Mehr dazu in unserer Datenschutzerklärung. ${repeat('…', n)}x\n`,
  },
  { name: 'long-word', ext: 'txt', base: 200_000, make: (n) => `${PARAGRAPH}\n${repeat('a', n)}\n` },
  // Markdown runs (read as text).
  {
    name: 'md-table',
    ext: 'md',
    base: 100_000,
    make: (n) => `${PARAGRAPH}\n${repeat('| a | b | c |\n|---|---|---|\n', n / 28)}`,
  },
  {
    name: 'md-links',
    ext: 'md',
    base: 100_000,
    make: (n) => `${PARAGRAPH}\n${repeat('[Wort](https://e.org/x) ', n / 24)}\n`,
  },
  {
    name: 'md-images',
    ext: 'md',
    base: 100_000,
    make: (n) => `${PARAGRAPH}\n${repeat('![Bild](https://e.org/i.png)', n / 28)}\n`,
  },
  // Openers that never close: every one was a scan to the end of the line (a minute at 100 000).
  { name: 'md-brackets', ext: 'md', base: 100_000, make: (n) => `${PARAGRAPH}\n${repeat('[', n)}\n` },
  { name: 'md-image-opens', ext: 'md', base: 100_000, make: (n) => `${PARAGRAPH}\n${repeat('![', n / 2)}\n` },
  {
    name: 'md-link-opens',
    ext: 'md',
    base: 100_000,
    make: (n) => `${PARAGRAPH}\n${repeat('[x](', n / 4)}\n`,
  },
  // Strong marks that never close, and a heading's run of spaces: patterns that tried the closing mark from every
  // opening one, and the closing hashes after every character (128 KB: 7 s each).
  {
    name: 'md-strong-opens',
    ext: 'md',
    base: 100_000,
    make: (n) => `${PARAGRAPH}\n${repeat('**a ', n / 4)}\n`,
  },
  {
    name: 'md-heading-spaces',
    ext: 'md',
    base: 100_000,
    make: (n) => `${PARAGRAPH}\n# Titel${repeat(' ', n)}Ende\n`,
  },
  // Deep or wide markup.
  {
    name: 'deep-div',
    ext: 'html',
    base: 100_000,
    make: (n) => html(`${repeat('<div>', n)}${PARAGRAPH}${repeat('</div>', n)}`),
  },
  { name: 'deep-span', ext: 'html', base: 100_000, make: (n) => html(`${repeat('<span>', n)}${PARAGRAPH}`) },
  {
    name: 'many-tables',
    ext: 'html',
    base: 20_000,
    make: (n) => html(repeat('<table><tr><td>Zelle', n) + `<p>${PARAGRAPH}</p>`),
  },
  { name: 'many-p', ext: 'html', base: 100_000, make: (n) => html(repeat('<p>Ein Satz.</p>', n / 5)) },
  // Feeds.
  {
    name: 'deep-rss',
    ext: 'rss',
    base: 100_000,
    make: (n) => rss(`${item(0)}${repeat('<x>', n)}${repeat('</x>', n)}`),
  },
  {
    name: 'xml-comment',
    ext: 'rss',
    base: 1_000_000,
    make: (n) => rss(`${item(0)}<!-- ${repeat('c', n)} -->${item(1)}`),
  },
  {
    name: 'xml-comments-run',
    ext: 'rss',
    base: 200_000,
    make: (n) => rss(`${item(0)}${repeat('<!-- c -->', n / 10)}`),
  },
  {
    name: 'cdata-run',
    ext: 'rss',
    base: 200_000,
    make: (n) => rss(`${item(0)}${repeat('<![CDATA[x]]>', n / 13)}`),
  },
  {
    name: 'cdata-unclosed',
    ext: 'rss',
    base: 200_000,
    make: (n) => rss(`${item(0)}<description><![CDATA[${repeat('x', n)}`),
  },
  {
    name: 'billion-laughs',
    ext: 'rss',
    base: 10,
    make: (n) => {
      const entities = Array.from({ length: n }, (_, i) =>
        i === 0 ? '<!ENTITY l0 "lol">' : `<!ENTITY l${String(i)} "${repeat(`&l${String(i - 1)};`, 10)}">`,
      ).join('');
      return `<?xml version="1.0"?><!DOCTYPE rss [${entities}]>${rss(item(0, `&l${String(n - 1)};`))}`;
    },
  },
  {
    name: 'external-entity',
    ext: 'rss',
    base: 1,
    make: () =>
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      rss(item(0, '&xxe;')),
  },
  {
    name: 'rss-items',
    ext: 'rss',
    base: 20_000,
    make: (n) => rss(Array.from({ length: n }, (_, i) => item(i)).join('')),
  },
  // JSON.
  {
    name: 'one-id',
    ext: 'jsonl',
    base: 20_000,
    make: (n) => Array.from({ length: n }, (_, i) => jsonRecord('same', i)).join('\n'),
  },
  {
    name: 'json-array',
    ext: 'json',
    base: 5_000,
    make: (n) => `[${Array.from({ length: n }, (_, i) => jsonRecord(`a${String(i)}`, i)).join(',')}]`,
  },
  {
    name: 'json-feed',
    ext: 'json',
    base: 20_000,
    make: (n) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Feed',
        items: Array.from({ length: n }, (_, i) => ({
          id: String(i),
          title: `Meldung ${String(i)}`,
          content_text: PARAGRAPH,
        })),
      }),
  },
  {
    name: 'json-string',
    ext: 'json',
    base: 2_000_000,
    make: (n) => JSON.stringify({ title: 'Lang', text: repeat('Wort ', n / 5) }),
  },
  { name: 'deep-json-array', ext: 'json', base: 100_000, make: (n) => `${repeat('[', n)}${repeat(']', n)}` },
  {
    name: 'deep-json-object',
    ext: 'json',
    base: 100_000,
    make: (n) => `${repeat('{"a":', n)}1${repeat('}', n)}`,
  },
  {
    name: 'deep-jsonl',
    ext: 'jsonl',
    base: 100_000,
    make: (n) => `${jsonRecord('ok', 0)}\n${repeat('[', n)}${repeat(']', n)}\n`,
  },
  // Bytes.
  { name: 'binary', ext: 'txt', base: 200_000, make: (n) => bytes(n) },
  { name: 'binary-html', ext: 'html', base: 200_000, make: (n) => bytes(n) },
  { name: 'nul-text', ext: 'txt', base: 100_000, make: (n) => `${PARAGRAPH}\n${repeat('\u0000', n)}` },
  {
    name: 'invalid-utf8',
    ext: 'txt',
    base: 100_000,
    make: (n) => {
      const text = new TextEncoder().encode(`${PARAGRAPH}\n`);
      const out = new Uint8Array(text.length + n);
      out.set(text);
      for (let i = 0; i < n; i++) out[text.length + i] = i % 3 === 0 ? 0xc3 : i % 3 === 1 ? 0xff : 0x28;
      return out;
    },
  },
  {
    name: 'utf16-odd',
    ext: 'txt',
    base: 100_001,
    make: (n) => {
      const out = new Uint8Array(n | 1);
      out[0] = 0xff;
      out[1] = 0xfe;
      for (let i = 2; i < out.length; i++) out[i] = i % 2 === 0 ? 0x41 : 0xd8;
      return out;
    },
  },
  { name: 'empty', ext: 'txt', base: 1, make: () => '' },
  { name: 'huge', ext: 'txt', base: 6 * 1024 * 1024, make: (n) => `${PARAGRAPH}\n${repeat('x', n)}` },
];

/** One class at size `n` (its own unit). */
export function hostileInput(name: string, n: number): HostileInput {
  const found = HOSTILE_CLASSES.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no hostile class ${name}`);
  return { name, file: `${name}.${found.ext}`, content: found.make(n) };
}

/** Every class at `scale` × its base size (`huge` keeps its size: it is about the size limit). */
export function hostileCorpus(scale = 1): HostileInput[] {
  return HOSTILE_CLASSES.map((c) =>
    hostileInput(
      c.name,
      c.name === 'huge' || c.base <= 10 ? c.base : Math.max(1, Math.round(c.base * scale)),
    ),
  );
}

/** An ordinary article, so a run over the corpus has at least one input that is used. */
export const GOOD_ARTICLE = { file: 'good.txt', content: `Hafen wird ausgebaut\n\n${PARAGRAPH}\n` } as const;
