/**
 * The regular expressions of the source: every literal under some folders (read with the TypeScript parser) and the
 * patterns the rule tables compile to at run time. Read by the ReDoS test (test/hostile/redos.test.ts) and the
 * pattern audit (bench/regex-audit.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { tablePatterns } from '../../src/clean/tables.js';
import { endingInGroups } from '../../src/core/regexp.js';
import { everyLanguageNouns, ownNouns } from '../../src/compare/noun-endings.js';
import { registeredLanguages } from '../../src/lang/index.js';

/** One pattern and where it is written (`file:line`, or which table compiled it). */
export interface FoundPattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every regular-expression literal in the source files under `root/dir`. */
export function regexLiterals(root: string, dir: string): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const file of tsFiles(join(root, dir))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({
          where: `${file.slice(root.length)}:${String(line)}`,
          source: text.slice(1, slash),
          flags: text.slice(slash + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The patterns the rule tables compile to: cleaning tables, noun endings, the subject rule's endings. */
export function compiledTablePatterns(): FoundPattern[] {
  return [
    ...tablePatterns(registeredLanguages()).map((re) => ({
      where: 'clean tables (compiled)',
      source: re.source,
      flags: re.flags,
    })),
    ...[everyLanguageNouns(), ...registeredLanguages().map(ownNouns)]
      .flatMap((patterns) => Object.values(patterns) as RegExp[])
      .map((re) => ({ where: 'noun endings (compiled)', source: re.source, flags: re.flags })),
    ...registeredLanguages().map((language) => {
      const re = endingInGroups(language.compare.entities.notNameEndings ?? []);
      return { where: 'subject rule endings (compiled)', source: re.source, flags: re.flags };
    }),
  ];
}

/** One entry per distinct pattern (source and flags), the first place it is written. */
export function distinctPatterns(found: readonly FoundPattern[]): FoundPattern[] {
  return [...new Map(found.map((f) => [`/${f.source}/${f.flags}`, f])).values()];
}
