/** A citation mark: a button that shows the cited source passage on hover, on keyboard focus and on click. */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { shownDate } from '../../src/render/citations.js';
import type { Labels } from '../../src/render/labels.js';
import type { CitationTarget } from './cite.js';
import type { Words } from './words.js';

interface Props {
  readonly target: CitationTarget;
  readonly labels: Labels;
  readonly words: Words;
}

/** Space kept between a popover and the edge of the screen (CSS px). */
const EDGE = 8;

/** Moves the popover sideways so that it stays inside the viewport (on a 390-px phone too). */
function keepInside(tip: HTMLElement): void {
  tip.style.left = '';
  const rect = tip.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  let shift = 0;
  if (rect.right > width - EDGE) shift = width - EDGE - rect.right;
  if (rect.left + shift < EDGE) shift = EDGE - rect.left;
  if (shift !== 0) tip.style.left = `${String(shift)}px`;
}

function SourcePassage({ target, labels, words, id }: Props & { readonly id: string }) {
  const { article, passage } = target;
  const date = article.published !== undefined ? `, ${shownDate(article.published)}` : '';
  const tip = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (tip.current !== null) keepInside(tip.current);
  }, []);
  return (
    <span role="tooltip" id={id} class="cite-source" ref={tip}>
      <strong>
        [{target.n}] {article.source ?? labels.unknownSource}
        {date}
      </strong>
      {target.own ? null : <em> — {passage !== null ? words.closest : words.noSentence}</em>}
      {passage !== null ? (
        <q data-article={article.id} data-start={passage.start} data-end={passage.end}>
          {passage.text}
        </q>
      ) : null}
    </span>
  );
}

export function Citation(props: Props) {
  const { target, labels, words } = props;
  const [hover, setHover] = useState(false);
  const [pinned, setPinned] = useState(false);
  const id = useId();
  const open = hover || pinned;
  const outlet = target.article.source ?? labels.unknownSource;
  return (
    <span class="cite" onMouseEnter={() => setHover(true)} onMouseLeave={() => setHover(false)}>
      <button
        type="button"
        class="cite-mark"
        aria-label={`${words.citation} ${String(target.n)}: ${outlet}`}
        aria-expanded={open}
        aria-describedby={open ? id : undefined}
        onFocus={() => setHover(true)}
        onBlur={() => {
          setHover(false);
          setPinned(false);
        }}
        onClick={() => setPinned(!pinned)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setHover(false);
            setPinned(false);
          }
        }}
      >
        [{target.n}]
      </button>
      {open ? <SourcePassage {...props} id={id} /> : null}
    </span>
  );
}

export function Citations({
  targets,
  labels,
  words,
}: { readonly targets: readonly CitationTarget[] } & Omit<Props, 'target'>) {
  return (
    <span class="cites">
      {targets.map((t) => (
        <Citation key={t.n} target={t} labels={labels} words={words} />
      ))}
    </span>
  );
}
