// Size of each entrypoint's JavaScript in the production build, raw and gzipped.
//
//   npx tsx test/bench/bundle.bench.ts        (or: npm run bench bundle)
//
// An entrypoint's size is its own file plus every chunk it imports statically (what the
// browser must load before it runs); shared chunks count for each entrypoint that loads them.
// Dynamic imports are listed on stderr but not counted.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { closure, htmlScripts } from './support/chunk-graph';
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
