/** Lines of a byte stream as they arrive: the reader lives in the ingest stage (src/ingest/lines.ts). */
export {
  isJsonObjectLine,
  readAll,
  readLines,
  sniffJsonLines,
  type Chunk,
  type StreamLineRead,
} from '../ingest/lines.js';
