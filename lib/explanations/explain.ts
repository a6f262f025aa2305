import type { Alternative, Classification } from '../rules/types';
import type { Vantage } from '../vantage';
import { CATEGORY_TEXTS } from './table';
import { explainCheck } from './checks';
import type { Translator } from '../i18n';
import type { ExplainContext } from './context';
import { buildContext } from './context';
import { enhancedCodeMeaning, errnoMeaning, PORT_MEANINGS, replyCodeMeaning } from './glossary';
import { fill, fillSteps } from './template';
import type { AlternativeExplanation, Explanation, Fact, WorldExplanation } from './types';

export interface ExplainOptions {
  /** The text that was classified: its clues (Postfix log, PHPMailer…) sharpen the explanation. */
  text?: string;
  /** Where the failing connection was made (lib/vantage); the steps follow it. Default: this device. */
  vantage?: Vantage;
  /** The reader's language (lib/i18n). Default: English. */
  translator?: Translator;
}

/** What to say when the text is not an email send error. */
export const NOT_A_SEND_ERROR = {
  title: 'This does not look like an email send error',
  summary:
    'Nothing in the text reads like a failed attempt to send email: no SMTP reply, no connection error from a ' +
    'mail program, no bounce message.',
  hint:
    'Paste the whole error message or log, including any code such as 535, 5.7.8 or ETIMEDOUT. Errors from ' +
    'reading mail (IMAP or POP) are a different problem.',
} as const;

function facts(classification: Classification, c: ExplainContext): Fact[] {
  const { extracted } = classification;
  const out: Fact[] = [];
  if (extracted.port !== undefined) {
    out.push({ label: 'Port', value: String(extracted.port), meaning: PORT_MEANINGS[extracted.port] });
  } else if (classification.assumedPorts?.length) {
    const [first] = classification.assumedPorts;
    out.push({
      label: 'Port',
      value: classification.assumedPorts.join(', '),
      meaning: first === undefined ? undefined : PORT_MEANINGS[first],
      assumed: true,
    });
  }
  if (extracted.host !== undefined) {
    out.push({ label: 'Host', value: extracted.host, meaning: c.hostIsLocal ? 'this machine' : undefined });
  }
  if (extracted.replyCode !== undefined) {
    out.push({
      label: 'Reply code',
      value: String(extracted.replyCode),
      meaning: replyCodeMeaning(extracted.replyCode),
    });
  }
  if (extracted.enhancedCode !== undefined) {
    out.push({
      label: 'Enhanced status code',
      value: extracted.enhancedCode,
      meaning: enhancedCodeMeaning(extracted.enhancedCode),
    });
  }
  // Roundcube's "SMTP Error (535)" reads the reply code as an error number: one number, one fact.
  if (extracted.errno !== undefined && extracted.errno !== String(extracted.replyCode)) {
    out.push({ label: 'Error', value: extracted.errno, meaning: errnoMeaning(extracted.errno) });
  }
  // Drop absent meanings so the objects stay clean for JSON and UI.
  return out.map(
    (f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as Fact,
  );
}

function portList(ports: readonly number[]): string {
  if (ports.length === 1) return `port ${ports[0]}`;
  return `ports ${ports.slice(0, -1).join(', ')} and ${ports[ports.length - 1]}`;
}

function assumedPortsNote(classification: Classification): string | undefined {
  const ports = classification.assumedPorts;
  if (classification.extracted.port !== undefined || !ports?.length) return undefined;
  return `The text names no port, so this explanation assumes ${portList(ports)}. Check which port your settings use.`;
}

function world(c: ExplainContext): WorldExplanation {
  const { world, basis, clues } = c.world;
  const named =
    world === 'delivery'
      ? "server-to-server delivery (a mail server handing mail to the recipients' MX hosts)"
      : 'submission (an app, website or mail client handing mail to its provider)';
  let note: string;
  if (basis === 'port') note = `${clues[0] ?? 'The port'}: this is ${named}.`;
  else if (basis === 'text') note = `This reads as ${named}. Clues: ${clues.join('; ')}.`;
  else
    note =
      'The text does not say whether an app or mail client is handing mail to its provider (submission) or a ' +
      "mail server is delivering to the recipients' servers (delivery). This explanation assumes submission, " +
      'the more common case; the last step covers delivery.';
  return { world, basis, clues, note };
}

function alternatives(classification: Classification, c: ExplainContext): AlternativeExplanation[] {
  // Findings stored by an older build may lack the details: fall back to the bare ids.
  const stored: Alternative[] | undefined = classification.alternativeDetails;
  const details: Alternative[] = stored?.length
    ? stored
    : classification.alternatives.map((category) => ({ category, confidence: 0 }));
  return details.map((a) => {
    const alt: AlternativeExplanation = {
      category: a.category,
      title: fill(CATEGORY_TEXTS[a.category].title, c),
      confidence: a.confidence,
    };
    if (a.check) alt.check = explainCheck(a.check, c);
    return alt;
  });
}

/**
 * Turn a classification into everything a person needs: what happened, why, how to
 * confirm it and how to fix it, with the facts of this error filled in. Pure.
 */
export function explain(classification: Classification, options: ExplainOptions = {}): Explanation {
  const c = buildContext(classification, options.text ?? '', options.vantage, options.translator);
  const base = {
    match: classification.match,
    confidence: classification.confidence,
    rule: classification.rule,
    evidence: classification.evidence,
    facts: facts(classification, c),
  };
  const category = classification.match ? classification.category : null;
  if (category === null) {
    return {
      ...base,
      match: false,
      category: null,
      title: NOT_A_SEND_ERROR.title,
      summary: NOT_A_SEND_ERROR.summary,
      why: '',
      confirm: [],
      steps: [{ text: NOT_A_SEND_ERROR.hint }],
      alternatives: [],
    };
  }
  const text = CATEGORY_TEXTS[category];
  const explanation: Explanation = {
    ...base,
    category,
    title: fill(text.title, c),
    summary: fill(text.summary, c),
    why: fill(text.why, c),
    confirm: fillSteps(text.confirm, c),
    steps: fillSteps(text.steps, c),
    alternatives: alternatives(classification, c),
  };
  const note = assumedPortsNote(classification);
  if (note) explanation.assumedPortsNote = note;
  if (category === 'port-blocked' && !c.localBlock) explanation.world = world(c);
  return explanation;
}
