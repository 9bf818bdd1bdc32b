/** One story: headline, the brief with citation marks, the sources, the analysis and the coverage matrix. */
import { useEffect, useState } from 'preact/hooks';
import { dateOf, lineParts, lineSource, shownDate } from '../../src/render/citations.js';
import { labelsFor, type Labels } from '../../src/render/labels.js';
import type { BriefSentence } from '../../src/core/types.js';
import type { ChangedLine, StoredArticleSummary, StoryDetail } from '../../src/store/types.js';
import { Analysis, LineLabelMark } from './analysis.js';
import { EarlierVersions, LineMark, lineKey, marksOf, NewSinceVisit, useChanges } from './changes.js';
import { errorText, fetchStory } from './api.js';
import { Citations } from './citation.js';
import { citationTargets, safeHref } from './cite.js';
import { CopyText } from './copy-text.js';
import { CoverageMatrix } from './matrix.js';
import type { BriefViewProps } from './props.js';
import { StoryFacts } from './story-list.js';
import { StorylineChapters } from './storyline.js';
import { tableFor, wordsFor } from './words.js';

/** A line's text; an opening pronoun is followed by the person it stands for, in brackets ("Er [Wladimir Putin] …"). */
function LineText({ line }: { readonly line: BriefSentence }) {
  const { opening, referent, rest } = lineParts(line);
  if (referent === '') return <>{opening}</>;
  return (
    <>
      {opening} <span class="referent">[{referent}]</span>
      {rest}
    </>
  );
}

function BriefLines({
  brief,
  labels,
  words,
  marks,
}: BriefViewProps & { readonly marks: ReadonlyMap<string, ChangedLine> }) {
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  return (
    <section>
      <h2>{labels.brief}</h2>
      <ol class="brief">
        {brief.sentences.map((s) => (
          <li
            key={`${s.article}:${String(s.start)}`}
            data-article={s.article}
            class={marks.get(lineKey(s))?.status}
          >
            <LineMark line={marks.get(lineKey(s))} words={words} />
            <LineLabelMark label={s.label} labels={labels} />
            <LineText line={s} />{' '}
            <Citations
              targets={citationTargets(brief, s, [s.article, ...s.support])}
              labels={labels}
              words={words}
            />
            {byId.has(s.article) ? (
              <span class="source">
                {' '}
                ({lineSource(byId.get(s.article) as (typeof brief.articles)[number], labels)})
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Sources({ detail, labels }: { readonly detail: StoryDetail; readonly labels: Labels }) {
  const order = detail.brief?.articles.map((a) => a.id) ?? detail.articles.map((a) => a.id);
  const byId = new Map<string, StoredArticleSummary>(detail.articles.map((a) => [a.id, a]));
  const briefById = new Map(detail.brief?.articles.map((a) => [a.id, a]) ?? []);
  return (
    <section>
      <h2>{labels.sources}</h2>
      <ol class="sources">
        {order.map((id, i) => {
          const a = byId.get(id);
          const href = safeHref(a?.url);
          const b = briefById.get(id);
          const kind = b?.kind !== undefined ? labels.kinds[b.kind] : undefined;
          return (
            <li key={id} id={`src-${String(i + 1)}`}>
              <strong>{a?.source ?? labels.unknownSource}</strong>,{' '}
              {b !== undefined
                ? dateOf(b, labels)
                : typeof a?.published === 'string'
                  ? shownDate(a.published)
                  : labels.undated}
              {kind !== undefined ? `, ${kind}` : ''}
              {a?.author !== null && a?.author !== undefined ? `, ${a.author}` : ''}
              {a?.title !== null && a?.title !== undefined ? <>: „{a.title}“</> : null}
              {href !== undefined ? (
                <>
                  {' '}
                  <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                    {new URL(href).host}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function StoryView({ detail }: { readonly detail: StoryDetail }) {
  const { brief } = detail;
  const language = brief?.language ?? detail.story.languages[0] ?? 'en';
  const labels = labelsFor(language);
  const words = wordsFor(language);
  const { changes, since } = useChanges(detail.story.id);
  useEffect(() => {
    document.title = `${detail.story.headline} – Lagebild`;
    document.documentElement.lang = language;
  }, [detail, language]);
  return (
    <article class="story" lang={language}>
      <p>
        <a href="#/">{words.back}</a>
      </p>
      <h1>{brief?.headline ?? detail.story.headline}</h1>
      <StoryFacts story={detail.story} table={tableFor(language)} />
      <StorylineChapters detail={detail} words={words} />
      {brief === null ? (
        <p>{words.notSummarised}</p>
      ) : (
        <>
          <CopyText brief={brief} story={detail.story.id} words={words} />
          <NewSinceVisit changes={changes} since={since} words={words} language={language} />
          <BriefLines brief={brief} labels={labels} words={words} marks={marksOf(changes)} />
          <EarlierVersions story={detail.story.id} words={words} language={language} />
          <Analysis brief={brief} labels={labels} words={words} />
          <CoverageMatrix brief={brief} labels={labels} words={words} />
        </>
      )}
      <Sources detail={detail} labels={labels} />
      <p class="note">{labels.generatedBy}</p>
    </article>
  );
}

export function StoryPage({ id }: { readonly id: string }) {
  const [state, setState] = useState<{ detail?: StoryDetail; error?: string }>({});
  useEffect(() => {
    const controller = new AbortController();
    setState({});
    fetchStory(id, controller.signal).then(
      (detail) => setState({ detail }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ error: errorText(error, tableFor(navigator.language)) });
      },
    );
    return () => controller.abort();
  }, [id]);
  const words = wordsFor(navigator.language);
  if (state.error !== undefined) {
    return (
      <div lang={tableFor(navigator.language).code}>
        <p>
          <a href="#/">{words.back}</a>
        </p>
        <p role="alert" class="error">
          {state.error}
        </p>
      </div>
    );
  }
  if (state.detail === undefined) return <p aria-busy="true">{words.loading}</p>;
  return <StoryView detail={state.detail} />;
}
