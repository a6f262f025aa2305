import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, isCategoryId } from './categories';

describe('categories', () => {
  it('lists exactly the ids of docs/diagnosis-categories.md', () => {
    // docs/diagnosis-categories.md is the project's copy of the category contract.
    const doc = readFileSync(new URL('../docs/diagnosis-categories.md', import.meta.url), 'utf8');
    const ids = [...doc.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual([...CATEGORY_IDS]);
  });

  it('recognises ids and rejects anything else', () => {
    expect(isCategoryId('port-blocked')).toBe(true);
    expect(isCategoryId('Port-Blocked')).toBe(false);
    expect(isCategoryId(null)).toBe(false);
  });
});
