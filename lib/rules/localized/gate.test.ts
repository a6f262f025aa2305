import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANCHORS } from './anchors';
import { CATALOG } from './catalog';
import { mayContainSendError } from '../prefilter';
import { ANCHOR_LENGTH, mayContainLocalizedError, mayContainLocalizedErrorInSubtree } from './gate';
import { fillTemplate, parseTemplate } from './template';

const PAGES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'pages');

describe('the content script gate for localized errors', () => {
  it('looks for short windows of the translations, none of them English', () => {
    expect(ANCHORS.length).toBeGreaterThan(30);
    for (const a of ANCHORS) expect(a.length).toBeLessThanOrEqual(ANCHOR_LENGTH);
    expect(ANCHORS).not.toContain('starttls');
    expect(ANCHORS.some((a) => a.startsWith(', port'))).toBe(false);
  });

  it('mirrors the prefilter: a translation gets through wherever its English does', () => {
    let checked = 0;
    for (const e of CATALOG) {
      const from = parseTemplate(e.msgstr, e.source);
      const to = parseTemplate(e.msgid, e.source);
      const values = new Map(
        [...from, ...to].flatMap((p) =>
          'slot' in p ? [[p.slot, p.kind === 'text' ? 'x' : '0'] as const] : [],
        ),
      );
      if (!mayContainSendError(fillTemplate(to, values))) continue;
      checked++;
      const text = fillTemplate(from, values);
      const through = mayContainSendError(text) || mayContainLocalizedError(text);
      expect(through, `${e.lang} ${e.source} ${text}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('lets a Roundcube toast through that the English prefilter misses', () => {
    expect(mayContainLocalizedError('Versenden der Nachricht fehlgeschlagen.')).toBe(true);
    expect(mayContainLocalizedError('Не удалось отправить сообщение.')).toBe(true);
  });

  it('keeps English pages out', () => {
    let pages = 0;
    for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(join(PAGES, file), 'utf8');
      // The pages in another language (a German Roundcube) are the e2e tests' localized ones.
      if (/<html lang="(?!en)/.test(text)) continue;
      pages++;
      expect(mayContainLocalizedError(text), file).toBe(false);
    }
    expect(pages).toBeGreaterThan(10);
  });

  it('keeps everyday text in the five languages out', () => {
    for (const text of [
      'Die Verbindung zwischen Berlin und Hamburg wird ab Montag erneuert.',
      "La connexion au réseau Wi-Fi de l'hôtel est gratuite pour les clients.",
      'El tiempo de espera en la consulta fue de diez minutos.',
      'A conexão com a internet da escola foi melhorada este ano.',
      'Соединение поездов происходит на станции Москва-Пассажирская.',
    ]) {
      expect(mayContainLocalizedError(text), text).toBe(false);
    }
  });

  it('lets joined blocks through wherever one of them gets through alone', () => {
    // textContent runs blocks together: "Entwürfe" + "Verbindung …" reads "EntwürfeVerbindung …".
    let checked = 0;
    for (const e of CATALOG) {
      const values = new Map(
        parseTemplate(e.msgstr, e.source).flatMap((p) =>
          'slot' in p ? [[p.slot, p.kind === 'text' ? 'x' : '0'] as const] : [],
        ),
      );
      const block = fillTemplate(parseTemplate(e.msgstr, e.source), values);
      if (!mayContainLocalizedError(block)) continue;
      checked++;
      for (const before of ['', 'Entwürfe', 'Brouillons', 'Черновики', '42', 'x.']) {
        const joined = `${before}${block}Posteingang`;
        expect(mayContainLocalizedErrorInSubtree(joined), `${e.lang} ${joined}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(mayContainLocalizedError('EntwürfeVersenden der Nachricht fehlgeschlagen.')).toBe(true);
    expect(mayContainLocalizedError('PosteingangAuthentifizierung fehlgeschlagen')).toBe(false);
    expect(mayContainLocalizedErrorInSubtree('PosteingangAuthentifizierung fehlgeschlagen')).toBe(true);
  });

  it('keeps everyday text in the five languages out of the subtree gate too', () => {
    for (const text of [
      'Die Verbindung zwischen Berlin und Hamburg wird ab Montag erneuert.',
      "La connexion au réseau Wi-Fi de l'hôtel est gratuite pour les clients.",
      'El tiempo de espera en la consulta fue de diez minutos.',
      'A conexão com a internet da escola foi melhorada este ano.',
      'Соединение поездов происходит на станции Москва-Пассажирская.',
    ]) {
      expect(mayContainLocalizedErrorInSubtree(text), text).toBe(false);
    }
  });
});
