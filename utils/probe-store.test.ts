import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findingKey, type Finding } from '../lib/findings';
import { classify } from '../lib/rules/index';
import { setTabFindings } from './findings-store';
import { forgetStoredProbe, getStoredProbe, storeProbe, type StoredProbe } from './probe-store';

const TEXT = 'SMTP Error: Could not connect to SMTP host. Connection timed out (110) smtp.example.org:25';
const PROBE: StoredProbe = {
  at: 1,
  response: { host: 'smtp.example.org', results: [], verdict: { summary: 's' } },
};

function finding(): Finding {
  const classification = classify(TEXT);
  return {
    key: findingKey(classification.category!, TEXT),
    category: classification.category!,
    classification,
    excerpt: TEXT,
    frameUrl: 'https://panel.example.org/',
    frameId: 0,
    firstSeen: 1,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('probe store', () => {
  it('keeps a run only while its finding is on the tab (a run ending after the tab moved on is dropped)', async () => {
    const f = finding();
    await storeProbe(3, f.key, PROBE);
    expect(await getStoredProbe(3, f.key)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});

    await setTabFindings(3, [f]);
    await storeProbe(3, f.key, PROBE);
    expect(await getStoredProbe(3, f.key)).toEqual(PROBE);
  });

  it('forgets one run on request, and the key with the last one', async () => {
    const f = finding();
    await setTabFindings(4, [f]);
    await storeProbe(4, f.key, PROBE);
    await forgetStoredProbe(4, f.key);
    expect(await getStoredProbe(4, f.key)).toBeUndefined();
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['findings:4']);
  });
});
