// The scripts of a built extension and the chunks they import (bundle.bench.ts, and the
// e2e check that the popup's scripts carry no options-page or CLI messages).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Relative module specifiers in static import/export statements of a minified chunk. */
const STATIC_IMPORT = /\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** A relative specifier seen in `file`, as a path from the build root. */
function resolveFrom(file: string, spec: string): string {
  return posix.normalize(posix.join(posix.dirname(file), spec));
}

/**
 * The files and all chunks they import statically (paths relative to the build root), and the
 * chunks imported dynamically from those; `followDynamic` follows those too.
 */
export function closure(
  root: string,
  entries: string[],
  { followDynamic = false } = {},
): { files: string[]; dynamic: string[] } {
  const seen = new Set<string>();
  const dynamic = new Set<string>();
  const queue = entries.map((e) => e.replace(/^\//, ''));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const path = join(root, file);
    if (!existsSync(path)) throw new Error(`${file} is referenced but missing from the build`);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(resolveFrom(file, m[1]!));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) {
      const chunk = resolveFrom(file, m[1]!);
      if (followDynamic) queue.push(chunk);
      else dynamic.add(chunk);
    }
  }
  return { files: [...seen], dynamic: [...dynamic].filter((f) => !seen.has(f)) };
}

/** Scripts an HTML page loads: module and classic scripts, and modulepreloads. */
export function htmlScripts(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(/<script\s[^>]*src="([^"]+)"/g)) out.push(m[1]!);
  for (const m of html.matchAll(/<link\s[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) out.push(m[1]!);
  return out.map((src) => (src.startsWith('/') ? src.slice(1) : posix.join(posix.dirname(page), src)));
}
