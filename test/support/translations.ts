/**
 * Checks for text rendered in another language from the same context as English: the facts
 * (codes, ports, hosts, dates, identifiers) survive, and no English sentence is left over.
 */
import { LOCALES, loadTranslator, type Translator } from '../../lib/i18n';

/** The five non-English translators. */
export async function otherTranslators(): Promise<Translator[]> {
  return Promise.all(LOCALES.filter((l) => l !== 'en').map((l) => loadTranslator(l)));
}

const FACT_PATTERNS = [
  /(?<![\w.])(?:\/[\w.-]+){2,}/g, // file paths
  /\b[a-z][\w-]*(?:\/[\w.-]+){2,}/g, // host-name lists: mailto/smtpmail/securesmtp.t-online.de
  /\b\d{4}-\d{2}(?:-\d{2})?\b/g, // dates
  /\b\d+(?:\.\d+)+\b/g, // enhanced codes, versions
  /\b\d{3,}\b/g, // ports, reply codes, years
  /\b[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/g, // host names, file names
  /\b[A-Za-z]*[a-z][A-Z]\w*\b/g, // identifiers such as SmtpClientAuthenticationDisabled
  /\b[A-Z][A-Z0-9_]{3,}\b/g, // constants and placeholders: SMTP_PASSWORD, YOUR_APP_PASSWORD
];

/** What no translation may drop or change. */
export function factsIn(text: string): string[] {
  return [...new Set(FACT_PATTERNS.flatMap((re) => text.match(re) ?? []))];
}

/** The running text of a message: quotes and facts taken out. */
function proseOf(english: string): string {
  let prose = english.replace(/"[^"]*"/g, ' | ');
  for (const fact of factsIn(english)) prose = prose.replaceAll(fact, ' | ');
  return prose;
}

const WORD = /(?<![\w-])[a-z]{3,}(?![\w-])/g;

/**
 * English phrases with three words or more of running text (lower-case words, facts and quotes
 * taken out: a quoted server reply, a host name or a list of product names stays as it is) that
 * appear unchanged in a translation.
 */
export function englishLeftIn(translated: string, english: string): string[] {
  return proseOf(english)
    .split(/[.,;:!?—|()\n]+/)
    .map((part) => part.trim())
    .filter((part) => (part.match(WORD) ?? []).length >= 3)
    .filter((part) => translated.includes(part));
}

/** Every way the translated text falls short of its English original, as readable lines. */
export function translationProblems(translated: string, english: string, where: string): string[] {
  const problems: string[] = [];
  // A label with its value ("Port: 465") or a product name may stay as it is; a sentence may not.
  if (translated === english && (proseOf(english).match(WORD) ?? []).length >= 2)
    problems.push(`${where}: same as English: ${english}`);
  for (const fact of factsIn(english))
    if (!translated.includes(fact)) problems.push(`${where}: lost "${fact}": ${translated}`);
  for (const part of englishLeftIn(translated, english)) problems.push(`${where}: English left: "${part}"`);
  return problems;
}
