import { describe, expect, it } from 'vitest';
import { encodeMessage, FramingError, MessageReader } from './framing.ts';

describe('native messaging framing', () => {
  it('reads messages split anywhere, several in one chunk, multi-byte text across a split', () => {
    const a = encodeMessage({ id: 1, text: 'ünïcødé ✉' });
    const b = encodeMessage({ id: 2 });
    expect(a.readUInt32LE(0)).toBe(a.length - 4);
    const bytes = Buffer.concat([a, b]);
    const reader = new MessageReader(1024);
    const seen: unknown[] = [];
    // One byte at a time: every split point, including inside the length and inside a character.
    for (let i = 0; i < bytes.length; i++) seen.push(...reader.push(bytes.subarray(i, i + 1)));
    expect(seen).toEqual([{ id: 1, text: 'ünïcødé ✉' }, { id: 2 }]);
    expect(reader.pending).toBe(0);
    expect(new MessageReader(1024).push(bytes)).toEqual(seen);
  });

  it('refuses a length over the limit as soon as the length is read', () => {
    const header = Buffer.alloc(4);
    header.writeUInt32LE(1025, 0);
    expect(() => new MessageReader(1024).push(header)).toThrow(FramingError);
  });

  it('refuses a body that is not JSON', () => {
    const body = Buffer.from('{nope');
    const header = Buffer.alloc(4);
    header.writeUInt32LE(body.length, 0);
    expect(() => new MessageReader(1024).push(Buffer.concat([header, body]))).toThrow(/not JSON/);
  });
});
