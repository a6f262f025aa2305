import { describe, expect, it } from 'vitest';
import { classify } from '../engine';
import { CATALOG } from './catalog';
import { fillTemplate, parseTemplate, type Part } from './template';
import { originalOffset, SCAN_STEPS_PER_CHAR, toEnglish, translateBack } from './translate-back';

/** glibc's ETIMEDOUT text in each language, as its libc.mo has it. */
const TIMED_OUT: Record<string, string> = {
  de: 'Die Wartezeit für die Verbindung ist abgelaufen',
  fr: "Connexion terminée par expiration du délai d'attente",
  es: 'Expiró el tiempo de conexión',
  'pt-BR': 'Tempo esgotado para conexão',
  ru: 'Время ожидания соединения истекло',
};

function glibc(lang: string, msgid: string): string {
  const entry = CATALOG.find((e) => e.lang === lang && e.source === 'glibc' && e.msgid === msgid);
  if (!entry) throw new Error(`no ${lang} ${msgid}`);
  return entry.msgstr;
}

describe('the catalog holds the texts the software prints', () => {
  it.each(Object.entries(TIMED_OUT))('%s: ETIMEDOUT reads as in libc.mo', (lang, text) => {
    expect(glibc(lang, 'Connection timed out')).toBe(text);
  });

  it('records where each string comes from', () => {
    for (const e of CATALOG)
      expect(e.origin).toMatch(/^(?:libc-l10n|msmtp|mutt|roundcube-core) \S+ \/usr\/share\//);
  });
});

describe('a port blocked the way an ISP blocks it, in each language', () => {
  // The lines as the clients print them, with the localized strerror text filled in.
  const lines = (lang: string, timedOut: string): string[] => [
    `SMTP ERROR: Failed to connect to server: ${timedOut} (110)`,
    `2024-05-02 10:00:01 SMTP ERROR: Failed to connect to server: ${timedOut} (110)\nSMTP Error: Could not connect to SMTP host.`,
    `[02-May-2024 10:00:01 +0200]: <a1b2c3d4> SMTP Error: Connection failed: Failed to connect socket: ${timedOut} (POST /?_task=mail&_action=send)`,
    `curl: (28) Failed to connect to smtp.example.com port 25 after 130000 ms: ${timedOut}`,
    ...(lang === 'de'
      ? [`msmtp: Verbindung zu smtp.example.com, Port 25 kann nicht hergestellt werden: ${timedOut}`]
      : []),
  ];

  for (const [lang, timedOut] of Object.entries(TIMED_OUT)) {
    it(`${lang}: the timeout reads as port-blocked once turned back into English`, () => {
      for (const line of lines(lang, timedOut)) {
        expect(classify(toEnglish(line)).category, line).toBe('port-blocked');
      }
    });

    it(`${lang}: ENETUNREACH on the submission port reads as port-blocked too`, () => {
      const line = `SMTP ERROR: Failed to connect to server: ${glibc(lang, 'Network is unreachable')} (101)`;
      expect(classify(toEnglish(line)).category).toBe('port-blocked');
    });
  }

  it('is needed: without the translation the German timeout is not called port-blocked', () => {
    const line = `curl: (28) Failed to connect to smtp.example.com port 25 after 130000 ms: ${TIMED_OUT.de}`;
    expect(classify(line).category).not.toBe('port-blocked');
    expect(classify(toEnglish(line)).category).toBe('port-blocked');
  });

  it("reads msmtp's own translated template and the strerror text inside it", () => {
    const got = translateBack(
      'msmtp: Verbindung zu smtp.example.com, Port 587 kann nicht hergestellt werden: Die Wartezeit für die Verbindung ist abgelaufen',
    );
    expect(got.text).toBe('msmtp: cannot connect to smtp.example.com, port 587: Connection timed out');
    expect(got.languages).toEqual(['de']);
    expect(got.replaced).toBe(2);
  });

  it("reads a localized strerror text inside mutt's translated template", () => {
    expect(
      toEnglish(
        'Es kann keine Verbindung zu smtp.example.com aufgebaut werden (Die Wartezeit für die Verbindung ist abgelaufen).',
      ),
    ).toBe('Could not connect to smtp.example.com (Connection timed out).');
  });
});

/** Values for a template's slots: a host for text, a port for numbers, a reply code. */
function sampleValues(parts: readonly Part[], values = new Map<string, string>()): Map<string, string> {
  for (const p of parts) {
    if (!('slot' in p) || values.has(p.slot)) continue;
    values.set(p.slot, p.kind === 'text' ? `mail${p.slot}.example.org` : p.kind === 'code' ? '535' : '587');
  }
  return values;
}

describe('Roundcube: a localized send error classifies as the English one does', () => {
  const roundcube = CATALOG.filter((e) => e.source === 'roundcube');
  const filled = (template: string, values: Map<string, string>) =>
    fillTemplate(parseTemplate(template, 'roundcube'), values);
  const cases: [string, Map<string, string>][] = [
    ['smtpconnerror', new Map([['code', '-1']])],
    ['smtpautherror', new Map([['code', '535']])],
    [
      'smtptoerror',
      new Map([
        ['code', '550'],
        ['to', 'nobody@example.org'],
        [
          'msg',
          '5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
        ],
      ]),
    ],
    [
      'smtpfromerror',
      new Map([
        ['code', '553'],
        ['from', 'me@example.org'],
        ['msg', '5.7.1 <me@example.org>: Sender address rejected: not owned by user me@example.net'],
      ]),
    ],
    ['smtpsizeerror', new Map([['limit', '25 MB']])],
  ];

  for (const [key, values] of cases) {
    it(`${key} in each language`, () => {
      const english = roundcube.find((e) => e.origin.endsWith(`(${key})`))!.msgid;
      const expected = classify(filled(english, values));
      expect(expected.match).toBe(true);
      const localized = roundcube.filter((e) => e.origin.endsWith(`(${key})`));
      expect(localized.map((e) => e.lang)).toEqual(['de', 'fr', 'es', 'pt-BR', 'ru']);
      for (const e of localized) {
        const text = filled(e.msgstr, values);
        expect(toEnglish(text), text).toBe(filled(english, values));
        expect(classify(toEnglish(text)).category, text).toBe(expected.category);
      }
    });
  }
});

describe('every catalog entry round-trips', () => {
  // Where two source texts share a translation, the one listed first is read back.
  const firstWithSameText = (i: number) =>
    CATALOG.find(
      (e) => e.lang === CATALOG[i]!.lang && e.msgstr.toLowerCase() === CATALOG[i]!.msgstr.toLowerCase(),
    )!;
  // French typography puts a space before ":"; the English has none.
  const loose = (s: string) => s.replace(/ (?=[:;!?])/g, '').toLowerCase();

  it.each(CATALOG.map((e, i) => [`${e.lang} ${e.source} ${JSON.stringify(e.msgid)}`, i] as const))(
    '%s',
    (_name, i) => {
      const entry = CATALOG[i]!;
      const winner = firstWithSameText(i);
      const from = parseTemplate(entry.msgstr, entry.source);
      const to = parseTemplate(winner.msgid, winner.source);
      const values = sampleValues(from, sampleValues(to));
      const got = translateBack(fillTemplate(from, values));
      expect(loose(got.text)).toBe(loose(fillTemplate(to, values)));
      expect(got.languages).toContain(winner.lang);
    },
  );
});

describe('offsets in the English text map back to the original', () => {
  it('maps text before, inside and after a replacement', () => {
    const original = `Fehler: ${TIMED_OUT.de} (110) at smtp.example.com:25`;
    const got = translateBack(original);
    expect(got.text).toBe('Fehler: Connection timed out (110) at smtp.example.com:25');
    expect(originalOffset(got, 3)).toBe(3);
    expect(originalOffset(got, got.text.indexOf('timed out'))).toBe(original.indexOf('Die Wartezeit'));
    const port = got.text.indexOf(':25');
    expect(original.slice(originalOffset(got, port))).toBe(':25');
  });
});

describe('leaves other text alone', () => {
  it('returns English text unchanged', () => {
    const english =
      'SMTP ERROR: Failed to connect to server: Connection timed out (110)\nPlease check the server settings.';
    expect(translateBack(english)).toMatchObject({ text: english, languages: [], replaced: 0, spans: [] });
  });

  it('still reads the translations written in plain ASCII in an ASCII text', () => {
    expect(toEnglish('Failed to connect socket: Verbindungsaufbau abgelehnt')).toBe(
      'Failed to connect socket: Connection refused',
    );
  });

  it('matches whole words only', () => {
    const text = 'Keine Berechtigungen vorhanden.';
    expect(toEnglish(text)).toBe(text);
  });

  it('reads any run of white space and any letter case as the same', () => {
    expect(toEnglish('DIE WARTEZEIT FÜR DIE\n   Verbindung  ist abgelaufen')).toBe('Connection timed out');
  });

  it('stays bounded on hostile input: repeated openings with no end', () => {
    const hostile = 'SMTP Fehler ('.repeat(50_000) + 'Verbindung zu '.repeat(20_000);
    expect(translateBack(hostile).replaced).toBe(0);
  });

  it('reads a page block in steps in proportion to its length, however hostile', () => {
    // Openings whose ends never come, and a toast's opening repeated: every block of a
    // localized page is read this way, so none may cost more than a few steps a character.
    for (const unit of [
      'Verbindung zu  ist nicht möglich: ',
      'Verbindung zu ',
      'SMTP Fehler (',
      'SMTP Fehler (535): Die Authentisierung ist fehlgeschlagen ',
    ]) {
      for (const length of [64, 256, 2048]) {
        const block = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
        const { steps } = translateBack(block, { language: 'de' });
        expect(steps, `${unit} ×${length}`).toBeGreaterThan(0);
        expect(steps, `${unit} ×${length}`).toBeLessThanOrEqual(SCAN_STEPS_PER_CHAR * length);
      }
    }
  });

  it('still reads a toast whole on a page in its language, within those steps', () => {
    const toast = 'Erreur SMTP () : échec de connexion au serveur.';
    const got = translateBack(toast, { language: 'fr' });
    expect(got.text).toBe('SMTP Error (): Connection to server failed.');
    expect(got.steps).toBeLessThanOrEqual(SCAN_STEPS_PER_CHAR * toast.length);
  });

  it('stops at a budget of matches on a page full of them', () => {
    const many = `${TIMED_OUT.ru}. `.repeat(5_000);
    const got = translateBack(many);
    expect(got.replaced).toBeGreaterThan(0);
    expect(got.replaced).toBeLessThanOrEqual(512);
  });
});

describe('client lines with a localized strerror read as their English twins', () => {
  // Each glibc text the catalog holds, inside the lines clients print around strerror().
  const shapes = [
    (e: string) => `SMTP ERROR: Failed to connect to server: ${e} (110)`,
    (e: string) => `curl: (7) Failed to connect to smtp.example.com port 587 after 3 ms: ${e}`,
    (e: string) => `msmtp: cannot connect to smtp.example.com, port 587: ${e}`,
    (e: string) => `PHP Warning:  fsockopen(): unable to connect to smtp.example.com:25 (${e})`,
  ];
  const glibcEntries = CATALOG.filter((e) => e.source === 'glibc');
  // msmtp's own template, translated too where msmtp has a catalog (de, fr, pt-BR).
  const msmtpConnect = (lang: string, error: string): [string, string] | null => {
    const t = CATALOG.find(
      (x) => x.lang === lang && x.source === 'msmtp' && x.msgid.startsWith('cannot connect to %s, port'),
    );
    if (!t) return null;
    const values = new Map([
      ['1', 'smtp.example.com'],
      ['2', '587'],
      ['3', error],
    ]);
    return [
      `msmtp: ${fillTemplate(parseTemplate(t.msgstr, 'msmtp'), values)}`,
      `msmtp: ${fillTemplate(parseTemplate(t.msgid, 'msmtp'), values)}`,
    ];
  };
  it.each(glibcEntries.map((e) => [`${e.lang} ${e.msgid}`, e] as const))('%s', (_name, e) => {
    const pairs: [string, string][] = shapes.map((shape) => [shape(e.msgstr), shape(e.msgid)]);
    const both = msmtpConnect(e.lang, e.msgstr);
    if (both) pairs.push([both[0], both[1].replace(e.msgstr, e.msgid)]);
    for (const [localized, english] of pairs) {
      const want = classify(english);
      const got = classify(toEnglish(localized));
      expect({ match: got.match, category: got.category }, localized).toEqual({
        match: want.match,
        category: want.category,
      });
    }
  });
});

describe('real client runs under the five locales read as their C.UTF-8 runs', () => {
  // Outputs of msmtp 1.8.23 and mutt 2.2.12 failing in network namespaces, recorded by the
  // real-client generator (test/fixtures/clients/), each with the same run under C.UTF-8.
  const RUNS = [
    {
      locale: 'de_DE.UTF-8',
      client: 'msmtp',
      scenario: 'isp-block-drop-25',
      text: 'msmtp: Verbindung zu smtp.example.test, Port 25 kann nicht hergestellt werden: Die Wartezeit für die Verbindung ist abgelaufen\nmsmtp: Mail konnte nicht verschickt werden',
      english:
        'msmtp: cannot connect to smtp.example.test, port 25: Connection timed out\nmsmtp: could not send mail',
    },
    {
      locale: 'fr_FR.UTF-8',
      client: 'msmtp',
      scenario: 'isp-block-icmp-net-587',
      text: "msmtp: erreur de connexion à smtp.example.test, port 587 : Le réseau n'est pas accessible\nmsmtp: le courriel n'a pas pu être envoyé",
      english:
        'msmtp: cannot connect to smtp.example.test, port 587: Network is unreachable\nmsmtp: could not send mail',
    },
    {
      locale: 'pt_BR.UTF-8',
      client: 'msmtp',
      scenario: 'closed-port',
      text: 'msmtp: não foi possível conectar em smtp.example.test, porta 587: Conexão recusada\nmsmtp: não foi possível enviar a mensagem',
      english:
        'msmtp: cannot connect to smtp.example.test, port 587: Connection refused\nmsmtp: could not send mail',
    },
    {
      locale: 'es_ES.UTF-8',
      client: 'msmtp',
      scenario: 'nxdomain',
      text: 'msmtp: cannot locate host smtp.example.test: Nombre o servicio desconocido\nmsmtp: could not send mail',
      english:
        'msmtp: cannot locate host smtp.example.test: Name or service not known\nmsmtp: could not send mail',
    },
    {
      locale: 'ru_RU.UTF-8',
      client: 'mutt',
      scenario: 'isp-block-icmp-net-587',
      text: 'Не удалось установить соединение с smtp.example.test (Сеть недоступна).\nСообщение отправить не удалось.',
      english:
        'Could not connect to smtp.example.test (Network is unreachable).\nCould not send the message.',
    },
    {
      locale: 'ru_RU.UTF-8',
      client: 'msmtp',
      scenario: 'isp-block-reset-465',
      text: 'msmtp: cannot connect to smtp.example.test, port 465: В соединении отказано\nmsmtp: could not send mail',
      english:
        'msmtp: cannot connect to smtp.example.test, port 465: Connection refused\nmsmtp: could not send mail',
    },
  ];
  it.each(RUNS.map((r) => [`${r.locale} ${r.client} ${r.scenario}`, r] as const))('%s', (_name, r) => {
    const want = classify(r.english);
    expect(want.match).toBe(true);
    const got = classify(toEnglish(r.text));
    expect({ match: got.match, category: got.category }).toEqual({
      match: want.match,
      category: want.category,
    });
  });
});
