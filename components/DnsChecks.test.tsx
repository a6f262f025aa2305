// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../lib/probe/doh';
import { DnsChecks } from './DnsChecks';
import { byText, click, render, waitFor, type Rendered } from './testing/render';

/** Canned DNS-over-HTTPS JSON answers, keyed by "name type". No network. */
function resolverAnswers(table: Record<string, { Status: number; Answer?: unknown[] }>): FetchLike {
  return vi.fn<FetchLike>(async (url) => {
    const u = new URL(url);
    const key = `${u.searchParams.get('name')} ${u.searchParams.get('type')}`;
    const body = table[key] ?? { Status: 0, Answer: [] };
    return { ok: true, status: 200, text: async () => JSON.stringify(body) };
  });
}

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('DnsChecks', () => {
  it('asks nothing until the button is pressed, then reads SPF, DMARC and MX for the finding', async () => {
    const fetchImpl = resolverAnswers({
      'example.org TXT': {
        Status: 0,
        Answer: [{ name: 'example.org', type: 16, TTL: 60, data: '"v=spf1 include:_spf.example.net ~all"' }],
      },
      '_dmarc.example.org TXT': { Status: 0, Answer: [] },
      'example.org MX': {
        Status: 0,
        Answer: [{ name: 'example.org', type: 15, TTL: 60, data: '10 aspmx.l.google.com.' }],
      },
    });
    view = await render(
      <DnsChecks
        category="domain-authentication"
        domain="example.org"
        doh="cloudflare"
        fetchImpl={fetchImpl}
      />,
    );
    expect(fetchImpl).not.toHaveBeenCalled();
    await click(byText(view.container, 'button', 'Check DNS'));
    await waitFor(() => !!view!.container.querySelector('.dns-results'));
    const item = (id: string) => view!.container.querySelector(`[data-check="${id}"]`)?.textContent ?? '';
    expect(item('spf')).toContain('v=spf1 include:_spf.example.net ~all');
    expect(item('dmarc')).toContain('example.org has no DMARC record');
    expect(item('mx')).toContain('aspmx.l.google.com');
    expect(String(vi.mocked(fetchImpl).mock.calls[0]?.[0])).toMatch(
      /^https:\/\/cloudflare-dns\.com\/dns-query\?/,
    );
  });

  it('tells a host that does not exist', async () => {
    const fetchImpl = resolverAnswers({ 'smtp.exmaple.org A': { Status: 3 } });
    view = await render(
      <DnsChecks category="dns-failure" host="smtp.exmaple.org" doh="google" fetchImpl={fetchImpl} />,
    );
    await click(byText(view.container, 'button', 'Check DNS'));
    await waitFor(() => !!view!.container.querySelector('.dns-results'));
    expect(view.container.querySelector('[data-check="host-a"]')?.textContent).toContain('does not exist');
    expect(String(vi.mocked(fetchImpl).mock.calls[0]?.[0])).toMatch(/^https:\/\/dns\.google\/resolve\?/);
  });

  it('sends nothing when DNS checks are off', async () => {
    const fetchImpl = resolverAnswers({});
    view = await render(
      <DnsChecks category="dns-failure" host="smtp.example.org" doh="off" fetchImpl={fetchImpl} />,
    );
    expect(view.container.textContent).toContain('DNS checks are off');
    expect(view.container.querySelector('button[type="submit"]')).toBeNull();
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
