import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf } from './format';

describe('formatMessage', () => {
  it.each([
    ['plain text', {}, 'plain text'],
    ['Port {port} is blocked', { port: 25 }, 'Port 25 is blocked'],
    ['{host} on {port}', { host: 'smtp.example.com', port: 587 }, 'smtp.example.com on 587'],
    ['{n, plural, one {# card} other {# cards}}', { n: 1 }, '1 card'],
    ['{n, plural, one {# card} other {# cards}}', { n: 3 }, '3 cards'],
    ['{n, plural, =0 {none} one {# card} other {# cards}}', { n: 0 }, 'none'],
    [
      '{n, plural, one {# error on {host}} other {# errors on {host}}}',
      { n: 2, host: 'a.b' },
      '2 errors on a.b',
    ],
  ] as const)('%s with %j', (template, params, expected) => {
    expect(formatMessage(template, params, 'en')).toBe(expected);
  });

  it('picks Russian plural forms by its rules', () => {
    const m = '{n, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}';
    expect([1, 2, 5, 21, 22, 25, 1.5].map((n) => formatMessage(m, { n }, 'ru'))).toEqual([
      '1 ошибка',
      '2 ошибки',
      '5 ошибок',
      '21 ошибка',
      '22 ошибки',
      '25 ошибок',
      '1,5 ошибки',
    ]);
  });

  it('writes the number the language’s way', () => {
    expect(formatMessage('{n, plural, other {# Zeichen}}', { n: 1234 }, 'de')).toBe('1.234 Zeichen');
  });

  it('refuses a missing parameter, a plural without a number and unbalanced braces', () => {
    expect(() => formatMessage('to {host}', {}, 'en')).toThrow(/Missing parameter \{host\}/);
    expect(() => formatMessage('{n, plural, other {x}}', { n: 'two' }, 'en')).toThrow(/needs a number/);
    expect(() => formatMessage('to {host', { host: 'x' }, 'en')).toThrow(/Unbalanced/);
    expect(() => formatMessage('{n, select, a {x}}', { n: 1 }, 'en')).toThrow(/Unsupported/);
    expect(() => formatMessage('{n, number}', { n: 1 }, 'en')).toThrow(
      /Unsupported placeholder kind "number"/,
    );
    expect(() => formatMessage('{n, plural, one {x}}', { n: 5 }, 'en')).toThrow(/without "other"/);
    expect(() => formatMessage('{constructor}', {}, 'en')).toThrow(/Missing parameter/);
  });
});

describe('placeholdersOf', () => {
  it('lists plain and plural parameters, also inside branches', () => {
    expect(placeholdersOf('{a} and {n, plural, one {# on {host}} other {# on {host}}}')).toEqual(
      new Set(['a', 'n', 'host']),
    );
    expect(placeholdersOf('no parameters')).toEqual(new Set());
  });
});
