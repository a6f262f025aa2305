// Types of read-mo.mjs, for the TypeScript scripts beside it.
export function readMo(path: string): Map<string, string>;
