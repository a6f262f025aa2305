import type { Catalog } from '../../catalog';

/** The provider records' prose in this language, by key (lib/providers/prose.ts). */
export const providerData: Catalog = {};
