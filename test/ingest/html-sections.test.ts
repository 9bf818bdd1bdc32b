import { describe, expect, it } from 'vitest';
import { isHtmlFailure, parseHtml } from '../../src/ingest/index.js';

const SECTIONS = [
  [
    'Die Stadtwerke wollen die Preise für Fernwärme zum ersten Januar um elf Prozent anheben, wie am Montag bekannt wurde.',
    'Betroffen sind rund 40.000 Haushalte im Stadtgebiet, die meisten davon in Wohnungen der großen Genossenschaften.',
  ],
  [
    'Der Mieterbund kritisierte den Schritt scharf und verlangte, die Erhöhung über mehrere Jahre zu strecken.',
    'Viele Familien hätten schon die letzte Nebenkostenabrechnung kaum bezahlen können, sagte die Vorsitzende.',
  ],
  [
    'Die Stadtwerke verweisen auf gestiegene Kosten für Gas und für den Umbau des Netzes auf erneuerbare Wärme.',
    'Ohne die Erhöhung müsse das Unternehmen Investitionen in neue Leitungen und Wärmepumpen verschieben.',
    'Im Stadtrat soll am Donnerstag über einen Härtefallfonds beraten werden, den mehrere Fraktionen fordern.',
    'Die Verwaltung prüft nach eigenen Angaben, ob der Fonds noch im laufenden Haushalt finanziert werden kann.',
    'Eine Entscheidung wird für das Frühjahr erwartet, bis dahin gelten die bisherigen Abschlagszahlungen weiter.',
  ],
];
const HEADING = 'Kritik vom Mieterbund';

function textOf(html: string): string {
  const result = parseHtml(html);
  if (isHtmlFailure(result)) throw new Error(result.problem);
  return result.value.text;
}

const wrapped = (inner: string): string =>
  `<div class="con"><div class="modCon"><div class="mod"><div class="boxCon"><div class="box">${inner}</div></div></div></div></div>`;
const paragraphs = (ps: readonly string[]): string => ps.map((p) => `<p class="text">${p}</p>`).join('');

describe('parseHtml: an article split into sibling sections', () => {
  it('reads every section of the run, the heading between them included, in order', () => {
    const html = `<html><body><nav><a href="/">Start</a></nav><article>
      ${wrapped(paragraphs(SECTIONS[0]!))}
      ${wrapped(`<h2 class="subtitle">${HEADING}</h2>`)}
      ${wrapped(paragraphs(SECTIONS[1]!))}
      ${wrapped(paragraphs(SECTIONS[2]!))}
      </article><footer><p>Impressum und Datenschutz der Stadtzeitung, alle Rechte vorbehalten.</p></footer></body></html>`;
    const text = textOf(html);
    const all = [...SECTIONS[0]!, HEADING, ...SECTIONS[1]!, ...SECTIONS[2]!];
    const at = all.map((p) => text.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.split(SECTIONS[2]![0]!).length).toBe(2);
    expect(text).not.toContain('Impressum');
  });

  it('reads the column blocks of a stream layout without their side columns', () => {
    const block = (ps: readonly string[], side: string): string =>
      `<div class="stream-layout"><aside class="companion"><p>${side}</p></aside>
       <div class="stream">${ps.map((p) => `<div class="item"><p class="copy">${p}</p></div>`).join('')}</div></div>`;
    const html = `<html><body><main><div class="frame">
      ${block(SECTIONS[0]!, 'Meistgelesen: Ein anderer Artikel über das Wetter am Wochenende im Norden.')}
      ${block(SECTIONS[2]!, 'Meistgelesen: Noch ein anderer Artikel über die Fußballergebnisse vom Sonntag.')}
      ${block(SECTIONS[1]!, 'Meistgelesen: Ein dritter Artikel über die Preise auf dem Wochenmarkt.')}
      </div></main></body></html>`;
    const text = textOf(html);
    const all = [...SECTIONS[0]!, ...SECTIONS[2]!, ...SECTIONS[1]!];
    const at = all.map((p) => text.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('Meistgelesen');
  });

  it('adds no teasers of the same kind whose text is a link', () => {
    const teaser = (t: string): string =>
      `<div class="group"><a href="/x"><p>${t} Mehr dazu lesen Sie in unserem ausführlichen Bericht über die Stadt.</p></a></div>`;
    const html = `<html><body><nav><a href="/">Start</a> <a href="/stadt">Stadt</a></nav><div class="spalte">
      <div class="group">${paragraphs([...SECTIONS[0]!, ...SECTIONS[1]!, ...SECTIONS[2]!])}</div>
      ${teaser('Neue Radwege für die Innenstadt geplant.')}${teaser('Hallenbad bleibt im Sommer geschlossen.')}
      </div><footer><p>Impressum</p></footer></body></html>`;
    const text = textOf(html);
    for (const p of SECTIONS[2]!) expect(text).toContain(p);
    expect(text).not.toContain('Radwege');
    expect(text).not.toContain('Hallenbad');
  });
});
