import { describe, expect, it } from 'vitest';
import { renderTable } from './table.ts';

describe('renderTable', () => {
  it("shows a server's escape sequences and control characters as placeholders, columns aligned", () => {
    const text = renderTable({
      host: 'smtp.example.com',
      results: [
        { port: 25, tcp: 'open', ms: 40, banner: '220 \u001b]0;pwned\u0007\u001b[2J evil' },
        { port: 587, tcp: 'timeout', ms: 5000, error: 'no answer\u001b[31m' },
      ],
      verdict: { summary: 'odd\u001b[0m verdict' },
    });
    expect([...text].filter((c) => c !== '\n' && (c < ' ' || c === '\u007f'))).toEqual([]);
    expect(text).toContain('220 \ufffd]0;pwned\ufffd\ufffd[2J evil');
    expect(text).toContain('odd\ufffd[0m verdict');
    const rows = text.split('\n').filter((line) => /^(?:25|587) /.test(line));
    expect(rows).toHaveLength(2);
    const [first, second] = rows.map((row) => row.search(/\d+ ms/));
    expect(first).toBe(second);
  });
});
