/**
 * "Copy as text": the brief with its sources as plain text (src/render/text.ts) to the clipboard; where the
 * clipboard refuses (no permission, no secure context), the text is shown selected in a box to copy by hand.
 * Next to it, the same brief as Markdown from the API.
 */
import { useRef, useState } from 'preact/hooks';
import type { Brief } from '../../src/brief/types.js';
import { renderText } from '../../src/render/text.js';
import type { Words } from './words.js';

async function toClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyText({
  brief,
  story,
  words,
}: {
  readonly brief: Brief;
  readonly story: string;
  readonly words: Words;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  const text = renderText(brief);
  return (
    <div class="export">
      <button
        type="button"
        class="copy-text"
        onClick={() => {
          void toClipboard(text).then((done) => {
            setState(done ? 'copied' : 'manual');
            if (!done)
              requestAnimationFrame(() => {
                box.current?.focus();
                box.current?.select();
              });
          });
        }}
      >
        {words.copyText}
      </button>{' '}
      <a class="export-md" href={`/api/stories/${encodeURIComponent(story)}.md`} download>
        {words.exportMarkdown}
      </a>{' '}
      <span role="status" class="copy-status">
        {state === 'copied' ? words.copied : state === 'manual' ? words.copyByHand : ''}
      </span>
      {state === 'manual' ? (
        <textarea ref={box} class="copy-box" readOnly rows={8} value={text} aria-label={words.copyText} />
      ) : null}
    </div>
  );
}
