import { describe, expect, it } from 'vitest';
import { quoteSpeakerOf as speakerOf } from './support.js';

describe('a person the tables do not know, named after a role noun', () => {
  it('gives the name after the role in an opinion clause ("Für den Theologen Talo Brunsvik sei …")', () => {
    const text =
      'Die Reaktionen waren gemischt. Für den Theologen Talo Brunsvik sei der Schritt „aus vielen Gründen verständlich“.';
    expect(speakerOf(text, 'vielen Gründen')).toBe('Talo Brunsvik');
  });

  it('carries that name to a later mention by the family name ("Der 84-jährige Brunsvik hofft, „…“")', () => {
    const text =
      'Für den Theologen Talo Brunsvik sei der Schritt „aus vielen Gründen verständlich“. ' +
      'Der 84-jährige Brunsvik hofft aber, „dass nun alles gut wird“.';
    expect(speakerOf(text, 'alles gut')).toBe('Talo Brunsvik');
  });

  it('still gives no person for a group after the preposition ("Für die Kinder sei …")', () => {
    const text = 'Die Schule bleibt zu. Für die Kinder sei das „eine große Belastung“, hieß es.';
    expect(speakerOf(text, 'große Belastung')).not.toBe('Kinder');
  });
});
