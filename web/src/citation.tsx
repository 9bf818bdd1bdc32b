/** A citation mark: a button that shows the cited source passage on hover, on keyboard focus and on click. */
import { useId, useState } from 'preact/hooks';
import type { Labels } from '../../src/render/labels.js';
import type { CitationTarget } from './cite.js';
import type { Words } from './words.js';

interface Props {
  readonly target: CitationTarget;
  readonly labels: Labels;
  readonly words: Words;
}

function SourcePassage({ target, labels, words, id }: Props & { readonly id: string }) {
  const { article, passage } = target;
  const date = article.published !== undefined ? `, ${article.published}` : '';
  return (
    <span role="tooltip" id={id} class="cite-source">
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
