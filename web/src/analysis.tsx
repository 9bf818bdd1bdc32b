/** The cross-source analysis of a story: consensus, single-source claims, conflicts, quotes, timeline, entities. */
import type { ComponentChildren } from 'preact';
import type { LineLabel } from '../../src/core/types.js';
import type { Labels } from '../../src/render/labels.js';
import { countText } from '../../src/lang/messages.js';
import { figureSubject, formatFigure } from '../../src/render/figures.js';
import { quoteArticles, quoteHead } from '../../src/render/quotes.js';
import { Citations } from './citation.js';
import { citationTargets } from './cite.js';
import type { BriefViewProps } from './props.js';

function Section({
  title,
  items,
  className,
}: {
  readonly title: string;
  readonly items: readonly ComponentChildren[];
  readonly className?: string;
}) {
  if (items.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul class={className}>{items}</ul>
    </section>
  );
}

/** "Vorab berichtet:" / "Meinung:" before a claim from a preview or an opinion piece, as on brief lines. */
export function LineLabelMark({ label, labels }: { label: LineLabel | undefined; labels: Labels }) {
  return label !== undefined ? <strong class="label">{labels.lineLabels[label]}: </strong> : null;
}

function Consensus({ brief, labels, words }: BriefViewProps) {
  const items = (brief.analysis?.coverage.consensus ?? []).map((c, i) => (
    <li key={i}>
      <LineLabelMark label={c.label} labels={labels} />
      {c.text} <Citations targets={citationTargets(brief, c, c.sources)} labels={labels} words={words} />
    </li>
  ));
  return <Section title={labels.consensus} items={items} />;
}

/** The few most important claims that only one independent source carries, ranked (issue 14 item 6). */
function SingleSource({ brief, labels, words }: BriefViewProps) {
  const items = (brief.analysis?.coverage.singleClaims ?? []).map((c) => (
    <li key={`${c.article}:${String(c.start)}`}>
      <LineLabelMark label={c.label} labels={labels} />
      {c.text} <Citations targets={citationTargets(brief, c, [c.article])} labels={labels} words={words} />
    </li>
  ));
  return <Section title={labels.singleSource} items={items} className="single" />;
}

function Conflicts({ brief, labels, words }: BriefViewProps) {
  const items = (brief.analysis?.conflicts ?? []).map((c, i) => (
    <li key={i} class="conflict">
      <span class="badge">{words.conflict}</span>{' '}
      <strong>{figureSubject(c.about, c.modality, brief.language)}</strong>:{' '}
      {c.values.map((v, k) => (
        <span key={k} class="conflict-value">
          {k > 0 ? ' · ' : ''}
          {formatFigure(v, brief.language)}{' '}
          <Citations targets={citationTargets(brief, v, [v.article], false)} labels={labels} words={words} />
        </span>
      ))}
    </li>
  ));
  return <Section title={labels.conflicts} items={items} className="conflicts" />;
}

function Quotes({ brief, labels, words }: BriefViewProps) {
  const items = (brief.analysis?.quotes ?? []).map((q, i) => {
    const { speaker, after } = quoteHead(q, labels, brief.language);
    return (
      <li key={i}>
        <strong class={q.speaker === null ? 'unattributed' : ''}>{speaker}</strong>
        {after}: <q>{q.text}</q>{' '}
        <Citations
          targets={citationTargets(brief, q, quoteArticles(q), false)}
          labels={labels}
          words={words}
        />
      </li>
    );
  });
  return <Section title={labels.quotes} items={items} />;
}

/** A sentence with the part `[start, end)` (offsets into the article) marked. */
function Marked({
  text,
  from,
  start,
  end,
}: {
  readonly text: string;
  readonly from: number;
  readonly start: number;
  readonly end: number;
}) {
  const a = Math.max(0, start - from);
  const b = Math.min(text.length, end - from);
  if (a >= b) return <>{text}</>;
  return (
    <>
      {text.slice(0, a)}
      <mark>{text.slice(a, b)}</mark>
      {text.slice(b)}
    </>
  );
}

/** What happened when: each event's passage with its date words marked, cited to every source that tells it. */
function Timeline({ brief, labels, words }: BriefViewProps) {
  const items = (brief.analysis?.timeline ?? []).map((t, i) => {
    // the date words of the source whose passage the item shows (not always the first source: see timeline-events.ts)
    const own = t.sources.find((s) => s.article === t.article && s.start === t.start) ?? t.sources[0];
    const dateText = own?.dateText ?? '';
    const at = dateText === '' ? -1 : t.text.indexOf(dateText);
    const sources = t.sources.map((s) => s.article);
    return (
      <li key={i}>
        <time dateTime={t.date}>{t.date}</time>
        {t.inferred ? ` (${labels.inferred})` : ''}:{' '}
        <Marked text={t.text} from={0} start={at} end={at < 0 ? -1 : at + dateText.length} />{' '}
        <Citations targets={citationTargets(brief, t, sources, true)} labels={labels} words={words} />
      </li>
    );
  });
  return <Section title={labels.timeline} items={items} className="timeline" />;
}

const ENTITIES_SHOWN = 15;

function Entities({ brief, labels, words }: BriefViewProps) {
  const entities = [...(brief.analysis?.entities ?? [])].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
  if (entities.length === 0) return null;
  const item = (e: (typeof entities)[number]) => (
    <li key={`${e.type}:${e.name}`} class={`entity ${e.type}`}>
      <strong>{e.name}</strong> <span class="type">{e.type}</span>{' '}
      {countText(labels.messages, 'mention', e.mentions.length)}
    </li>
  );
  const rest = entities.slice(ENTITIES_SHOWN);
  return (
    <section>
      <h2>{labels.entities}</h2>
      <ul class="entities">{entities.slice(0, ENTITIES_SHOWN).map(item)}</ul>
      {rest.length > 0 ? (
        <details>
          <summary>
            {rest.length} {words.showMore}
          </summary>
          <ul class="entities">{rest.map(item)}</ul>
        </details>
      ) : null}
    </section>
  );
}

export function Analysis(props: BriefViewProps) {
  if (props.brief.analysis === undefined) return null;
  return (
    <>
      <Consensus {...props} />
      <Conflicts {...props} />
      <SingleSource {...props} />
      <Quotes {...props} />
      <Timeline {...props} />
      <Entities {...props} />
    </>
  );
}
