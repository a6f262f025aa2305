#!/usr/bin/env node
// Writes test/fixtures/webmail/roundcube-localized/toasts.jsonl: the text of Roundcube's
// message-stack toast after a failed send, in English and the five languages, as
// rcube_smtp.php and rcmail_sendmail.php fill it (the label's messages.inc text with its
// $vars replaced, as rcube::gettext does with strtr), for a set of real failures.
//
// Run by hand, like build.mjs:
//   node scripts/localized-signals/roundcube-toasts.mjs /tmp/l10n/roundcube-core_*.deb
// The split into a tuning and a blind part is a hash of language and scenario: fixed,
// so a figure on the blind part stays comparable between runs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRoundcubeMessages } from './read-roundcube.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(HERE, '../../test/fixtures/webmail/roundcube-localized/toasts.jsonl');
const BASE = '/usr/share/roundcube/program/localization';
const LANGUAGES = [
  ['en', 'en_US'],
  ['de', 'de_DE'],
  ['fr', 'fr_FR'],
  ['es', 'es_ES'],
  ['pt-BR', 'pt_BR'],
  ['ru', 'ru_RU'],
];

// Each failure: the label and $vars rcube_smtp sets (code and msg from the server's
// reply), and the category the corpus gives the English toast (test/fixtures/corpus
// README, labelling rules); null for the texts around a send that are not errors.
const SCENARIOS = [
  {
    id: 'connect-timeout',
    key: 'smtpconnerror',
    vars: { code: '-1' },
    category: 'port-blocked',
    note: 'fsockopen gave up: Net_SMTP reports code -1',
  },
  {
    id: 'connect-no-code',
    key: 'smtpconnerror',
    vars: { code: '' },
    category: 'port-blocked',
    note: 'no reply at all: an empty code',
  },
  {
    id: 'connect-550-greeting',
    key: 'smtpconnerror',
    vars: { code: '550' },
    category: 'unknown',
    note: 'a 550 greeting; its reason is only in the smtp log',
  },
  { id: 'auth-535', key: 'smtpautherror', vars: { code: '535' }, category: 'auth-failed' },
  {
    id: 'auth-454',
    key: 'smtpautherror',
    vars: { code: '454' },
    category: 'auth-failed',
    note: 'temporary authentication failure',
  },
  {
    id: 'from-not-owned',
    key: 'smtpfromerror',
    vars: {
      code: '553',
      from: 'me@example.org',
      msg: '5.7.1 <me@example.org>: Sender address rejected: not owned by user someone@example.net',
    },
    category: 'sender-rejected',
  },
  {
    id: 'from-starttls-first',
    key: 'smtpfromerror',
    vars: { code: '530', from: 'me@example.org', msg: '5.7.0 Must issue a STARTTLS command first' },
    category: 'auth-required',
  },
  {
    id: 'to-user-unknown',
    key: 'smtptoerror',
    vars: {
      code: '550',
      to: 'nobody@example.org',
      msg: '5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    },
    category: 'recipient-rejected',
  },
  {
    id: 'to-relay-denied',
    key: 'smtptoerror',
    vars: { code: '554', to: 'friend@example.net', msg: '5.7.1 <friend@example.net>: Relay access denied' },
    category: 'sender-rejected',
    note: 'relay refused: the sender is not authenticated for relaying',
  },
  {
    id: 'to-greylisted',
    key: 'smtptoerror',
    vars: {
      code: '450',
      to: 'friend@example.net',
      msg: '4.2.0 <friend@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html',
    },
    category: 'greylisted',
  },
  {
    id: 'data-spam',
    key: 'smtperror',
    vars: { msg: '[550] 5.7.1 Message rejected as spam by Content Filtering.' },
    category: 'message-rejected',
  },
  {
    id: 'data-blocklist',
    key: 'smtperror',
    vars: {
      msg: '[554] 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org',
    },
    category: 'ip-reputation',
  },
  { id: 'size-25mb', key: 'smtpsizeerror', vars: { limit: '25 MB' }, category: 'message-rejected' },
  { id: 'size-10mb', key: 'smtpsizeerror', vars: { limit: '10 MB' }, category: 'message-rejected' },
  {
    id: 'too-quickly',
    key: 'senttooquickly',
    vars: { sec: '30' },
    category: 'rate-limit',
    note: "Roundcube's own send throttle",
  },
  { id: 'utf8', key: 'smtputf8error', vars: {}, category: 'unknown', note: 'SMTPUTF8 missing on the server' },
  {
    id: 'sending-failed',
    key: 'sendingfailed',
    vars: {},
    category: 'unknown',
    note: 'no SMTP error attached',
  },
  {
    id: 'saving-sent',
    key: 'errorsavingsent',
    vars: {},
    category: null,
    note: 'the message was sent; only the copy to Sent failed',
  },
  { id: 'sent', key: 'messagesent', vars: {}, category: null, note: 'send succeeded' },
];

/** rcube::gettext: strtr with '$name' keys, longest first as strtr does. */
function fill(template, vars) {
  const names = Object.keys(vars).sort((a, b) => b.length - a.length);
  let out = '';
  for (let i = 0; i < template.length;) {
    const name = template[i] === '$' ? names.find((n) => template.startsWith(n, i + 1)) : undefined;
    if (name === undefined) {
      out += template[i++];
      continue;
    }
    out += vars[name];
    i += name.length + 1;
  }
  return out;
}

function splitOf(lang, id) {
  const byte = createHash('sha256').update(`${lang}|${id}`).digest()[0];
  return byte % 3 === 0 ? 'blind' : 'tuning';
}

const deb = process.argv[2];
if (!deb) {
  console.error('usage: node scripts/localized-signals/roundcube-toasts.mjs <roundcube-core.deb>');
  process.exit(2);
}
const version = execFileSync('dpkg-deb', ['-f', deb, 'Version'], { encoding: 'utf8' }).trim();
const dir = mkdtempSync(join(tmpdir(), 'roundcube-toasts-'));
const lines = [];
try {
  execFileSync('dpkg-deb', ['-x', deb, dir]);
  const english = readRoundcubeMessages(join(dir, BASE, 'en_US/messages.inc'));
  for (const [lang, folder] of LANGUAGES) {
    const messages = readRoundcubeMessages(join(dir, BASE, folder, 'messages.inc'));
    for (const s of SCENARIOS) {
      const template = messages.get(s.key);
      if (template === undefined) throw new Error(`${folder} has no ${s.key}`);
      lines.push({
        lang,
        scenario: s.id,
        text: fill(template, s.vars),
        english: fill(english.get(s.key), s.vars),
        category: s.category,
        split: splitOf(lang, s.id),
        source: `roundcube-core ${version} ${BASE}/${folder}/messages.inc (${s.key})`,
        ...(s.note ? { note: s.note } : {}),
      });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
const blind = lines.filter((l) => l.split === 'blind').length;
console.log(`wrote ${lines.length} toasts (${blind} blind) to ${OUT}`);
