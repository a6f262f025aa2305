// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BackendSection } from './BackendSection';
import { byText, click, render, typeInto, waitFor, type Rendered } from '../../components/testing/render';
import { optionsPageArea } from '../../lib/i18n/surfaces/options-page';
import { speakAlso } from '../../lib/i18n/translator';

// The options page's own messages, as its main.tsx adds them.
speakAlso(optionsPageArea);

// A stand-in backend on loopback that answers the health check like `smtp-doctor serve`.
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (req.headers.authorization !== 'Bearer right-token') {
      return void res
        .writeHead(401, { ...cors, 'content-type': 'application/json' })
        .end('{"error":"bad token"}');
    }
    res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('{"ok":true,"version":"9.9.9"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('BackendSection', () => {
  it('reports a backend that answers, and a refused token', async () => {
    const onChange = vi.fn();
    view = await render(<BackendSection backend={{ url: base, token: 'right-token' }} onChange={onChange} />);
    await click(byText(view.container, 'button', 'Test connection'));
    await waitFor(() => /Connected|refused|answer/.test(view!.container.textContent ?? ''));
    expect(view.container.textContent).toContain('Connected: SMTP Doctor backend 9.9.9');
    expect(onChange).toHaveBeenCalledWith({ url: base, token: 'right-token' });

    await typeInto(view.container.querySelector('input[autocomplete="off"]'), 'wrong');
    await click(byText(view.container, 'button', 'Test connection'));
    await waitFor(() => /refused the token/.test(view!.container.textContent ?? ''));
    expect(view.container.textContent).toContain('refused the token');
  });

  it('says exactly that nothing is running, and how to start it', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    view = await render(
      <BackendSection backend={{ url: `http://127.0.0.1:${closedPort}`, token: 't' }} onChange={() => {}} />,
    );
    await click(byText(view.container, 'button', 'Test connection'));
    await waitFor(() => /No probe backend/.test(view!.container.textContent ?? ''));
    expect(view.container.textContent).toContain('No probe backend is answering at this address');
    expect(view.container.textContent).toContain('npx smtp-doctor serve');
  });
});

describe('BackendSection: where probes run', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('offers this computer and a probe server, and gives native messaging back when the server is chosen', async () => {
    // fakeBrowser does not implement permissions: stand in for them.
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const onProbeViaChange = vi.fn();
    view = await render(
      <BackendSection
        backend={{ url: base, token: '' }}
        onChange={() => {}}
        probeVia="http"
        onProbeViaChange={onProbeViaChange}
      />,
    );
    const radios = [...view.container.querySelectorAll<HTMLInputElement>('input[name="probe-via"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['native', false],
      ['http', true],
    ]);
    await click(radios[0]!);
    expect(onProbeViaChange).toHaveBeenLastCalledWith('native');
    expect(remove).not.toHaveBeenCalled();

    view.unmount();
    view = await render(
      <BackendSection
        backend={{ url: base, token: '' }}
        onChange={() => {}}
        probeVia="native"
        onProbeViaChange={onProbeViaChange}
      />,
    );
    expect(view.container.textContent).toContain('npx smtp-doctor native install');
    expect(view.container.querySelector('input[type="url"]')).toBeNull();
    await click(view.container.querySelector<HTMLInputElement>('input[value="http"]')!);
    expect(remove).toHaveBeenCalledWith({ permissions: ['nativeMessaging'] });
    expect(onProbeViaChange).toHaveBeenLastCalledWith('http');
  });

  it('asks for native messaging inside the click, then asks for a reload in a page older than the grant', async () => {
    // A page loaded before the grant has no runtime.connectNative.
    const runtime = fakeBrowser.runtime as { connectNative?: unknown };
    const connectNative = runtime.connectNative;
    delete runtime.connectNative;
    onTestFinished(() => {
      runtime.connectNative = connectNative;
    });
    let granted = false;
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
      granted = true;
      return true;
    });
    view = await render(
      <BackendSection
        backend={{ url: base, token: '' }}
        onChange={() => {}}
        probeVia="native"
        onProbeViaChange={() => {}}
      />,
    );
    await waitFor(() => /Allow local probes/.test(view!.container.textContent ?? ''));
    byText(view.container, 'button', 'Allow local probes')!.click();
    // Synchronously, within the gesture.
    expect(request).toHaveBeenCalledWith({ permissions: ['nativeMessaging'] });
    await waitFor(() => /reload this page/.test(view!.container.textContent ?? ''));
    expect(byText(view.container, 'button', 'Reload')).toBeDefined();
  });
});
