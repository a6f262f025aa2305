import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/rules/index';
import { classifyPageBlock } from './classify-block';
import { parseTextBatch } from './validate';

/** Roundcube's German toasts (test/fixtures/webmail/roundcube-localized/toasts.jsonl). */
const CONNECT_DE = 'SMTP Fehler (-1): Die Verbindung ist fehlgeschlagen.';
const AUTH_DE = 'SMTP Fehler (535): Die Authentisierung ist fehlgeschlagen.';

describe('a block of page text in the page’s language', () => {
  it('is read in English first on a page the catalog knows', () => {
    expect(classifyPageBlock(CONNECT_DE, 0, undefined, classify)).toBeNull();
    const found = classifyPageBlock(CONNECT_DE, 0, 'de', classify);
    expect(found?.category).toBe('port-blocked');
    // The evidence's place is one in the page's own text.
    expect(found?.at).toBe(0);
  });

  it('finds the error in the block, after a localized line of context', () => {
    const context = 'Versenden der Nachricht fehlgeschlagen.\n';
    const text = `${context}${AUTH_DE}`;
    const found = classifyPageBlock(text, context.length, 'de', classify);
    expect(found?.category).toBe('auth-failed');
    expect(found?.at).toBe(context.length);
  });

  it('asks whether the rule table may read the English, longer than the page text', () => {
    const text = 'Сеть недоступна';
    const asked: string[] = [];
    const refused = classifyPageBlock(text, 0, 'ru', classify, (english) => {
      asked.push(english);
      return false;
    });
    expect(refused).toBeNull();
    expect(asked).toEqual(['Network is unreachable']);
    expect(asked[0]!.length).toBeGreaterThan(text.length);
  });

  it('places the evidence in the block, never in its line of context before it', () => {
    // The English reading joins the two lines into one message; mapped back, its start is
    // the context's: the marker still goes to the block.
    const text = 'SMTP Fehler (535):\nDie Authentisierung ist fehlgeschlagen.';
    const focus = text.indexOf('Die');
    const found = classifyPageBlock(text, focus, 'de', classify);
    expect(found?.category).toBe('auth-failed');
    expect(found?.at).toBeGreaterThanOrEqual(focus);
  });

  it('reads an English block on a localized page as on an English one', () => {
    const text = 'Hinweis: SMTP Error (535): Authentication failed.';
    expect(classifyPageBlock(text, 0, 'de', classify)).toEqual(
      classifyPageBlock(text, 0, undefined, classify),
    );
  });
});

describe('the language a batch names', () => {
  const batch = { texts: ['x'], focus: [0], frameUrl: 'https://webmail.example.org/' };

  it('is kept when the catalog knows it, dropped otherwise', () => {
    expect(parseTextBatch({ ...batch, language: 'pt-BR' })?.language).toBe('pt-BR');
    for (const language of ['en', 'pt', 'DE', 7, { toString: () => 'de' }]) {
      expect(parseTextBatch({ ...batch, language })).toEqual(batch);
    }
  });
});
