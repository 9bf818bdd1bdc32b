/** What every view of a brief is given: the brief, the labels of its language and the page's words. */
import type { Brief } from '../../src/brief/types.js';
import type { Labels } from '../../src/render/labels.js';
import type { Words } from './words.js';

export interface BriefViewProps {
  readonly brief: Brief;
  readonly labels: Labels;
  readonly words: Words;
}
