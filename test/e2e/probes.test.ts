import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustConfidence } from '../../components/probe-confidence';
import type { ProbeResponse } from '../../lib/probe/types';
import { classify } from '../../lib/rules/index';
import { closedPort, startPeer, type Peer } from '../../server/test-support/peers';
import { chromiumPath, type ExtensionBrowser } from './support/browser';
import { openAdvanced, probeForm } from './support/folds';
import { SITES, type Site } from './support/sites';
import { openExtensionSuite, type ExtensionSuite } from './support/suite';
import { until } from './support/until';

/**
 * The popup's "Run probes" against the real probe backend (`smtp-doctor serve --lab`,
 * spawned from the CLI as a user starts it) and real SMTP servers, all on loopback.
 * The backend's address and token are entered in the options page. What the popup
 * shows is checked against what the same backend answers to the same request.
 */

const ROOT = new URL('../../', import.meta.url).pathname;
// Hex: a token that starts with '-' would read as an option after `--token`.
const TOKEN = randomBytes(18).toString('hex');
const TARGET = '127.0.0.1';

let suite: ExtensionSuite;
let browser: ExtensionBrowser;
let backend: { child: ChildProcess; url: string; configDir: string };
const peers: Peer[] = [];
/** Port → what is there. */
const ports: Record<'starttls' | 'implicit' | 'silent' | 'closed', number> = {
  starttls: 0,
  implicit: 0,
  silent: 0,
  closed: 0,
};

/** `smtp-doctor serve` on an ephemeral loopback port; resolves with its address once it listens. */
async function startBackend(allowPorts: number[]): Promise<typeof backend> {
  const configDir = mkdtempSync(join(tmpdir(), 'smtp-doctor-e2e-config-'));
  const child = spawn(
    process.execPath,
    [
      'bin/smtp-doctor.js',
      'serve',
      '--lab',
      '--port',
      '0',
      '--token',
      TOKEN,
      '--allow-ports',
      allowPorts.join(','),
      '--quiet',
    ],
    { cwd: ROOT, env: { ...process.env, XDG_CONFIG_HOME: configDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the backend did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the backend exited (${code}):\n${output}`));
    });
  });
  return { child, url, configDir };
}

async function stopBackend(): Promise<void> {
  if (!backend) return;
  const { child, configDir } = backend;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(configDir, { recursive: true, force: true });
}

beforeAll(async () => {
  chromiumPath();
  for (const kind of ['starttls', 'implicit', 'silent'] as const) {
    const peer = await startPeer(kind);
    peers.push(peer);
    ports[kind] = peer.port;
  }
  ports.closed = await closedPort();
  backend = await startBackend(Object.values(ports));
  suite = await openExtensionSuite(Object.values(SITES));
  ({ browser } = suite);
});

afterAll(async () => {
  await suite?.close();
  await stopBackend();
  await Promise.all(peers.map((peer) => peer.close()));
});

/** The same request the popup makes, straight to the backend. */
async function probeDirectly(host: string, list: number[]): Promise<ProbeResponse> {
  const response = await fetch(`${backend.url}/v1/probe`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ host, ports: list }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ProbeResponse;
}

async function configureBackend(): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await openAdvanced(options);
  await options.getByLabel('Address', { exact: true }).fill(backend.url);
  await options.getByLabel('Token', { exact: true }).fill(TOKEN);
  await options.getByRole('button', { name: 'Test connection' }).click();
  await options.getByText(/^Connected: SMTP Doctor backend/).waitFor();
  await options.getByText('Saved', { exact: true }).waitFor();
  await options.close();
}

/** The site in a new tab, once its one error is found. */
async function openWithOneFinding(site: Site): Promise<{ page: Page; tabId: number }> {
  const opened = await browser.openTab(site.url);
  await until(
    () => browser.badgeText(opened.tabId),
    (text) => text === '1',
  );
  return opened;
}

describe('probes from the popup through the real backend', () => {
  it('shows each port as it is probed, then the verdict, and moves the confidence', async () => {
    await configureBackend();

    const site = SITES.pleskMailSettings;
    const { page, tabId } = await openWithOneFinding(site);
    const category = classify(site.errors[0]!).category!;

    const popup: Page = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const card = popup.locator(`[data-category="${category}"]`);
    await card.waitFor({ timeout: 10_000 });
    const confidenceBefore = await card.locator('.confidence').getAttribute('data-confidence');

    const list = [ports.starttls, ports.implicit, ports.silent, ports.closed];
    const form = await probeForm(card);
    await form.getByLabel('Server to probe', { exact: true }).fill(TARGET);
    await form.getByLabel('Ports', { exact: true }).fill(list.join(', '));
    // Every state the STARTTLS and greeting-less rows go through, as the popup shows
    // them: recorded in the page, so no state depends on when the test looks.
    await popup.evaluate(
      ([starttls, silent]) => {
        const stateOf = (port: number) =>
          document.querySelector(`.port-row[data-port="${port}"]`)?.getAttribute('data-state') ?? 'none';
        const seen: string[] = [];
        new MutationObserver(() => seen.push(`${stateOf(starttls!)}/${stateOf(silent!)}`)).observe(
          document.body,
          {
            subtree: true,
            childList: true,
            attributes: true,
          },
        );
        Object.assign(globalThis, { e2eRowStates: seen });
      },
      [ports.starttls, ports.silent],
    );
    await form.getByRole('button', { name: 'Run probes' }).click();

    const row = (port: number) => card.locator(`.port-row[data-port="${port}"]`);
    const verdict = card.locator('.verdict');
    await verdict.waitFor({ timeout: 20_000 });
    // Results arrive port by port: the greeting-less server held its row until the
    // backend's deadline (seconds) while the STARTTLS one was already shown.
    const seen = await popup.evaluate(
      () => (globalThis as unknown as { e2eRowStates: string[] }).e2eRowStates,
    );
    expect(seen).toContain('pending/pending');
    expect(seen).toContain('done/pending');
    expect(seen.at(-1)).toBe('done/done');

    const expected = await probeDirectly(TARGET, list);
    for (const result of expected.results) {
      expect(await row(result.port).getAttribute('data-tcp'), `port ${result.port}`).toBe(result.tcp);
    }
    expect(expected.results.find((r) => r.port === ports.closed)?.tcp).toBe('refused');
    expect(expected.results.find((r) => r.port === ports.starttls)?.starttls).toBe(true);
    // Each row says what the backend found on that port (the test CA is not trusted there).
    for (const result of expected.results) {
      const text = await row(result.port).textContent();
      if (result.banner) expect(text).toContain(result.banner);
      if (result.tls?.error) expect(text).toContain(result.tls.error);
      if (result.tls?.ok) expect(text).toContain(`${result.tls.protocol ?? 'TLS'} OK`);
    }
    expect(await verdict.getAttribute('data-verdict-category')).toBe(expected.verdict.category ?? 'none');
    const verdictText = (await verdict.textContent())!.toLowerCase();
    expect(verdictText).toContain(expected.verdict.summary.toLowerCase());

    // The card's confidence follows the probes.
    const before = Number(confidenceBefore);
    const after = adjustConfidence(category, before, expected);
    expect(after.confidence).not.toBe(before);
    await until(
      () => card.locator('.confidence').getAttribute('data-confidence'),
      (value) => value === after.confidence.toFixed(2),
    );
    expect(await card.locator('.confidence-text').textContent()).toContain(after.note);

    await popup.close();
    await page.close();
  });

  it('says when the backend does not answer, and the rest of the popup keeps working', async () => {
    await stopBackend();
    const site = SITES.pleskMailSettings;
    const { page, tabId } = await openWithOneFinding(site);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const card = popup.locator('[data-category]').first();
    await card.waitFor({ timeout: 10_000 });
    const form = await probeForm(card);
    await form.getByLabel('Server to probe', { exact: true }).fill(TARGET);
    await form.getByLabel('Ports', { exact: true }).fill(String(ports.starttls));
    await form.getByRole('button', { name: 'Run probes' }).click();
    await card.getByText('The probe backend is not running').waitFor({ timeout: 15_000 });
    expect(await card.locator('.probe-failure').textContent()).toContain(backend.url);
    // Checks by hand are offered instead, and the diagnosis is still there.
    expect(await card.locator('.probe-failure code').count()).toBeGreaterThan(0);
    expect(await card.locator('.finding-summary').textContent()).not.toBe('');
    await popup.close();
    await page.close();
  });
});
