// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ExternalLink } from './ExternalLink';
import { render, type Rendered } from './testing/render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('ExternalLink', () => {
  it('opens an https page in a new tab without sending the referrer', async () => {
    view = await render(<ExternalLink href="https://support.example.com/smtp">Help</ExternalLink>);
    const link = view.container.querySelector('a')!;
    expect([link.getAttribute('href'), link.target, link.rel, link.textContent]).toEqual([
      'https://support.example.com/smtp',
      '_blank',
      'noreferrer',
      'Help',
    ]);
  });

  it.each(['http://corporate.example.com/port-25', 'javascript:alert(1)', 'ftp://example.com/x'])(
    'links nothing for %s',
    async (href) => {
      view = await render(<ExternalLink href={href}>Help</ExternalLink>);
      expect(view.container.childNodes.length).toBe(0);
    },
  );
});
