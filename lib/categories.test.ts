import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, isCategoryId } from './categories';

describe('categories', () => {
  it('lists exactly the ids of shared/diagnosis-categories.md', () => {
    let doc: string;
    try {
      doc = readFileSync(new URL('../../shared/diagnosis-categories.md', import.meta.url), 'utf8');
    } catch {
      // The shared folder sits beside the repository; fall back to the copy of the ids we keep.
      doc = readFileSync(new URL('../docs/diagnosis-categories.md', import.meta.url), 'utf8');
    }
    const ids = [...doc.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual([...CATEGORY_IDS]);
  });

  it('recognises ids and rejects anything else', () => {
    expect(isCategoryId('port-blocked')).toBe(true);
    expect(isCategoryId('Port-Blocked')).toBe(false);
    expect(isCategoryId(null)).toBe(false);
  });
});
