#!/usr/bin/env node
// `npm run icons`: render public/icon/source.svg to the PNG sizes the stores and
// browsers ask for (16, 32, 48, 96, 128), with the Chromium the tests use. The SVG
// is the one source; the PNGs are committed so a build needs no browser.
// `npm run icons -- --check` fails when a committed PNG differs from a fresh render.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ICON_DIR = new URL('../public/icon/', import.meta.url);
const SIZES = [16, 32, 48, 96, 128];
const check = process.argv.includes('--check');
const executablePath =
  [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  ) ?? null;
if (!executablePath) {
  console.error('No Chromium found (CHROME_PATH, /usr/bin/chromium): apt-get install -y chromium');
  process.exit(2);
}

const svg = readFileSync(new URL('source.svg', ICON_DIR), 'utf8');
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--disable-gpu', '--no-sandbox'],
});
let stale = 0;
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    // The SVG scaled to the whole viewport, nothing around it, transparent background.
    const scaled = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${scaled}`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    const file = new URL(`${size}.png`, ICON_DIR);
    const same = existsSync(file) && readFileSync(file).equals(png);
    if (check) {
      if (!same) {
        stale++;
        console.error(`public/icon/${size}.png differs from a fresh render of source.svg`);
      }
    } else if (!same) {
      writeFileSync(file, png);
      console.log(`wrote public/icon/${size}.png`);
    }
  }
} finally {
  await browser.close();
}
process.exit(stale ? 1 : 0);
