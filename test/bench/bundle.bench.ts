// Size of each entrypoint's JavaScript in the production build, raw and gzipped.
//
//   npx tsx test/bench/bundle.bench.ts        (or: npm run bench bundle)
//
// An entrypoint's size is its own file plus every chunk it imports statically (what the
// browser must load before it runs); shared chunks count for each entrypoint that loads them.
// Dynamic imports are listed on stderr but not counted.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { emit, note } from './support/emit';
import { ensureBuilt } from './support/extension-build';

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[] }[];
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  side_panel?: { default_path?: string };
  sandbox?: { pages?: string[] };
}

/** Relative module specifiers in static import/export statements of a minified chunk. */
const STATIC_IMPORT = /\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** A relative specifier seen in `file`, as a path from the build root. */
function resolveFrom(file: string, spec: string): string {
  return posix.normalize(posix.join(posix.dirname(file), spec));
}

/** The file and all chunks it imports statically (paths relative to the build root). */
function closure(root: string, entries: string[]): { files: string[]; dynamic: string[] } {
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
    for (const m of code.matchAll(DYNAMIC_IMPORT)) dynamic.add(resolveFrom(file, m[1]!));
  }
  return { files: [...seen], dynamic: [...dynamic].filter((f) => !seen.has(f)) };
}

/** Scripts an HTML page loads: module scripts and modulepreloads. */
function htmlScripts(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(/<script\s[^>]*src="([^"]+)"/g)) out.push(m[1]!);
  for (const m of html.matchAll(/<link\s[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) out.push(m[1]!);
  return out.map((src) => (src.startsWith('/') ? src.slice(1) : posix.join(posix.dirname(page), src)));
}

function entrypoints(root: string): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const out = new Map<string, string[]>();
  const add = (name: string, files: string[]) => out.set(name, [...(out.get(name) ?? []), ...files]);
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js ?? []) add(basename(js, '.js'), [js]);
  }
  const bg = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (bg) add('background', [bg]);
  const pages: [string, string | undefined][] = [
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page ?? manifest.options_page],
    ['sidepanel', manifest.side_panel?.default_path],
  ];
  for (const page of manifest.sandbox?.pages ?? []) pages.push([basename(page, '.html'), page]);
  for (const [name, page] of pages) if (page) add(name, htmlScripts(root, page));
  return out;
}

function main() {
  const root = ensureBuilt();
  note(`bundle bench: ${root}`);
  for (const [name, entryFiles] of entrypoints(root)) {
    const { files, dynamic } = closure(root, entryFiles);
    const code = Buffer.concat(files.map((f) => readFileSync(join(root, f))));
    // Gzip each file on its own: that is how they are stored and fetched.
    const gz = files.reduce((a, f) => a + gzipSync(readFileSync(join(root, f)), { level: 9 }).length, 0);
    emit({ bench: `bundle-${name}-raw`, value: code.length, unit: 'bytes' });
    emit({ bench: `bundle-${name}-gz`, value: gz, unit: 'bytes' });
    note(
      `  ${name}: ${files.join(', ')}${dynamic.length ? ` (dynamic, not counted: ${dynamic.join(', ')})` : ''}`,
    );
  }
}

main();
