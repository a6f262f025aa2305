import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../../categories';
import { classify } from '../engine';
import type { LinearModel } from './linear-model';
import { MODEL_FINDS_ERROR_AT, modelVerdict, shippedModel } from './model-verdict';

const CLASSES = [...CATEGORY_IDS, null];
const at = (c: CategoryId | null) => CLASSES.indexOf(c);

/** A model that leans to `category` with probability about `p` whatever the text, and to it strongly on `word`. */
function leaning(category: CategoryId, p: number, word = 'waiting'): LinearModel {
  const others = CLASSES.length - 1;
  const logit = Math.log((p * others) / (1 - p));
  return {
    comment: 'test',
    classes: CLASSES,
    scale: 100,
    bias: CLASSES.map((c) => (c === category ? Math.round(logit * 100) : 0)),
    weights: { [`w:${word}`]: [at(category), 50] },
  };
}

const explain = (text: string) => classify(text, { mode: 'explain' });

describe('the fitted model in explain mode', () => {
  it('lets a precise rule stand', () => {
    const text = '535 5.7.8 Username and Password not accepted';
    const got = modelVerdict(explain(text), text, leaning('rate-limit', 0.95));
    expect(got.byModel).toBe(false);
    expect(got.classification.category).toBe('auth-failed');
  });

  it("ranks the causes below the wrappers' tier and keeps the rule's evidence", () => {
    const text = 'Failed to send message.';
    const weak = explain(text);
    expect(weak.match).toBe(true);
    const got = modelVerdict(weak, text, leaning('rate-limit', 0.6));
    expect(got.byModel).toBe(true);
    expect(got.classification).toMatchObject({
      category: 'rate-limit',
      checks: ['retry-later'],
      evidence: weak.evidence,
      rule: `model:${weak.rule}`,
    });
    expect(got.classification.confidence).toBeLessThanOrEqual(0.85);
    for (const a of got.classification.alternativeDetails)
      expect(a.confidence).toBeLessThan(got.classification.confidence);
  });

  it('names an error the rules missed in a mail text only when sure, with the line that says it', () => {
    const text = 'Backup done.\nOutbox: 3 messages WAITING, smtp.example.net did not take them\nBye';
    expect(explain(text).match).toBe(false);
    const sure = modelVerdict(explain(text), text, leaning('greylisted', 0.9));
    expect(sure.classification).toMatchObject({ match: true, category: 'greylisted' });
    // The line of the word that weighs most, as pasted (any case, a whole word).
    expect(sure.classification.evidence).toEqual([
      'Outbox: 3 messages WAITING, smtp.example.net did not take them',
    ]);
    const unsure = modelVerdict(
      explain(text),
      text,
      leaning('greylisted', MODEL_FINDS_ERROR_AT - 0.1, 'absent'),
    );
    expect(unsure.classification.match).toBe(false);
  });

  it('never names an error in text that is not about mail, or clearly about something else', () => {
    for (const text of [
      'The weather is fine today.',
      'Backup failed: connection timed out',
      'mailer-stats: Error: connect ECONNREFUSED 192.0.2.7:443',
      'IMAP login failed for ann@example.org: authentication failed',
      // Prose about mail that reports no trouble.
      'Outbox: 3 messages waiting for smtp.example.net',
      'Email marketing 101: keep your message size small and avoid spam words in the subject.',
    ]) {
      const got = modelVerdict(explain(text), text, leaning('port-blocked', 0.99));
      expect(got.classification.match, text).toBe(false);
    }
  });

  it('leaves text about another protocol alone however long the mail prose after it', () => {
    const text = `IMAP client log (imap.example.com:993):\n${'fetching folder list\n'.repeat(600)}The mail server did not accept the message`;
    expect(explain(text).match).toBe(false);
    expect(modelVerdict(explain(text), text, leaning('message-rejected', 0.95)).classification.match).toBe(
      false,
    );
  });

  it("leaves a log longer than it learned from to the rules, which read the log's last failure", () => {
    const text = `${'Subject: weekly report, see the attached figures\n'.repeat(300)}TimeoutError: [Errno 110] Connection timed out`;
    const verdict = explain(text);
    expect(verdict.category).toBe('port-blocked');
    expect(modelVerdict(verdict, text, leaning('message-rejected', 0.95)).byModel).toBe(false);
  });

  it('never answers "cause unknown" in place of a named cause or of "not a send error"', () => {
    const named = 'Port 25 outbound appears to be blocked on this network, so mail cannot be sent.';
    expect(modelVerdict(explain(named), named, leaning('unknown', 0.9)).classification.category).toBe(
      'port-blocked',
    );
    const none = 'Outbox: 3 messages still waiting, smtp.example.net did not take them';
    expect(modelVerdict(explain(none), none, leaning('unknown', 0.9)).classification.match).toBe(false);
  });

  it('assumes the ports of the cause it names when the text names none', () => {
    const text = 'Failed to send message.';
    expect(
      modelVerdict(explain(text), text, leaning('port-blocked', 0.9)).classification.assumedPorts,
    ).toEqual([25, 587]);
    expect(
      modelVerdict(explain(text), text, leaning('auth-failed', 0.9)).classification.assumedPorts,
    ).toBeUndefined();
  });

  it('ships weights for every class, each a known category or "not a send error"', () => {
    expect(shippedModel().classes).toEqual(CLASSES);
    expect(shippedModel().bias).toHaveLength(CLASSES.length);
    expect(Object.keys(shippedModel().weights).length).toBeGreaterThan(1000);
  });
});
