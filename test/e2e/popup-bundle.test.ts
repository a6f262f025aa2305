import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SURFACE_AREAS } from '../../lib/i18n/surfaces';
import { closure, htmlScripts } from '../bench/support/chunk-graph';
import { builtExtension } from './support/build';

/** The keys of each surface area (lib/i18n/surfaces) found in any of `files`, by area. */
function surfaceKeysIn(dir: string, files: string[]): Record<string, string[]> {
  const code = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  return Object.fromEntries(
    Object.entries(SURFACE_AREAS).map(([area, { english }]) => [
      area,
      Object.keys(english).filter((key) => code.includes(`"${key}"`) || code.includes(`'${key}'`)),
    ]),
  );
}

/** Every script a page can load: its own, what they import, and every chunk they may import later. */
function everyScriptOf(dir: string, page: string): string[] {
  return closure(dir, htmlScripts(dir, page), { followDynamic: true }).files;
}

describe("the popup's scripts", () => {
  const dir = builtExtension('chrome-mv3');

  it('hold no message of the CLI or the options page, in any language', () => {
    const found = surfaceKeysIn(dir, everyScriptOf(dir, 'popup.html'));
    expect(found).toEqual(Object.fromEntries(Object.keys(SURFACE_AREAS).map((area) => [area, []])));
  });

  it("while the options page's scripts hold every message of its own area", () => {
    const found = surfaceKeysIn(dir, everyScriptOf(dir, 'options.html'));
    expect(found.optionsPage).toEqual(Object.keys(SURFACE_AREAS.optionsPage.english));
    expect(found.cli).toEqual([]);
  });
});
