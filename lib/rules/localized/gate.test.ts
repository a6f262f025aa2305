import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANCHORS } from './anchors';
import { CATALOG } from './catalog';
import { mayContainSendError } from '../prefilter';
import {
  ANCHOR_LENGTH,
  MAX_SUBTREE_CHARS,
  mayContainLocalizedError,
  mayContainLocalizedErrorInSubtree,
} from './gate';
import { fillTemplate, parseTemplate } from './template';
import { CATALOG_LANGUAGES, type CatalogLanguage } from './types';

/** Everyday text in each language, each sentence with its language: none is a send error. */
const EVERYDAY: readonly (readonly [CatalogLanguage, string])[] = [
  ['de', 'Die Verbindung zwischen Berlin und Hamburg wird ab Montag erneuert.'],
  ['fr', "La connexion au réseau Wi-Fi de l'hôtel est gratuite pour les clients."],
  ['es', 'El tiempo de espera en la consulta fue de diez minutos.'],
  ['pt-BR', 'A conexão com a internet da escola foi melhorada este ano.'],
  ['ru', 'Соединение поездов происходит на станции Москва-Пассажирская.'],
  // Everyday words that a short window of an error message would have matched.
  ['de', 'Ihr Urlaubsantrag wurde abgelehnt.'],
  ['de', 'Die Wartezeit beträgt zehn Minuten.'],
  ['de', 'Der Dienst ist heute geschlossen.'],
  ['de', 'Zwei-Faktor-Authentifizierung aktivieren'],
  ['de', 'Das Zertifikat der Weiterbildung liegt im Sekretariat.'],
  ['de', 'Die Nachricht wurde gestern verschickt.'],
  ['de', 'Bei der Namensgebung hatten die Eltern viel Spaß.'],
  ['de', 'Die Verbindung wird am Montag wiederhergestellt.'],
  ['fr', "L'authentification à deux facteurs est activée."],
  ['fr', 'Le certificat de scolarité est disponible au secrétariat.'],
  ['fr', 'La connexion reprendra demain matin.'],
  ['fr', 'Le magasin a été fermée pour travaux.'],
  ['fr', "Merci d'envoyer le dossier avant vendredi."],
  ['fr', 'Il est difficile de se connecter avec ses voisins.'],
  ['es', 'El certificado de estudios está listo.'],
  ['es', 'Voy a conectar a mi hermano con tu empresa.'],
  ['es', 'Recuerda enviar el mensaje de cumpleaños a la abuela.'],
  ['es', 'Expiró el tiempo para presentar la solicitud.'],
  ['es', 'La conexión rehabilitada une los dos barrios.'],
  ['pt-BR', 'Não foi possível conectar a impressora.'],
  ['pt-BR', 'A conexão foi ótima durante a viagem.'],
  ['pt-BR', 'O envio da mensagem de boas-vindas é automático.'],
  ['pt-BR', 'Houve uma falha temporária na entrega das cartas.'],
  ['pt-BR', 'O tempo esgotado para a prova foi de duas horas.'],
  ['ru', 'Ошибка аутентичности документа не подтвердилась.'],
  ['ru', 'Нет маршрута автобуса в выходные дни.'],
  ['ru', 'Мне удалось отправить посылку вчера.'],
  ['ru', 'Время ожидания в очереди составило час.'],
  ['ru', 'Соединение с родственниками помогло ему.'],
];

const PAGES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'pages');

describe('the content script gate for localized errors', () => {
  it('looks for short windows of the translations, none of them English', () => {
    const all = Object.values(ANCHORS).flat();
    expect(all.length).toBeGreaterThan(30);
    for (const a of all) expect(a.length).toBeLessThanOrEqual(ANCHOR_LENGTH);
    expect(all).not.toContain('starttls');
    expect(all.some((a) => a.startsWith(', port'))).toBe(false);
  });

  it("looks for the page's own language's windows only", () => {
    const toasts: Record<CatalogLanguage, string> = {
      de: 'Versenden der Nachricht fehlgeschlagen.',
      fr: 'Échec d’envoi du courriel.',
      es: 'Error al enviar mensaje.',
      'pt-BR': 'Falha no envio da mensagem.',
      ru: 'Не удалось отправить сообщение.',
    };
    for (const page of CATALOG_LANGUAGES) {
      for (const [lang, toast] of Object.entries(toasts)) {
        expect(mayContainLocalizedError(toast, page), `${lang} toast on a ${page} page`).toBe(lang === page);
      }
    }
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
      const through = mayContainSendError(text) || mayContainLocalizedError(text, e.lang);
      expect(through, `${e.lang} ${e.source} ${text}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('lets a Roundcube toast through that the English prefilter misses', () => {
    expect(mayContainLocalizedError('Versenden der Nachricht fehlgeschlagen.', 'de')).toBe(true);
    expect(mayContainLocalizedError('Не удалось отправить сообщение.', 'ru')).toBe(true);
  });

  it('keeps English pages out', () => {
    let pages = 0;
    for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(join(PAGES, file), 'utf8');
      // The pages in another language (a German Roundcube) are the e2e tests' localized ones.
      if (/<html lang="(?!en)/.test(text)) continue;
      pages++;
      for (const page of CATALOG_LANGUAGES) expect(mayContainLocalizedError(text, page), file).toBe(false);
    }
    expect(pages).toBeGreaterThan(10);
  });

  it('keeps everyday text in the five languages out', () => {
    for (const [lang, text] of EVERYDAY) expect(mayContainLocalizedError(text, lang), text).toBe(false);
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
      if (!mayContainLocalizedError(block, e.lang)) continue;
      checked++;
      for (const before of ['', 'Entwürfe', 'Brouillons', 'Черновики', '42', 'x.']) {
        const joined = `${before}${block}Posteingang`;
        expect(mayContainLocalizedErrorInSubtree(joined, e.lang), `${e.lang} ${joined}`).toBe(true);
      }
    }
    // Each translation the gate must let through (see the test above), in many shapes.
    expect(checked).toBeGreaterThan(50);
    expect(mayContainLocalizedError('EntwürfeVersenden der Nachricht fehlgeschlagen.', 'de')).toBe(true);
    expect(mayContainLocalizedError('PosteingangAuthentifizierung fehlgeschlagen', 'de')).toBe(false);
    expect(mayContainLocalizedErrorInSubtree('PosteingangAuthentifizierung fehlgeschlagen', 'de')).toBe(true);
  });

  it('keeps everyday text in the five languages out of the subtree gate too', () => {
    for (const [lang, text] of EVERYDAY)
      expect(mayContainLocalizedErrorInSubtree(text, lang), text).toBe(false);
  });

  it('reads no more than a bounded text in one call: a longer one passes unread, to be looked into', () => {
    const everyday = EVERYDAY.filter(([lang]) => lang === 'de')
      .map(([, text]) => text)
      .join(' ');
    const page = (length: number) => everyday.repeat(Math.ceil(length / everyday.length)).slice(0, length);
    expect(mayContainLocalizedErrorInSubtree(page(MAX_SUBTREE_CHARS), 'de')).toBe(false);
    expect(mayContainLocalizedErrorInSubtree(page(MAX_SUBTREE_CHARS + 1), 'de')).toBe(true);
    expect(mayContainLocalizedErrorInSubtree(page(1_000_000), 'de')).toBe(true);
  });
});
