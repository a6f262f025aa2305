import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtension } from './support/build';

/** A sentence only webextension-polyfill's code contains. */
const POLYFILL = 'This script should only be loaded in a browser extension';

describe('the content script', () => {
  const dir = builtExtension('chrome-mv3');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');

  it('uses the browser’s own promise APIs, without webextension-polyfill, which the background keeps', () => {
    expect(read('background.js')).toContain(POLYFILL);
    expect(read('content-scripts/content.js')).not.toContain(POLYFILL);
  });
});
