import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OBSERVED_CHANGES } from '../../../entrypoints/content/observed-changes';

/**
 * The floor of any page watcher: an unpacked extension whose content script observes the
 * whole document with the watcher's own options (OBSERVED_CHANGES) and a
 * MutationObserver callback that returns at once. Its CPU in the trace is what Chromium
 * charges for delivering the records into an isolated world, before any work.
 * Written to a temporary directory, removed on exit.
 */
export function emptyObserverExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-bench-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty MutationObserver (bench floor)',
    version: '1.0',
    // A service worker, so the bench finds the extension's id the same way.
    background: { service_worker: 'background.js' },
    content_scripts: [
      {
        matches: ['https://mail.google.com/*'],
        js: ['content.js'],
        run_at: 'document_idle',
        all_frames: true,
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), '// nothing: the bench reads the id from its URL\n');
  writeFileSync(
    join(dir, 'content.js'),
    `new MutationObserver(() => {}).observe(document, ${JSON.stringify(OBSERVED_CHANGES)});\n`,
  );
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
