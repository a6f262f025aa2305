import { describe, expect, it } from 'vitest';
import { templatePattern } from './read-back';

const read = (template: string, text: string, numbers?: Set<string>) => {
  const { pattern, names } = templatePattern(template, numbers);
  const match = pattern.exec(text);
  return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1]])) : null;
};

describe('templatePattern', () => {
  it.each([
    [
      'target refused: {address} is {range}',
      'target refused: 10.0.0.1 is a private address',
      { address: '10.0.0.1', range: 'a private address' },
    ],
    [
      'connect to {host} (port {port}) failed',
      'connect to a.example (port 587) failed',
      { host: 'a.example', port: '587' },
    ],
    ['certificate for {name}?', 'certificate for *.example.com?', { name: '*.example.com' }],
    ['no placeholders (really)', 'no placeholders (really)', {}],
  ])('reads %j back', (template, text, facts) => {
    expect(read(template, text)).toEqual(facts);
  });

  it.each([
    ['target refused: {address} is {range}', 'target refused: 10.0.0.1'],
    ['certificate for {name}?', 'certificate for x!'],
    ['no placeholders (really)', 'no placeholders (really) and more'],
  ])('%j does not read %j', (template, text) => {
    expect(read(template, text)).toBeNull();
  });

  it('reads a number only as digits', () => {
    const numbers = new Set(['count']);
    expect(read('{count} ports refused', '1,024 ports refused', numbers)).toEqual({ count: '1,024' });
    expect(read('{count} ports refused', 'many ports refused', numbers)).toBeNull();
  });
});
