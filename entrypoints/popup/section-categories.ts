import { CONNECTION_CATEGORIES, type CategoryId } from '../../lib/categories';

// Which sections a card offers is decided when the card first renders; the sections
// themselves are lazy chunks (lazy-sections.tsx), so these sets live apart from them.

/** Causes a connection test can confirm or weaken. */
export const PROBE_CATEGORIES: ReadonlySet<CategoryId> = new Set([...CONNECTION_CATEGORIES, 'auth-required']);

/** Causes a login attempt can confirm: is this user name and password accepted? */
export const LOGIN_CATEGORIES: ReadonlySet<CategoryId> = new Set(['auth-failed', 'auth-disabled']);
