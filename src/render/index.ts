import type { Brief } from '../brief/types.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export { renderHtml, escapeHtml } from './html.js';
export { renderJson } from './json.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
export { renderText } from './text.js';

export const FORMATS = ['md', 'json', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export function render(brief: Brief, format: OutputFormat): string {
  if (format === 'json') return renderJson(brief);
  if (format === 'html') return renderHtml(brief);
  return renderMarkdown(brief);
}
