// Types of messages.mjs, for the TypeScript scripts beside it.
export const GLIBC: readonly string[];
export const MSMTP: readonly string[];
export const MUTT: readonly string[];
export const ROUNDCUBE: readonly string[];
