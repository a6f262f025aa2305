import type { Alternative, Classification } from '../rules/types';
import type { Vantage } from '../vantage';
import { CATEGORY_TEXTS } from './table';
import { explainCheck } from './checks';
import { ENGLISH, type Translator } from '../i18n';
import type { ExplainContext } from './context';
import { buildContext, listOf } from './context';
import { enhancedCodeMeaning, errnoMeaning, portMeaning, replyCodeMeaning } from './glossary';
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

/** What to say when the text is not an email send error (in English; explain() speaks the reader's language). */
export const NOT_A_SEND_ERROR = {
  title: ENGLISH.t('conn.notSendError.title'),
  summary: ENGLISH.t('conn.notSendError.summary'),
  hint: ENGLISH.t('conn.notSendError.hint'),
} as const;

function facts(classification: Classification, c: ExplainContext): Fact[] {
  const { extracted } = classification;
  const out: Fact[] = [];
  if (extracted.port !== undefined) {
    out.push({
      label: c.t('conn.fact.port'),
      value: String(extracted.port),
      meaning: portMeaning(extracted.port, c.t),
    });
  } else if (classification.assumedPorts?.length) {
    const [first] = classification.assumedPorts;
    out.push({
      label: c.t('conn.fact.port'),
      value: classification.assumedPorts.join(', '),
      meaning: first === undefined ? undefined : portMeaning(first, c.t),
      assumed: true,
    });
  }
  if (extracted.host !== undefined) {
    out.push({
      label: c.t('conn.fact.host'),
      value: extracted.host,
      meaning: c.hostIsLocal ? c.t('conn.fact.thisMachine') : undefined,
    });
  }
  if (extracted.replyCode !== undefined) {
    out.push({
      label: c.t('conn.fact.replyCode'),
      value: String(extracted.replyCode),
      meaning: replyCodeMeaning(extracted.replyCode, c.t),
    });
  }
  if (extracted.enhancedCode !== undefined) {
    out.push({
      label: c.t('conn.fact.enhancedCode'),
      value: extracted.enhancedCode,
      meaning: enhancedCodeMeaning(extracted.enhancedCode, c.t),
    });
  }
  // Roundcube's "SMTP Error (535)" reads the reply code as an error number: one number, one fact.
  if (extracted.errno !== undefined && extracted.errno !== String(extracted.replyCode)) {
    out.push({
      label: c.t('conn.fact.error'),
      value: extracted.errno,
      meaning: errnoMeaning(extracted.errno, c.t),
    });
  }
  // Drop absent meanings so the objects stay clean for JSON and UI.
  return out.map(
    (f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as Fact,
  );
}

function assumedPortsNote(classification: Classification, c: ExplainContext): string | undefined {
  const ports = classification.assumedPorts;
  if (classification.extracted.port !== undefined || !ports?.length) return undefined;
  return c.t('conn.assumedPorts', { count: ports.length, ports: listOf(c, ports, 'and') });
}

function world(c: ExplainContext): WorldExplanation {
  const { world, basis, clues } = c.world;
  let note: string;
  if (basis === 'port')
    note = c.t(world === 'delivery' ? 'conn.world.port.delivery' : 'conn.world.port.submission', {
      clue: clues[0] ?? c.t('conn.clue.thePort'),
    });
  else if (basis === 'text')
    note = c.t(world === 'delivery' ? 'conn.world.text.delivery' : 'conn.world.text.submission', {
      clues: clues.join('; '),
    });
  else note = c.t('conn.world.assumed');
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
      title: c.t('conn.notSendError.title'),
      summary: c.t('conn.notSendError.summary'),
      why: '',
      confirm: [],
      steps: [{ text: c.t('conn.notSendError.hint') }],
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
  const note = assumedPortsNote(classification, c);
  if (note) explanation.assumedPortsNote = note;
  if (category === 'port-blocked' && !c.localBlock) explanation.world = world(c);
  return explanation;
}
