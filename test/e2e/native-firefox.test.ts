import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../lib/extension-identity';
import { NATIVE_HOST_NAME } from '../../lib/probe/native';
import type { NativeReply } from '../../lib/probe/native';
import { startPeer, type Peer } from '../../server/test-support/peers';
import { builtExtension } from './support/build';

/**
 * Native messaging in headless Firefox ESR (WebDriver BiDi): `smtp-doctor native install`
 * writes the host manifest under $HOME, the place Firefox reads, with HOME pointed at a
 * temporary folder for both. The optional permission is granted by a real click in the
 * options page (Firefox's prompt is turned off by its pref for automation).
 */

const ROOT = new URL('../../', import.meta.url).pathname;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Fixes the moz-extension:// host of this profile's install.
const UUID = '5d3c4f2e-0000-4000-8000-000000000013';

let home = '';
let browser: Browser;
let options: Page;
let peer: Peer;

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(`FIREFOX E2E CANNOT RUN: no Firefox at ${FIREFOX} (set FIREFOX_PATH)`);
  peer = await startPeer('starttls');
  home = mkdtempSync(join(tmpdir(), 'smtp-doctor-ff-home-'));
  const env = { ...process.env, HOME: home };
  const install = spawnSync(
    process.execPath,
    ['bin/smtp-doctor.js', 'native', 'install', '--lab', '--allow-ports', String(peer.port)],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`native install failed: ${install.stderr}`);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      // No requests of Firefox's own to anywhere.
      'services.settings.server': 'http://127.0.0.1:9/',
    },
  });
  await browser.installExtension(builtExtension('firefox-mv3'));
  options = await browser.newPage();
  // page.goto to moz-extension:// hangs; the BiDi navigate command does not.
  const frame = options.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
  };
  await frame.browsingContext.navigate(`moz-extension://${UUID}/options.html`, 'complete');
});

afterAll(async () => {
  await browser?.close();
  await peer?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('local probes through native messaging in Firefox', () => {
  it('is allowed by a click, then the options page reaches the host with no server and no token', async () => {
    // Where probes run is under the options page's folded "Advanced" section.
    await (await options.waitForSelector('.opt-advanced > summary'))!.click();
    await (await options.waitForSelector('input[value="native"]'))!.click();
    await (await options.waitForSelector('::-p-text(Allow local probes)'))!.click();
    // Firefox adds connectNative to the open page at the grant: no reload is asked for.
    await (await options.waitForSelector('::-p-text(Test the helper)', { timeout: 10_000 }))!.click();
    const connected = await options.waitForSelector('::-p-text(Connected: SMTP Doctor helper)', {
      timeout: 30_000,
    });
    expect(await connected!.evaluate((el) => el.textContent)).toContain('lab mode: loopback targets allowed');
  });

  it('streams a probe of a real SMTP server back through the port', async () => {
    const replies = await options.evaluate(
      (name, port) =>
        new Promise<unknown[]>((resolve, reject) => {
          interface Port {
            postMessage(message: unknown): void;
            disconnect(): void;
            onMessage: { addListener(listener: (message: { type: string }) => void): void };
            onDisconnect: { addListener(listener: () => void): void };
          }
          const api = (globalThis as unknown as { browser: { runtime: { connectNative(n: string): Port } } })
            .browser;
          const native = api.runtime.connectNative(name);
          const got: unknown[] = [];
          native.onMessage.addListener((message) => {
            got.push(message);
            if (message.type !== 'result') {
              native.disconnect();
              resolve(got);
            }
          });
          native.onDisconnect.addListener(() => reject(new Error('the host closed the port')));
          native.postMessage({ id: 1, type: 'probe', request: { host: '127.0.0.1', ports: [port] } });
        }),
      NATIVE_HOST_NAME,
      peer.port,
    );
    const [result, done] = replies as NativeReply[];
    expect(result).toMatchObject({
      id: 1,
      type: 'result',
      result: { port: peer.port, tcp: 'open', starttls: true },
    });
    expect(done).toMatchObject({ id: 1, type: 'done', response: { host: '127.0.0.1' } });
  });
});
