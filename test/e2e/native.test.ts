import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIVE_HOST_NAME } from '../../lib/probe/native';
import type { ProbeResponse } from '../../lib/probe/types';
import { classify } from '../../lib/rules/index';
import { CHROMIUM_DEV_ID } from '../../server/native/install';
import { startNativeSession } from '../../server/test-support/native-session';
import { closedPort, startPeer, type Peer } from '../../server/test-support/peers';
import type { ExtensionBrowser } from './support/browser';
import { openAdvanced, probeForm } from './support/folds';
import { SITES } from './support/sites';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';

/**
 * Local probes through native messaging, in real Chromium: the host is installed by
 * `smtp-doctor native install --dir` into the test profile's NativeMessagingHosts
 * folder (where Chromium looks for a custom user-data dir), in lab mode only because
 * this test writes --lab into its launcher. No probe server runs and no token is typed.
 */

const ROOT = new URL('../../', import.meta.url).pathname;
const TARGET = '127.0.0.1';

let suite: ExtensionSuite;
let browser: ExtensionBrowser;
let hostDir = '';
const peers: Peer[] = [];
const ports = { starttls: 0, implicit: 0, closed: 0 };

beforeAll(async () => {
  for (const kind of ['starttls', 'implicit'] as const) {
    const peer = await startPeer(kind);
    peers.push(peer);
    ports[kind] = peer.port;
  }
  ports.closed = await closedPort();
  suite = await openExtensionSuite(Object.values(SITES), {
    // The grant the user gives once in the permission prompt (headless Chromium cannot show it).
    grantedPermissions: ['nativeMessaging'],
    prepareProfile: (userDataDir) => {
      hostDir = join(userDataDir, 'NativeMessagingHosts');
      const install = spawnSync(
        process.execPath,
        [
          'bin/smtp-doctor.js',
          'native',
          'install',
          '--dir',
          hostDir,
          '--lab',
          '--allow-ports',
          Object.values(ports).join(','),
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      if (install.status !== 0) throw new Error(`native install failed: ${install.stderr}`);
    },
  });
  ({ browser } = suite);
});

afterAll(async () => {
  await suite?.close();
  await Promise.all(peers.map((peer) => peer.close()));
});

/** The same request the popup makes, to the same installed host, as Chromium starts it. */
async function probeThroughHost(host: string, list: number[]): Promise<ProbeResponse> {
  const manifest = JSON.parse(readFileSync(join(hostDir, `${NATIVE_HOST_NAME}.json`), 'utf8')) as {
    path: string;
  };
  const session = startNativeSession(manifest.path, [`chrome-extension://${browser.extensionId}/`]);
  try {
    const replies = await session.exchange({ id: 7, type: 'probe', request: { host, ports: list } });
    const done = replies.find((r) => r.type === 'done');
    if (done?.type !== 'done') throw new Error(`no verdict: ${JSON.stringify(replies)}`);
    return done.response;
  } finally {
    await session.close();
  }
}

describe('local probes through native messaging', () => {
  it('loads under the id its manifest key gives, the one the host manifest allows', () => {
    expect(browser.extensionId).toBe(CHROMIUM_DEV_ID);
    const manifest = JSON.parse(readFileSync(join(hostDir, `${NATIVE_HOST_NAME}.json`), 'utf8'));
    expect(manifest.type).toBe('stdio');
    expect(manifest.allowed_origins).toEqual([`chrome-extension://${CHROMIUM_DEV_ID}/`]);
  });

  it('is turned on in the options page, then the popup runs probes with no server and no token', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await openAdvanced(options);
    await options.getByRole('radio', { name: /^This computer/ }).check();
    await options.getByText('Saved', { exact: true }).waitFor();
    // The permission is asked for on this click; this page predates the grant, so it must reload.
    await options.getByRole('button', { name: 'Allow local probes' }).click();
    await options.getByRole('button', { name: 'Reload' }).click();
    await openAdvanced(options);
    await options.getByRole('button', { name: 'Test the helper' }).click();
    await options
      .getByText(/^Connected: SMTP Doctor helper .* on this computer/)
      .waitFor({ timeout: 20_000 });
    expect(await options.locator('.native-probes [role="status"]').textContent()).toContain(
      'lab mode: loopback targets allowed',
    );
    await options.close();

    const site = SITES.pleskMailSettings;
    const { page, tabId } = await browser.openTab(site.url);
    await until(
      () => browser.badgeText(tabId),
      (text) => text === '1',
    );
    const category = classify(site.errors[0]!).category!;
    const popup: Page = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const card = popup.locator(`[data-category="${category}"]`);
    await card.waitFor({ timeout: 10_000 });
    const list = [ports.starttls, ports.implicit, ports.closed];
    const form = await probeForm(card);
    await form.getByLabel('Server to probe', { exact: true }).fill(TARGET);
    await form.getByLabel('Ports', { exact: true }).fill(list.join(', '));
    await form.getByRole('button', { name: 'Run probes' }).click();
    const verdict = card.locator('.verdict');
    await verdict.waitFor({ timeout: 30_000 });

    const expected = await probeThroughHost(TARGET, list);
    const row = (port: number) => card.locator(`.port-row[data-port="${port}"]`);
    for (const result of expected.results) {
      expect(await row(result.port).getAttribute('data-tcp'), `port ${result.port}`).toBe(result.tcp);
    }
    expect(expected.results.find((r) => r.port === ports.closed)?.tcp).toBe('refused');
    expect(expected.results.find((r) => r.port === ports.starttls)?.starttls).toBe(true);
    expect(await verdict.getAttribute('data-verdict-category')).toBe(expected.verdict.category ?? 'none');
    expect((await verdict.textContent())!.toLowerCase()).toContain(expected.verdict.summary.toLowerCase());

    // The guard is the HTTP path's: a private address is refused before any connection.
    await form.getByLabel('Server to probe', { exact: true }).fill('10.0.0.1');
    await form.getByLabel('Ports', { exact: true }).fill(String(ports.starttls));
    await form.getByRole('button', { name: 'Run probes' }).click();
    await card.getByText(/target refused: 10\.0\.0\.1 is a private address/i).waitFor({ timeout: 20_000 });

    await popup.close();
    await page.close();
  });

  it('cannot be reached from a web page', async () => {
    const { page } = await browser.openTab(SITES.pleskMailSettings.url);
    // No externally_connectable: Chromium gives ordinary pages no runtime to message the
    // extension with, and connectNative exists only in the extension's own pages.
    const exposed = await page.evaluate(() => {
      const runtime = (globalThis as { chrome?: { runtime?: Record<string, unknown> } }).chrome?.runtime;
      return { runtime: runtime !== undefined, connectNative: typeof runtime?.connectNative };
    });
    expect(exposed).toEqual({ runtime: false, connectNative: 'undefined' });
    const manifest = await (
      await browser.extensionPage()
    ).evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.optional_permissions).toEqual(['nativeMessaging']);
    expect(manifest.permissions).not.toContain('nativeMessaging');
    await page.close();
  });
});
