import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression of the classifier runs in linear time: recheck
 * (native backend) must call each one 'safe'. The patterns are read from the
 * source files themselves — rule patterns, context hooks inside refine(),
 * decoders, the prefilter and the engine — so none can be forgotten.
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

const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const patterns = files.flatMap((file) => regexLiterals(file).map((p) => ({ file, ...p })));

describe('ReDoS: every pattern in lib/rules is linear', () => {
  it('finds the patterns', () => {
    expect(patterns.length).toBeGreaterThan(100);
  });

  it.each(patterns.map((p) => [`${p.file}:${p.line}`, p] as const))(
    '%s is safe',
    (_where, p) => {
      // recheck has no sticky/global semantics to check; the flags that change matching stay.
      const flags = p.flags.replace(/[gy]/g, '');
      const result = checkSync(p.source, flags, { timeout: 20_000 });
      expect(result.status, `/${p.source.slice(0, 120)}/${p.flags}`).toBe('safe');
    },
    30_000,
  );
});
