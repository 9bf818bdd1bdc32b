/** The ingest stage: files, folders and stdin → `SourceDocument`s and per-input errors. */
export {
  BINARY_ERROR,
  EMPTY_ERROR,
  decodeBytes,
  encodingName,
  isDecodeFailure,
  type DecodeFailure,
  type DecodeHint,
  type DecodeResult,
  type Decoded,
} from './decode.js';
export { normaliseDate } from './dates.js';
export { parseText, parseHeaderLine, type ParsedContent, type TextOptions } from './text.js';
