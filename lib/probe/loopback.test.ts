import { describe, expect, it } from 'vitest';
import { isLoopbackUrl } from './loopback';

describe('isLoopbackUrl', () => {
  it.each(['http://127.0.0.1:8025', 'http://localhost:8025/', 'http://[::1]:8025', 'http://127.1.2.3'])(
    '%s stays on this computer',
    (url) => expect(isLoopbackUrl(url)).toBe(true),
  );

  it.each([
    'http://192.0.2.10:8025',
    'http://mail.example.org:8025',
    'http://localhost.example.org',
    'http://127.0.0.1.example.org',
    'http://[::ffff:c000:20a]',
    'not a url',
  ])('%s does not', (url) => expect(isLoopbackUrl(url)).toBe(false));
});
