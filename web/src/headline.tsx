/** A story's headline in the list: a long one is cut at a word (with "…"); one click shows all of it. */
import { useState } from 'preact/hooks';
import { shortHeadline } from './format.js';
import type { Words } from './words.js';

export function Headline({
  text,
  href,
  words,
}: {
  readonly text: string;
  readonly href: string;
  readonly words: Words;
}) {
  const [full, setFull] = useState(false);
  const short = shortHeadline(text);
  const cut = short !== text.replace(/\s+/gu, ' ').trim();
  return (
    <p class="headline">
      <a href={href} class="story-link" title={cut ? text : undefined}>
        {full || !cut ? text : short}
      </a>
      {cut ? (
        <>
          {' '}
          <button type="button" class="more" aria-expanded={full} onClick={() => setFull(!full)}>
            {full ? words.shortHeadline : words.fullHeadline}
          </button>
        </>
      ) : null}
    </p>
  );
}
