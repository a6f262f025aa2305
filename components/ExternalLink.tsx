import type { ReactNode } from 'react';
import { isLinkable } from '../lib/providers/links';

/** A page outside the extension, opened in a new tab; an address that is not https is not linked. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isLinkable(href)) return null;
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}
