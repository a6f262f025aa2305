// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginCheck, type LoginProvider } from './LoginCheck';
import type { LoginRunner } from './probe-runner';
import { byText, click, render, settle, typeInto, type Rendered } from './testing/render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const GMAIL: LoginProvider = {
  providerName: 'Gmail',
  host: 'smtp.gmail.com',
  port: 587,
  hosts: ['smtp.gmail.com'],
};

function other(host: string, port: number): LoginProvider {
  return { providerName: 'Example', host, port, hosts: [host] };
}

function destination(view: Rendered) {
  return view.container.querySelector('.login-destination');
}

describe('LoginCheck', () => {
  it('sends one attempt, shows the rejection with its code, and forgets the password', async () => {
    const run = vi.fn<LoginRunner>(async (job) => ({
      ok: true,
      login: { port: job.port, ok: false, code: 535, error: '5.7.8 Username and Password not accepted' },
      response: { host: job.host, results: [], verdict: { summary: 's' } },
    }));
    view = await render(<LoginCheck provider={GMAIL} defaultUser="ana@gmail.com" run={run} />);
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
    view = await render(<LoginCheck provider={other('smtp.example.org', 465)} defaultUser="bo" run={run} />);
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
    view = await render(<LoginCheck provider={other('127.0.0.1', 587)} defaultUser="bo" run={run} />);
    await typeInto(view.container.querySelector('input[type="password"]'), 'secret');
    await click(byText(view.container, 'button', 'Check login'));
    await settle();
    expect(view.container.querySelector('[data-login="not-tried"]')?.textContent).toContain(
      'credentials would not be protected',
    );
    expect(view.container.querySelector('[data-login="rejected"]')).toBeNull();
  });

  it("says where the password goes, with no warning for the provider's own server", async () => {
    view = await render(<LoginCheck provider={GMAIL} defaultUser="ana@gmail.com" run={vi.fn()} />);
    const before = destination(view)!;
    expect(before.textContent).toContain('Your password will be sent to smtp.gmail.com:587');
    expect(before.querySelector('.notice-warn')).toBeNull();
    // Said before the button, so it is read before pressing it.
    const button = byText(view.container, 'button', 'Check login')!;
    expect(before.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("warns when the host typed is not the provider's, and sends only there", async () => {
    const run = vi.fn<LoginRunner>(async (job) => ({
      ok: true,
      login: { port: job.port, ok: true },
      response: { host: job.host, results: [], verdict: { summary: 's' } },
    }));
    view = await render(<LoginCheck provider={GMAIL} defaultUser="ana@gmail.com" run={run} />);
    await typeInto(view.container.querySelector('.login-host input'), 'smtp.mail-secure-relay.com');
    await typeInto(view.container.querySelector('.field:nth-of-type(2) input'), '465');
    const shown = destination(view)!;
    expect(shown.textContent).toContain('Your password will be sent to smtp.mail-secure-relay.com:465');
    expect(shown.querySelector('[data-warning="not-provider"]')?.textContent).toContain(
      'smtp.mail-secure-relay.com is not a server of Gmail',
    );
    // Back to the provider's host, in other letter case: no warning.
    await typeInto(view.container.querySelector('.login-host input'), 'SMTP.Gmail.com');
    expect(destination(view)!.querySelector('.notice-warn')).toBeNull();
  });

  it('with no provider chosen, starts empty and asks to check the server', async () => {
    view = await render(<LoginCheck provider={null} defaultUser="ana@example.org" run={vi.fn()} />);
    const hostInput = view.container.querySelector<HTMLInputElement>('.login-host input')!;
    expect(hostInput.value).toBe('');
    expect(destination(view)!.querySelector('[data-warning="no-provider"]')?.textContent).toContain(
      'No mail provider is chosen',
    );
    await typeInto(hostInput, 'smtp.example.org');
    expect(destination(view)!.textContent).toContain('Your password will be sent to smtp.example.org:587');
    expect(destination(view)!.querySelector('[data-warning="no-provider"]')?.textContent).toContain(
      'Check that smtp.example.org is your provider',
    );
  });
});
