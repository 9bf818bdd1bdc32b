import { perLine } from './types.js';

/** "Bild nicht mehr verfügbar." — a line standing in for an image that is gone. */
export const imagePlaceholder = perLine('image-placeholder', (line, { tables }) =>
  tables.imagePlaceholders.has(line.key) ? { reason: 'image-placeholder' } : undefined,
);
