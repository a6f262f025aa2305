import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What the floor observes, fixed: the whole document, for every change an error can
 * appear through (nodes added, text replaced or edited in place), with no old values.
 * It does not follow the watcher's own options, so a watcher that observes less is
 * measured as a saving instead of getting a cheaper floor.
 */
export const FLOOR_OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * The floor of any page watcher: an unpacked extension whose content script observes the
 * whole document (FLOOR_OBSERVED) with a MutationObserver callback that returns at once.
 * Its CPU in the trace is what Chromium charges for delivering the records into an
 * isolated world, before any work. Written to a temporary directory, removed on exit.
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
    `new MutationObserver(() => {}).observe(document, ${JSON.stringify(FLOOR_OBSERVED)});\n`,
  );
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
