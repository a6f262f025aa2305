/**
 * Native messaging framing: each message is UTF-8 JSON preceded by its length as a
 * 32-bit unsigned integer in native byte order (little-endian on every platform
 * browsers run on).
 */

/** A message that breaks the framing or the size limit; the connection cannot go on. */
export class FramingError extends Error {
  constructor(
    message: string,
    /** The HTTP status the same problem gets on the HTTP path. */
    readonly status: 400 | 413,
  ) {
    super(message);
    this.name = 'FramingError';
  }
}

export function encodeMessage(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32LE(body.length, 0);
  return Buffer.concat([header, body]);
}

/**
 * Splits a byte stream into messages. A length over `maxBytes` is refused before
 * its bytes are buffered, so a sender cannot make the reader hold more than that.
 */
export class MessageReader {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly maxBytes: number) {}

  /** Add bytes; returns every message they complete. Throws FramingError. */
  push(chunk: Buffer): unknown[] {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const messages: unknown[] = [];
    while (this.buffered.length >= 4) {
      const length = this.buffered.readUInt32LE(0);
      if (length > this.maxBytes) {
        throw new FramingError(`message of ${length} bytes is over the limit of ${this.maxBytes}`, 413);
      }
      if (this.buffered.length < 4 + length) break;
      const body = this.buffered.subarray(4, 4 + length).toString('utf8');
      this.buffered = this.buffered.subarray(4 + length);
      try {
        messages.push(JSON.parse(body));
      } catch {
        throw new FramingError('message is not JSON', 400);
      }
    }
    return messages;
  }

  /** Bytes of an unfinished message. */
  get pending(): number {
    return this.buffered.length;
  }
}
