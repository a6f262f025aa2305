import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtension } from '../e2e/support/build';

/** What the stores show: AMO the 48 and 96 px icons, the Chrome Web Store the 128 px one; browsers 16 and 32. */
const STORE_ICON_SIZES = [16, 32, 48, 96, 128];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the Firefox package', () => {
  const dir = builtExtension('firefox-mv3');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    icons: Record<string, string>;
  };

  it('has an icon at every size the stores and the browser ask for, each really that size', () => {
    expect(
      Object.keys(manifest.icons)
        .map(Number)
        .toSorted((a, b) => a - b),
    ).toEqual(STORE_ICON_SIZES);
    for (const [size, path] of Object.entries(manifest.icons)) {
      expect(pngSize(join(dir, path))).toEqual([Number(size), Number(size)]);
    }
  });
});
