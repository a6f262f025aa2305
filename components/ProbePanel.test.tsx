// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { PortResult, ProbeResponse } from '../lib/probe/types';
import { ProbePanel } from './ProbePanel';
import type { ProbeOutcome, ProbeRunner } from './probe-runner';
import { byText, click, render, settle, typeInto, type Rendered } from './testing/render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ProbePanel', () => {
  it('shows each port as it arrives, then the verdict, and reports the response', async () => {
    const done = deferred<ProbeOutcome>();
    let report: ((r: PortResult) => void) | undefined;
    const run = vi.fn<ProbeRunner>((_job, onResult) => {
      report = onResult;
      return done.promise;
    });
    const onResponse = vi.fn();
    view = await render(
      <ProbePanel
        defaultHost="smtp.example.org"
        defaultPorts={[25, 587]}
        backendUrl="http://127.0.0.1:8025"
        run={run}
        onResponse={onResponse}
      />,
    );
    await click(byText(view.container, 'button', 'Run probes'));
    expect(run).toHaveBeenCalledWith(
      { host: 'smtp.example.org', ports: [25, 587] },
      expect.any(Function),
      expect.anything(),
    );
    const live = view.container.querySelector('[aria-live="polite"].probe-live')!;
    expect(live.querySelector('[data-port="25"]')?.getAttribute('data-state')).toBe('pending');

    const open587: PortResult = { port: 587, tcp: 'open', ms: 120, starttls: true, auth: ['PLAIN', 'LOGIN'] };
    await act(async () => report!(open587));
    expect(live.querySelector('[data-port="587"]')?.textContent).toContain('offers STARTTLS');
    expect(live.querySelector('[data-port="587"]')?.textContent).toContain('AUTH PLAIN LOGIN');
    expect(live.querySelector('[data-port="25"]')?.getAttribute('data-state')).toBe('pending');

    const response: ProbeResponse = {
      host: 'smtp.example.org',
      results: [{ port: 25, tcp: 'timeout', ms: 5000 }, open587],
      verdict: {
        category: 'port-blocked',
        summary: '25 blocked from here; 587 STARTTLS works',
        fix: 'Use 587.',
      },
    };
    await act(async () => done.resolve({ ok: true, response }));
    await settle();
    expect(live.querySelector('[data-port="25"]')?.getAttribute('data-tcp')).toBe('timeout');
    expect(live.querySelector('[data-port="25"]')?.textContent).toContain('timed out');
    expect(live.querySelector('.verdict')?.textContent).toContain('25 blocked from here; 587 STARTTLS works');
    expect(onResponse).toHaveBeenCalledWith(response);
  });

  it('says the backend is not running, how to start it, and shows the manual checks', async () => {
    const run: ProbeRunner = async () => ({ ok: false, kind: 'not-running', message: 'no backend' });
    view = await render(
      <ProbePanel
        defaultHost=""
        defaultPorts={[25]}
        backendUrl="http://127.0.0.1:8025"
        run={run}
        manualChecks={(host) => <p className="manual">nc -vz {host} 25</p>}
      />,
    );
    const button = byText(view.container, 'button', 'Run probes') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    // A disabled button says why.
    const why = view.container.querySelector(`#${button.getAttribute('aria-describedby')}`);
    expect(why?.textContent).toMatch(/Type the mail server’s name/);
    await typeInto(view.container.querySelector('input[type="text"]'), 'smtp.example.org');
    await click(button);
    await settle();
    const text = view.container.textContent ?? '';
    expect(text).toContain('The probe backend is not running');
    expect(text).toContain('npx smtp-doctor serve');
    // The manual checks are for the host as typed, not the (empty) default.
    expect(view.container.querySelector('.manual')?.textContent).toBe('nc -vz smtp.example.org 25');
    expect(button.getAttribute('aria-describedby')).toBeNull();
  });
});
