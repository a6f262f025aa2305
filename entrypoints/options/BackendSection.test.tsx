// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BackendSection } from './BackendSection';
import { byText, click, render, typeInto, waitFor, type Rendered } from '../../components/testing/render';

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
