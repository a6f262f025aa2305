import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '../../lib/rules/index';
import { findingKey, type Finding } from '../../lib/findings';
import { setTabFindings } from '../../utils/findings-store';
import { startEarlyRead, takeEarlyRead } from './early-read';
import { startPopupState, tabReady } from './popup-state';

function finding(text: string): Finding {
  const classification = classify(text);
  return {
    key: findingKey(classification.category!, text),
    category: classification.category!,
    classification,
    excerpt: text,
    frameUrl: 'https://mail.google.com/mail/u/0/',
    frameId: 0,
    firstSeen: 1,
  };
}
const TIMEOUT = finding(
  'SMTP Error: Could not connect to SMTP host. Connection timed out (110) smtp.example.org:25',
);
const AUTH = finding('535 5.7.8 Username and Password not accepted');

const excerpts = (findings: Finding[]) => findings.map((f) => f.excerpt);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe("the popup's early read of the tab", () => {
  it('reads what the stores wrote, with the keys the stores use', async () => {
    await setTabFindings(3, [TIMEOUT]);
    const global = { browser: fakeBrowser };
    startEarlyRead('?tabId=3', global);
    const read = takeEarlyRead(3, global)!;
    expect(excerpts((await read.values).findings)).toEqual([TIMEOUT.excerpt]);
    expect((await read.values).explained).toBeNull();
    expect(read.changed()).toBe(false);
    expect(takeEarlyRead(3, global)).toBeNull();
  });

  it('notices a change of the tab after the read started', async () => {
    const global = { browser: fakeBrowser };
    startEarlyRead('?tabId=3', global);
    const read = takeEarlyRead(3, global)!;
    await read.values;
    await setTabFindings(4, [AUTH]);
    expect(read.changed()).toBe(false);
    await setTabFindings(3, [AUTH]);
    expect(read.changed()).toBe(true);
  });

  it('is not handed to a popup of another tab, nor started without a tab id', () => {
    const global = { browser: fakeBrowser };
    startEarlyRead('?tabId=3', global);
    expect(takeEarlyRead(9, global)).toBeNull();
    startEarlyRead('', global);
    expect(takeEarlyRead(3, global)).toBeNull();
  });
});

describe('popup state and the early read', () => {
  // The early script finds the extension API as a global, as in the popup.
  beforeEach(() => vi.stubGlobal('browser', fakeBrowser));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the early read when nothing changed since it started, without reading again', async () => {
    await setTabFindings(5, [TIMEOUT]);
    startEarlyRead('?tabId=5');
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    const source = startPopupState('?tabId=5');
    await tabReady(source);
    const { tab } = source.getSnapshot();
    expect(tab.status === 'ready' ? excerpts(tab.findings) : null).toEqual([TIMEOUT.excerpt]);
    expect(get).not.toHaveBeenCalled();
    source.stop();
  });

  it('reads again when the tab changed after the early read started', async () => {
    await setTabFindings(5, [TIMEOUT]);
    startEarlyRead('?tabId=5');
    await setTabFindings(5, [AUTH]);
    const source = startPopupState('?tabId=5');
    await tabReady(source);
    const { tab } = source.getSnapshot();
    expect(tab.status === 'ready' ? excerpts(tab.findings) : null).toEqual([AUTH.excerpt]);
    source.stop();
  });
});
