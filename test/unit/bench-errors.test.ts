import { describe, expect, it } from 'vitest';
import { classify, mayContainSendError } from '../../lib/rules';

interface SendError {
  surface: string;
  text: string;
}

// The fixture is plain JavaScript shared with the bench page; a computed specifier keeps
// the type checker from asking for a declaration file.
const FIXTURE = '../fixtures/bench/send-errors.js';
const { SEND_ERRORS } = (await import(/* @vite-ignore */ FIXTURE)) as { SEND_ERRORS: SendError[] };

/** The 50 send errors the in-browser benchmark shows: each must be found, with a cause. */
describe('bench send errors', () => {
  it('has the 50 texts', () => {
    expect(SEND_ERRORS).toHaveLength(50);
  });

  it.each(SEND_ERRORS.map((e) => [e.surface, e.text] as const))(
    '%s: %s passes the prefilter and gets a cause',
    (_surface, text) => {
      expect(mayContainSendError(text)).toBe(true);
      const got = classify(text);
      expect(got.match).toBe(true);
      expect(got.category).not.toBeNull();
      expect(got.category).not.toBe('unknown');
    },
  );
});
