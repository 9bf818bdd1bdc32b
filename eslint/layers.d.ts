import type { ESLint } from 'eslint';

/** What each layer of `src/` may import besides itself. */
export declare const LAYERS: Readonly<Record<string, readonly string[]>>;
declare const plugin: ESLint.Plugin;
export default plugin;
