import { describe, expect, it } from 'vitest';
import { explain, NOT_A_SEND_ERROR } from '../../lib/explanations/index.ts';
import type { Classification } from '../../lib/rules/types.ts';
import { jsonLine, renderExplanation, sanitize, useColor, wrap } from './terminal.ts';

const ESC = '\u001b';

const portBlocked: Classification = {
  match: true,
  category: 'port-blocked',
  alternatives: ['server-unreachable'],
  alternativeDetails: [{ category: 'server-unreachable', confidence: 0.25, check: 'probe-ports' }],
  rule: 'phpmailer.connect-timeout',
  confidence: 0.8,
  extracted: { port: 25, host: 'smtp.example.net', errno: '110' },
  evidence: ['Failed to connect to server: Connection timed out (110)'],
};

describe('renderExplanation', () => {
  const plain = renderExplanation(explain(portBlocked), { color: false, width: 80 });

  it('shows title, meta, evidence, facts, world, why, numbered fix steps and alternatives', () => {
    expect(plain).toMatch(/^✖ Port 25 is blocked on this network\n/);
    expect(plain).toContain('port-blocked · confidence 80% · rule phpmailer.connect-timeout');
    expect(plain).toContain('│ Failed to connect to server: Connection timed out (110)');
    expect(plain).toMatch(/\n {2}Port +25\n/);
    expect(plain).toMatch(/\n {2}Host +smtp\.example\.net\n/);
    for (const heading of [
      'Evidence',
      'Facts',
      'Sending kind: submission',
      'Why',
      'How to confirm',
      'How to fix',
      'Could also be',
    ]) {
      expect(plain).toContain(`\n${heading}\n`);
    }
    expect(plain).toMatch(/\n {2}1\. Send through smtp\.example\.net on port 587/);
    expect(plain).toMatch(/\n {2}2\. /);
    expect(plain).toContain('The mail server is not accepting connections (server-unreachable, 25%)');
    expect(plain).toContain('npx smtp-doctor probe smtp.example.net --ports 25,465,587,2525');
  });

  it('has no escape codes without colour, and has them with colour', () => {
    expect(plain).not.toContain(ESC);
    const colored = renderExplanation(explain(portBlocked), { color: true, width: 80 });
    expect(colored).toContain(`${ESC}[1m`);
    expect(colored.replace(new RegExp(`${ESC}\\[\\d+m`, 'g'), '')).toBe(plain);
  });

  it('wraps prose to the width', () => {
    const narrow = renderExplanation(explain(portBlocked), { color: false, width: 50 });
    // Evidence is quoted verbatim and code is never wrapped.
    const prose = narrow.split('\n').filter((l) => !l.includes('│') && !/^ {6}/.test(l));
    for (const line of prose) expect(line.length, line).toBeLessThanOrEqual(50);
  });

  it('cannot be driven by escape sequences hidden in the input', () => {
    const hostile = { ...portBlocked, evidence: [`timed out ${ESC}[2J${ESC}]0;owned\u0007 \u202eevil`] };
    const out = renderExplanation(explain(hostile), { color: true, width: 80 });
    expect(out).not.toContain(`${ESC}[2J`);
    expect(out).not.toContain(`${ESC}]`);
    expect(out).not.toContain('\u202e');
    expect(out).toContain('timed out \ufffd[2J\ufffd]0;owned\ufffd \ufffdevil');
  });

  it('says plainly when the text is not a send error', () => {
    const none: Classification = {
      match: false,
      category: null,
      alternatives: [],
      alternativeDetails: [],
      rule: null,
      confidence: 0,
      extracted: {},
      evidence: [],
    };
    const out = renderExplanation(explain(none), { color: false });
    expect(out.startsWith(`${NOT_A_SEND_ERROR.title}\n`)).toBe(true);
    expect(out).toContain('535');
    expect(out).not.toContain('How to fix');
  });
});

describe('useColor', () => {
  it('colours only a terminal without NO_COLOR', () => {
    expect(useColor(true, {})).toBe(true);
    expect(useColor(false, {})).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(useColor(true, { NO_COLOR: '' })).toBe(true);
  });
});

describe('wrap and sanitize', () => {
  it('wraps at word boundaries with a hanging indent', () => {
    expect(wrap('aaa bbb ccc ddd', 9, '  ', '- ')).toEqual(['- aaa bbb', '  ccc ddd']);
    expect(wrap('averyveryverylongword x', 8, '')).toEqual(['averyveryverylongword', 'x']);
  });

  it('replaces control characters and keeps ordinary Unicode', () => {
    expect(sanitize('a\tb\u0000c\u009bd – é ✓')).toBe('a b\ufffdc\ufffdd – é ✓');
  });
});

describe('jsonLine', () => {
  it('escapes what a terminal obeys and JSON.stringify leaves raw, and reads back the same', () => {
    const value = { banner: '220 \u009b2J \u202eevil\u202c \u007f ok \u00e9', n: 1 };
    const line = jsonLine(value);
    expect(line).toBe('{"banner":"220 \\u009b2J \\u202eevil\\u202c \\u007f ok \u00e9","n":1}\n');
    expect(JSON.parse(line)).toEqual(value);
  });
});
