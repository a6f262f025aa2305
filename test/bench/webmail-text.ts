/**
 * Deterministic generators of benchmark text: ordinary webmail-like pages with
 * no send errors (inbox rows, headers, bodies full of everyday words such as
 * "mail", "send", "server", "port", "connection", numbers, dates, addresses)
 * and the same text densely interleaved with real send errors.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x1_0000_0000;
  };
}

const FIRST = [
  'Anna',
  'Ben',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Kemal',
  'Lena',
  'Marco',
  'Nadia',
  'Oscar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomoko',
  'Ulrich',
  'Vera',
  'Wei',
  'Yusuf',
  'Zoe',
];
const LAST = [
  'Smith',
  'García',
  'Müller',
  'Rossi',
  'Dubois',
  'Kowalski',
  'Novak',
  'Tanaka',
  'Okafor',
  'Johansson',
  'Silva',
  'Nguyen',
  'Brown',
  'Schmidt',
  'Martin',
];
const DOMAINS = [
  'example.com',
  'example.org',
  'mail.example.net',
  'company.test',
  'school.example',
  'shop.example.co.uk',
];
const SUBJECTS = [
  'Re: Meeting tomorrow at 10',
  'Fwd: Invoice #{n} for October',
  'Your order #{n} has shipped',
  'Weekly team update',
  'Quick question about the server migration',
  'Lunch on Friday?',
  'Re: Re: Port of Rotterdam delivery schedule',
  'Password reset requested for your account',
  'Newsletter: 10 tips to send better mail',
  'Connection details for the conference call',
  'Re: Holiday photos',
  'Your delivery is on its way',
  'Action required: confirm your email address',
  'Minutes of the board meeting {d}',
  'Draft proposal v{n}',
  'Re: Can you send me the report?',
  'Security alert: new sign-in on Windows',
  'Reminder: dentist appointment',
];
const WORDS = (
  "the of and to a in is it you that he was for on are with as I his they be at one have this from or had by hot word but what some we can out other were all there when up use your how said an each she which do their time if will way about many then them write would like so these her long make thing see him two has look more day could go come did number sound no most people my over know water than call first who may down side been now find any new work part take get place made live where after back little only round man year came show every good me give our under name very through just form sentence great think say help low line differ turn cause much mean before move right boy old too same tell does set three want air well also play small end put home read hand port large spell add even land here must big high such follow act why ask men change went light kind off need house picture try us again animal point mother world near build self earth father head stand own page should country found answer school grow study still learn plant cover food sun four between state keep eye never last let thought city tree cross farm hard start might story saw far sea draw left late run don't while press close night real life few north open seem together next white children begin got walk example ease paper group always music those both mark often letter until mile river car feet care second book carry took science eat room friend began idea fish mountain stop once base hear horse cut sure watch color face wood main enough plain girl usual young ready above ever red list though feel talk bird soon body dog family direct pose leave song measure door product black short numeral class wind question happen complete ship area half rock order fire south problem piece told knew pass since top whole king space heard best hour better true during hundred five remember step early hold west ground interest reach fast verb sing listen six table travel less morning ten simple several vowel toward war lay against pattern slow center love person money serve appear road map rain rule govern pull cold notice voice unit power town fine certain fly fall lead cry dark machine note wait plan figure star box noun field rest correct able pound done beauty drive stood contain front teach week final gave green oh quick develop ocean warm free minute strong special mind behind clear tail produce fact street inch multiply nothing course stay wheel full force blue object decide surface deep moon island foot system busy test record boat common gold possible plane stead dry wonder laugh thousand ago ran check game shape equate miss brought heat snow tire bring yes distant fill east paint language among " +
  'don’t it’s “thanks” — mail send sent server port connection delivery email message inbox attachment account login password security update meeting invoice report schedule shipping tracking customer support network internet website download upload file folder calendar contact reply forward draft archive spam settings error failed timeout retry secure certificate gift voucher'
).split(' ');

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function fill(r: () => number, s: string): string {
  return s
    .replace('{n}', String(1000 + Math.floor(r() * 90000)))
    .replace('{d}', `${1 + Math.floor(r() * 28)}.${1 + Math.floor(r() * 12)}.2025`);
}

function sentence(r: () => number): string {
  const n = 6 + Math.floor(r() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.03) words.push(String(Math.floor(r() * 2000)));
    else if (x < 0.04)
      words.push(`${1 + Math.floor(r() * 12)}:${String(Math.floor(r() * 60)).padStart(2, '0')}`);
    else words.push(pick(r, WORDS));
  }
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}${r() < 0.15 ? '?' : '.'}`;
}

function person(r: () => number): string {
  const first = pick(r, FIRST);
  const last = pick(r, LAST);
  return `${first} ${last} <${first.toLowerCase()}.${last.toLowerCase()}@${pick(r, DOMAINS)}>`;
}

/** One inbox row or one opened message, as a page's text shows it. */
function block(r: () => number): string {
  if (r() < 0.6) {
    const day = 1 + Math.floor(r() * 28);
    return `${person(r)}\t${fill(r, pick(r, SUBJECTS))}\t${day} Nov\t${sentence(r)}\n`;
  }
  const paragraphs: string[] = [];
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const m = 2 + Math.floor(r() * 5);
    const sentences: string[] = [];
    for (let j = 0; j < m; j++) sentences.push(sentence(r));
    paragraphs.push(sentences.join(' '));
  }
  return `From: ${person(r)}\nTo: ${person(r)}\nDate: Tue, ${1 + Math.floor(r() * 28)} Nov 2025 ${Math.floor(r() * 24)}:${String(Math.floor(r() * 60)).padStart(2, '0')}\nSubject: ${fill(r, pick(r, SUBJECTS))}\n\nHi ${pick(r, FIRST)},\n\n${paragraphs.join('\n\n')}\n\nBest regards,\n${pick(r, FIRST)}\n\n`;
}

/** About `size` characters of ordinary webmail text with no send errors. */
export function cleanWebmailText(size: number, seed = 1): string {
  const r = rng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const b = block(r);
    parts.push(b);
    length += b.length;
  }
  return parts.join('').slice(0, size);
}

/** The same kind of text with one of `errors` after every few blocks. */
export function denseErrorText(size: number, errors: readonly string[], seed = 2): string {
  const r = rng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const b = r() < 0.5 ? `${pick(r, errors)}\n` : block(r);
    parts.push(b);
    length += b.length;
  }
  return parts.join('').slice(0, size);
}
