import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import layers, { LAYERS } from '../../eslint/layers.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Lints `code` as if it stood at `file` (a path under the repository) with only the two layer rules on. */
function lint(file: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser as Linter.Parser },
        plugins: { lagebild: layers },
        rules: { 'lagebild/layers': 'error', 'lagebild/no-circle': 'error' },
      },
    ],
    join(ROOT, file),
  );
  return messages.map((m) => m.message);
}

describe('the layer rule (eslint/layers.js)', () => {
  it('refuses an import that runs up a layer, naming both layers', () => {
    const messages = lint('src/lang/extra.ts', "import { render } from '../render/index.js';\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^lang may not import render/u);
  });

  it('refuses a stage importing a shell, also through a dynamic import', () => {
    expect(lint('src/analyse/extra.ts', "await import('../store/index.js');\n")).toEqual([
      expect.stringMatching(/^analyse may not import store/u),
    ]);
  });

  it('lets a layer import itself and the layers below it', () => {
    expect(
      lint(
        'src/cli/extra.ts',
        "import { EXIT } from './io.js';\nimport type { Span } from '../core/types.js';\n",
      ),
    ).toEqual([]);
    expect(lint('src/analyse/extra.ts', "import type { Span } from '../core/types.js';\n")).toEqual([]);
  });

  it('leaves package imports and files outside src alone', () => {
    expect(lint('src/core/extra.ts', "import { z } from 'zod';\n")).toEqual([]);
    expect(lint('bench/extra.ts', "import { execute } from '../src/cli/main.js';\n")).toEqual([]);
  });

  it('has a table in which no layer allows one that allows it back (no circle between layers)', () => {
    const table = LAYERS as Readonly<Record<string, readonly string[]>>;
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      (table[from] ?? []).some(
        (next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))),
      );
    for (const layer of Object.keys(table)) expect(reaches(layer, layer), layer).toBe(false);
    expect(table.core).toEqual([]);
    expect(table.lang).toEqual(['core']);
  });

  it('finds a circle between two files and names its path', () => {
    const dir = `src/layers-test-${process.pid}`;
    mkdirSync(join(ROOT, dir), { recursive: true });
    try {
      writeFileSync(join(ROOT, dir, 'a.ts'), "import { b } from './b.js';\nexport const a = b;\n");
      writeFileSync(
        join(ROOT, dir, 'b.ts'),
        "import type { a } from './a.js';\nexport const b = 1 as unknown as typeof a;\n",
      );
      expect(lint(`${dir}/a.ts`, "import { b } from './b.js';\n")).toEqual([
        `import circle: ${dir}/a.ts → ${dir}/b.ts → ${dir}/a.ts`,
      ]);
      writeFileSync(join(ROOT, dir, 'b.ts'), 'export const b = 1;\n');
      expect(lint(`${dir}/a.ts`, "import { b } from './b.js';\n")).toEqual([]);
    } finally {
      rmSync(join(ROOT, dir), { recursive: true, force: true });
    }
  });
});
