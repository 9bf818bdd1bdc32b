import { describe, expect, it } from 'vitest';
import { quoteSpeakerOf as speakerOf } from './support.js';

describe('a phrase read as the subject with no verb of saying must look like someone', () => {
  it('gives no speaker for an abstract noun after the verb ("erfreut sich großer Beliebtheit")', () => {
    const text =
      'In Kanada nennt man das Heimlernen. Die „Schule in den eigenen vier Wänden“ erfreut sich dort wachsender Beliebtheit. Im Jahr 2010 waren es viele.';
    expect(speakerOf(text, 'vier Wänden')).toBeNull();
  });

  it('gives no speaker for a noun phrase opening in lower case ("Die neuen Mächte üben Druck aus")', () => {
    const text =
      'Die Lage bleibt gespannt. Die neuen Mächte üben Druck aus, um „ihrem eigenen Handel im Ausland“ Vorteile zu verschaffen. Das ist alt.';
    expect(speakerOf(text, 'Handel')).toBeNull();
  });

  it('still gives a role of a person in lower case ("erinnert sich der junge Mann")', () => {
    const text =
      'Der Urlauber war zwei Tage verschollen. „Ich habe die ganze Nacht gefroren und gewartet“, erinnert sich der junge Mann im Gespräch.';
    expect(speakerOf(text, 'gefroren')).toBe('junge Mann');
  });

  it('still gives a name before a colon ("Pia Walden kommentiert: „…“")', () => {
    const text =
      'Der Beitrag wurde oft geteilt. Walden kommentiert: „Das Ganze bekam eine erstaunliche Eigendynamik.“';
    expect(speakerOf(text, 'Eigendynamik')).toBe('Walden');
  });
});

describe('a quote signed with a dash and a full name', () => {
  it('gives the name that stands before the next quote or ends the text', () => {
    const text =
      'Das Buch wurde oft gelobt. „Ein kluges und warmes Buch über das Lernen im Alter.“ – Jana Beispiel „Ich habe es zweimal gelesen und verschenkt.“ – Olaf Muster';
    expect(speakerOf(text, 'warmes Buch')).toBe('Jana Beispiel');
    expect(speakerOf(text, 'verschenkt')).toBe('Olaf Muster');
  });

  it('gives no speaker for words after a dash that go on as a clause ("„…“ – Britischer Rentner wird geehrt")', () => {
    const text = 'Lob für „Opa Karl und seine lange Wanderung“ – Britischer Rentner wird geehrt. Er ist 99.';
    expect(speakerOf(text, 'Wanderung')).not.toBe('Britischer Rentner');
  });
});
