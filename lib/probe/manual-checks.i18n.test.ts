import { beforeAll, describe, expect, it } from 'vitest';
import type { Translator } from '../i18n';
import { otherTranslators, translationProblems } from '../../test/support/translations';
import { manualChecks } from './manual-checks';

let translators: Translator[] = [];
beforeAll(async () => {
  translators = await otherTranslators();
});

const CONTEXTS: Array<[string, number]> = [
  ['smtp.example.com', 25],
  ['smtp.example.com', 465],
  ['smtp.example.com', 587],
  ['[2001:db8::25]', 2525],
];

describe('manual checks in every language', () => {
  it('keep every command as it is and translate what it answers and how to read it', () => {
    const problems: string[] = [];
    for (const translator of translators) {
      for (const [host, port] of CONTEXTS) {
        const en = manualChecks(host, port);
        const tr = manualChecks(host, port, undefined, translator);
        expect(tr.map((c) => [c.id, c.platform, c.tool, c.command])).toEqual(
          en.map((c) => [c.id, c.platform, c.tool, c.command]),
        );
        en.forEach((check, i) => {
          const local = tr[i]!;
          const where = `${translator.locale} ${check.platform} ${check.id} ${port}`;
          problems.push(...translationProblems(local.purpose, check.purpose, `${where} purpose`));
          expect(local.read.length, where).toBe(check.read.length);
          check.read.forEach((hint, j) => {
            const reading = local.read[j]!;
            problems.push(...translationProblems(reading.meaning, hint.meaning, `${where} meaning`));
            // What a tool prints stays as it prints it; a description of the output is translated.
            if (reading.output !== hint.output)
              problems.push(...translationProblems(reading.output, hint.output, `${where} output`));
          });
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('translate the descriptions of output, not what the tools print', () => {
    for (const translator of translators) {
      const [, openssl] = manualChecks('smtp.example.com', 465, 'macos', translator);
      const outputs = openssl!.read.map((r) => r.output);
      expect(outputs).toContain('wrong version number');
      expect(outputs).toContain('Verify return code: 0 (ok)');
      expect(outputs).not.toContain('220 … ESMTP after the certificate');
      expect(outputs.some((o) => o.startsWith('220 … ESMTP'))).toBe(true);
    }
  });
});
