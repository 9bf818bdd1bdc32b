/**
 * The layering of `src/` as a lint rule (see docs/design.md, "Layers"). Every file of `src/` belongs to a layer
 * (its first folder, or the file's own name at the top); a relative import may only go to the same layer or to one
 * this table allows. A second rule finds import circles between files, whatever their layers.
 *
 * The table is the design: to change the structure, change it here and in docs/design.md together.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stages (and the pipeline that chains them), in the order they run. */
const STAGES = [
  'ingest',
  'clean',
  'analyse',
  'cluster',
  'summarise',
  'compare',
  'brief',
  'pipeline',
  'render',
];

/** What each layer may import besides itself. Bottom first. */
export const LAYERS = {
  // Shared types and the language tables: no stage, no shell.
  core: [],
  lang: ['core'],
  // Per-article stages, in pipeline order.
  ingest: ['core', 'lang'],
  clean: ['core', 'lang'],
  analyse: ['core', 'lang'],
  // The clusterer: analysed article in, assignment out.
  cluster: ['core', 'lang', 'analyse'],
  // The parts of the story stage, then the story stage that assembles a brief from them, then its renderings.
  summarise: ['core', 'lang', 'analyse'],
  compare: ['core', 'lang', 'analyse', 'summarise'],
  brief: ['core', 'lang', 'clean', 'analyse', 'summarise', 'compare'],
  pipeline: ['core', 'lang', 'clean', 'analyse', 'summarise', 'compare', 'brief'],
  render: ['core', 'lang', 'summarise', 'compare', 'brief'],
  // Shells: they import stages, never the other way round. The store keeps, it runs no stage.
  store: ['core', 'lang'],
  flows: ['core', 'lang', ...STAGES, 'store'],
  // Measurements on data sets, through the flows; their command-line face is in src/cli.
  eval: ['core', 'lang', ...STAGES, 'flows'],
  server: ['core', 'lang', ...STAGES, 'store', 'flows'],
  // The feed watcher (issue 16): fetches feeds and pages politely, stores them through the ingest flow.
  watch: ['core', 'lang', 'ingest', 'store', 'flows'],
  // The command line and the library's entry point sit on top.
  cli: ['core', 'lang', ...STAGES, 'store', 'flows', 'server', 'eval', 'watch'],
  index: ['core', 'lang', ...STAGES, 'store', 'flows', 'server', 'eval', 'watch', 'cli'],
};

/** Layers whose types (only `import type`) a shell may name although it may not run their code. */
const TYPE_ONLY = { store: ['brief', 'compare', 'cluster'] };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

function layerOf(file) {
  const rel = relative(SRC, file);
  if (rel.startsWith('..') || rel === '') return undefined;
  const [first] = rel.split(sep);
  return first.replace(/\.ts$/u, '');
}

/** `./x.js` → the `.ts` file it names, if it is one of ours. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(from), specifier);
  for (const candidate of [
    target.replace(/\.js$/u, '.ts'),
    target.replace(/\.js$/u, '.tsx'),
    `${target}.ts`,
    join(target, 'index.ts'),
  ]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s(?:type\s)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gu;
const importCache = new Map();

/** The files of ours a file imports (static and dynamic), read as text. */
function importsOf(file) {
  let mtime = '';
  let text = '';
  try {
    const stat = statSync(file);
    mtime = `${stat.mtimeMs}:${stat.size}`;
    const hit = importCache.get(file);
    if (hit && hit.mtime === mtime) return hit.targets;
    text = readFileSync(file, 'utf8');
  } catch {
    // gone: no imports
  }
  const targets = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = resolveImport(file, m[1] ?? m[2]);
    if (target) targets.push(target);
  }
  importCache.set(file, { mtime, targets });
  return targets;
}

/** A circle through `start` (the files in order, back to `start`), or undefined. */
function circleThrough(start) {
  const seen = new Set();
  const path = [];
  const visit = (file) => {
    for (const next of importsOf(file)) {
      if (next === start) return [...path, file, start];
      if (seen.has(next)) continue;
      seen.add(next);
      path.push(file);
      const found = visit(next);
      path.pop();
      if (found) return found;
    }
    return undefined;
  };
  return visit(start);
}

const layers = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      up: '{{from}} may not import {{to}} ({{spec}}): layers only import downwards (eslint/layers.js)',
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (from === undefined) return {};
    const check = (node, spec, typeOnly) => {
      const target = resolveImport(file, spec);
      if (!target) return;
      const to = layerOf(target);
      if (to === undefined || to === from) return;
      if ((LAYERS[from] ?? []).includes(to)) return;
      if (typeOnly && (TYPE_ONLY[from] ?? []).includes(to)) return;
      context.report({ node, messageId: 'up', data: { from, to, spec } });
    };
    return {
      ImportDeclaration(node) {
        check(node, node.source.value, node.importKind === 'type');
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal' && typeof node.source.value === 'string')
          check(node, node.source.value, false);
      },
    };
  },
};

const noCircle = {
  meta: { type: 'problem', schema: [], messages: { circle: 'import circle: {{path}}' } },
  create(context) {
    const file = context.filename;
    if (layerOf(file) === undefined) return {};
    return {
      Program(node) {
        const circle = circleThrough(file);
        if (circle)
          context.report({
            node,
            messageId: 'circle',
            data: { path: circle.map((f) => relative(ROOT, f)).join(' → ') },
          });
      },
    };
  },
};

export default { rules: { layers, 'no-circle': noCircle } };
