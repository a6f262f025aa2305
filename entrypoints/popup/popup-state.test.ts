import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '../../lib/rules/index';
import { findingKey, type Finding } from '../../lib/findings';
import { setTabFindings } from '../../utils/findings-store';
import { startPopupState, tabReady } from './popup-state';

const TEXT = 'SMTP Error: Could not connect to SMTP host. Connection timed out (110) smtp.example.org:25';

function finding(): Finding {
  const classification = classify(TEXT);
  return {
    key: findingKey(classification.category!, TEXT),
    category: classification.category!,
    classification,
    excerpt: TEXT,
    frameUrl: 'https://mail.google.com/mail/u/0/',
    frameId: 0,
    firstSeen: 1,
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('tabReady (what the popup waits for before its first render)', () => {
  it("resolves once the tab's findings are read, not before", async () => {
    await setTabFindings(7, [finding()]);
    const source = startPopupState('?tabId=7');
    expect(source.getSnapshot().tab.status).toBe('loading');
    await tabReady(source);
    const { tab } = source.getSnapshot();
    expect(tab.status === 'ready' ? tab.findings.map((f) => f.excerpt) : null).toEqual([TEXT]);
    source.stop();
  });

  it('resolves at once for a source that is ready already', async () => {
    const source = startPopupState('?tabId=8');
    await tabReady(source);
    await tabReady(source);
    expect(source.getSnapshot().tab.status).toBe('ready');
    source.stop();
  });
});

describe("the popup's storage reads", () => {
  it("reads the tab's findings and explained text once each (watching reads nothing)", async () => {
    await setTabFindings(7, [finding()]);
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    const source = startPopupState('?tabId=7');
    await tabReady(source);
    const keys = get.mock.calls.flatMap(([asked]) => (Array.isArray(asked) ? asked : [asked]));
    expect(keys.filter((key) => key === 'findings:7')).toHaveLength(1);
    expect(keys.filter((key) => key === 'explain:7')).toHaveLength(1);
    source.stop();
  });
});
