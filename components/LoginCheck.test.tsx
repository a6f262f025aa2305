// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginCheck } from './LoginCheck';
import type { LoginRunner } from './probe-runner';
import { byText, click, render, settle, typeInto, type Rendered } from './testing/render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('LoginCheck', () => {
  it('sends one attempt, shows the rejection with its code, and forgets the password', async () => {
    const run = vi.fn<LoginRunner>(async (job) => ({
      ok: true,
      login: { port: job.port, ok: false, code: 535, error: '5.7.8 Username and Password not accepted' },
      response: { host: job.host, results: [], verdict: { summary: 's' } },
    }));
    view = await render(
      <LoginCheck defaultHost="smtp.gmail.com" defaultPort={587} defaultUser="ana@gmail.com" run={run} />,
    );
    const password = view.container.querySelector<HTMLInputElement>('input[type="password"]')!;
    expect(byText(view.container, 'button', 'Check login')).toHaveProperty('disabled', true);
    await typeInto(password, 'abcd efgh ijkl mnop');
    await click(byText(view.container, 'button', 'Check login'));
    await settle();
    expect(run).toHaveBeenCalledWith(
      { host: 'smtp.gmail.com', port: 587, user: 'ana@gmail.com', pass: 'abcd efgh ijkl mnop' },
      expect.anything(),
    );
    expect(view.container.querySelector('[data-login="rejected"]')?.textContent).toContain('535');
    expect(password.value).toBe('');
  });

  it('says when the login works', async () => {
    const run: LoginRunner = async (job) => ({
      ok: true,
      login: { port: job.port, ok: true },
      response: { host: job.host, results: [], verdict: { summary: 's' } },
    });
    view = await render(
      <LoginCheck defaultHost="smtp.example.org" defaultPort={465} defaultUser="bo" run={run} />,
    );
    await typeInto(view.container.querySelector('input[type="password"]'), 'secret');
    await click(byText(view.container, 'button', 'Check login'));
    await settle();
    expect(view.container.querySelector('[data-login="ok"]')?.textContent).toContain('port 465');
  });

  it('does not call a refusal to send the password a rejection', async () => {
    const run: LoginRunner = async (job) => ({
      ok: true,
      login: {
        port: job.port,
        ok: false,
        error: 'not attempted, credentials would not be protected: self-signed certificate',
      },
      response: { host: job.host, results: [], verdict: { summary: 's' } },
    });
    view = await render(<LoginCheck defaultHost="127.0.0.1" defaultPort={587} defaultUser="bo" run={run} />);
    await typeInto(view.container.querySelector('input[type="password"]'), 'secret');
    await click(byText(view.container, 'button', 'Check login'));
    await settle();
    expect(view.container.querySelector('[data-login="not-tried"]')?.textContent).toContain(
      'credentials would not be protected',
    );
    expect(view.container.querySelector('[data-login="rejected"]')).toBeNull();
  });
});
