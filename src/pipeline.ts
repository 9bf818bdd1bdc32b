/** The brief path under its old name: the story stage lives in `src/brief/`; this re-exports it. */
export {
  briefFromArticles,
  briefFromDocuments,
  prepareArticles,
  storyLanguage,
  type BriefOptions,
} from './brief/index.js';
