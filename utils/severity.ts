import type { CategoryId } from '../lib/categories';

/**
 * How bad a finding is for the person sending, for the badge colour:
 * - blocking: nothing gets out until the setup changes (port, TLS, login, policy);
 * - recipient: this message bounced for one recipient, the setup itself works;
 * - temporary: the server asked to retry later.
 */
export type Severity = 'blocking' | 'recipient' | 'temporary';

const RECIPIENT: ReadonlySet<CategoryId> = new Set(['recipient-rejected', 'mailbox-full']);
const TEMPORARY: ReadonlySet<CategoryId> = new Set(['greylisted', 'rate-limit']);

export const SEVERITY_RANK: Record<Severity, number> = { temporary: 1, recipient: 2, blocking: 3 };

/** Badge background colours; each keeps white badge text above 4.5:1 contrast. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  blocking: '#B3261E',
  recipient: '#9A4500',
  temporary: '#1A5FB4',
};

export function severityOf(category: CategoryId): Severity {
  if (RECIPIENT.has(category)) return 'recipient';
  if (TEMPORARY.has(category)) return 'temporary';
  return 'blocking';
}

/** The worst severity among categories, or null for none. */
export function worstSeverity(categories: Iterable<CategoryId>): Severity | null {
  let worst: Severity | null = null;
  for (const category of categories) {
    const severity = severityOf(category);
    if (!worst || SEVERITY_RANK[severity] > SEVERITY_RANK[worst]) worst = severity;
  }
  return worst;
}
