import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { explainVerdict, linearVerdict, topLevelAlternatives } from '../../test/support/redos-gate';

/**
 * Every regular expression of the classifier runs in linear time. The gate is
 * recheck's automaton checker on each top-level alternative (test/support/redos-gate.ts):
 * exact, so it answers the same on a quiet or a loaded machine, and a pattern it cannot
 * decide fails. The patterns are read from the source files themselves — rule patterns,
 * context hooks inside refine(), decoders, the prefilter and the engine — so none can
 * be forgotten. Beside it, eslint-plugin-regexp's super-linear rules lint lib/rules.
 */
const DIR = import.meta.dirname;

function regexLiterals(file: string): { source: string; flags: string; line: number }[] {
  const text = readFileSync(join(DIR, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { source: string; flags: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf('/');
      out.push({
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
        line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const isSource = (f: string) => f.endsWith('.ts') && !f.endsWith('.test.ts');
const files = [
  ...readdirSync(DIR).filter(isSource),
  // The bounce reader and the localized reader run on the same pasted or page text: their
  // patterns pass the same gate.
  ...['../bounce', 'localized'].flatMap((sub) =>
    readdirSync(join(DIR, sub))
      .filter(isSource)
      .map((f) => `${sub}/${f}`),
  ),
];
const patterns = files.flatMap((file) => regexLiterals(file).map((p) => ({ file, ...p })));

describe('the ReDoS gate itself', () => {
  it('splits a pattern at its top-level bars only', () => {
    expect(topLevelAlternatives(String.raw`a|(b|c)|[|\]]|\|d|`)).toEqual([
      'a',
      '(b|c)',
      String.raw`[|\]]`,
      String.raw`\|d`,
      '',
    ]);
    expect(topLevelAlternatives('abc')).toEqual(['abc']);
  });

  it('calls exponential, polynomial and quadratic-move patterns vulnerable, in any alternative', () => {
    expect(linearVerdict('^(a|a)*$', '')).toMatchObject({ status: 'vulnerable', complexity: 'exponential' });
    expect(linearVerdict(String.raw`smtp|\s*foo\s*bar`, 'i')).toMatchObject({
      status: 'vulnerable',
      piece: String.raw`\s*foo\s*bar`,
    });
    // Unanchored: the search restarts at every position, so [a-z]+ rescans the run.
    expect(linearVerdict('mail|[a-z]+@', '')).toMatchObject({ status: 'vulnerable', piece: '[a-z]+@' });
  });

  it('never passes what the automaton checker cannot decide', () => {
    expect(linearVerdict('ok|a(?=b)c*', '')).toMatchObject({ status: 'undecided', piece: 'a(?=b)c*' });
    // A backreference keeps the pattern whole (splitting would renumber it).
    expect(linearVerdict(String.raw`x|(a+)\1b`, '')).toMatchObject({
      status: 'undecided',
      piece: String.raw`x|(a+)\1b`,
    });
  });

  it('calls linear patterns safe', () => {
    expect(linearVerdict(String.raw`\bsmtp\b|auth(?:entication)? failed|\b5\.7\.\d{1,3}\b`, 'i')).toEqual({
      status: 'safe',
    });
  });

  it("lints lib/rules with eslint-plugin-regexp's super-linear backtracking and move rules", async () => {
    const eslint = new ESLint({ cwd: join(DIR, '../..') });
    const [result] = await eslint.lintText(
      'export const MOVE = /[a-z]+@/;\nexport const NESTED = /^(?:\\w+\\s?)+$/;\n',
      { filePath: join(DIR, 'redos-lint-probe.ts') },
    );
    const rules = result!.messages.map((m) => m.ruleId);
    expect(rules).toContain('regexp/no-super-linear-move');
    expect(rules).toContain('regexp/no-super-linear-backtracking');
  }, 60_000);
});

describe('ReDoS: every pattern in lib/rules is linear', () => {
  it('finds the patterns', () => {
    expect(patterns.length).toBeGreaterThan(100);
  });

  it.each(patterns.map((p) => [`${p.file}:${p.line}`, p] as const))(
    '%s is linear',
    (_where, p) => {
      const verdict = linearVerdict(p.source, p.flags);
      expect(verdict.status, explainVerdict(verdict, p.source, p.flags)).toBe('safe');
    },
    60_000,
  );
});
