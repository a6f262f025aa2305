#!/usr/bin/env node
// `npm start`: build the extension, serve a demo webmail that fails to send (on
// loopback), start the probe backend, and open Chromium with the extension loaded
// on the demo page. Without a display it builds and explains how to load the
// extension by hand. Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ensureBuilt, outputDir, ROOT } from './extension-build.mjs';

const EXTENSION_DIR = outputDir('chrome-mv3');
const DEMO_HOST = 'webmail.example.org';
const DEMO_PATH = '/?_task=mail&_action=compose';

const say = (line = '') => process.stdout.write(`${line}\n`);

/** The production build (whatever NODE_ENV this runs under), reused when it is current. */
function build() {
  try {
    ensureBuilt('chrome-mv3', { log: (why) => say(`▶ Building the extension: ${why}…`) });
  } catch (error) {
    say(`✖ ${error.message}`);
    process.exit(1);
  }
  say(`▶ The production build is ready in ${EXTENSION_DIR}.`);
}

function loadByHand() {
  say('To load it by hand in Chrome, Chromium, Edge or Brave:');
  say('  1. open chrome://extensions and switch on "Developer mode"');
  say(`  2. "Load unpacked" → choose ${EXTENSION_DIR}`);
  say('  3. open a webmail or panel (Gmail, Outlook, Roundcube, cPanel …) and look for the badge.');
  say('Firefox: npm run build:firefox, then about:debugging → "Load Temporary Add-on" →');
  say(`  ${join(outputDir('firefox-mv3'), 'manifest.json')}`);
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROME_PATH, else a Chromium on the PATH (branded Chrome 137+ ignores --load-extension). */
function findChromium() {
  if (process.env.CHROME_PATH) return isExecutable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  const names = ['chromium', 'chromium-browser', 'google-chrome-for-testing'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  const mac = '/Applications/Chromium.app/Contents/MacOS/Chromium';
  return existsSync(mac) ? mac : null;
}

// Roundcube's compose screen as it looks when the SMTP server cannot be reached:
// the same markers as the real one (body class, program/js/app.min.js), the same toast.
const DEMO_PAGE = `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>Roundcube Webmail :: Compose</title>
<link rel="shortcut icon" href="skins/elastic/images/favicon.ico">
<script src="program/js/app.min.js?s=1700000000"></script>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #2c363a; }
  header { background: #2c363a; color: #fff; padding: 10px 20px; font-weight: 600; }
  main { max-width: 760px; margin: 24px auto; background: #fff; border-radius: 6px; padding: 20px 24px;
         box-shadow: 0 1px 3px rgba(0,0,0,.15); }
  label { display: block; margin: 8px 0 4px; font-weight: 600; }
  input, textarea { width: 100%; box-sizing: border-box; padding: 6px 8px; font: inherit; border: 1px solid #bbc; border-radius: 4px; }
  textarea { height: 120px; }
  button { margin-top: 12px; padding: 8px 18px; font: inherit; border: 0; border-radius: 4px; background: #37beff; color: #fff; cursor: pointer; }
  #messagestack { position: fixed; right: 20px; bottom: 20px; max-width: 420px; }
  .alert { background: #ffe3e3; color: #a00; border: 1px solid #f5b5b5; border-radius: 4px; padding: 10px 14px; margin-top: 8px; }
  .hint { color: #667; font-size: 13px; margin-top: 18px; }
</style>
</head>
<body class="task-mail action-compose">
<header>Roundcube Webmail — demo (served from this computer by npm start)</header>
<main>
  <form onsubmit="return false">
    <label for="to">To</label><input id="to" value="jordan@example.net">
    <label for="subject">Subject</label><input id="subject" value="Invoice 2026-03">
    <label for="body">Message</label><textarea id="body">Hello Jordan, the invoice is attached.</textarea>
    <button type="button" id="send">Send</button>
  </form>
  <p class="hint">This page imitates a webmail whose SMTP connection fails. SMTP Doctor marks the error beside
  the message (the small red “Why?” button) and counts it on its toolbar badge; click either to read the diagnosis.
  Right-click any selected error text on any page for “Explain this email error”.</p>
</main>
<div id="messagestack"></div>
<script>
  function showError() {
    const toast = document.createElement('div');
    toast.className = 'ui alert alert-danger';
    toast.setAttribute('role', 'alert');
    toast.textContent = 'SMTP Error (-1): Connection to server failed.';
    document.getElementById('messagestack').replaceChildren(toast);
  }
  document.getElementById('send').addEventListener('click', () => setTimeout(showError, 400));
  setTimeout(showError, 1200);
</script>
</body>
</html>`;

function startDemoServer() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(DEMO_PAGE);
    } else if (url.pathname.endsWith('.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end('');
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolvePort) =>
    server.listen(0, '127.0.0.1', () => resolvePort({ server, port: server.address().port })),
  );
}

/** The probe backend (`smtp-doctor serve`), if this checkout has one that starts. */
function startBackend() {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'smtp-doctor.js'), 'serve'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolveChild) => {
    const timer = setTimeout(() => resolveChild(child), 3000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      say(
        `ℹ The probe backend did not start (exit ${code}); the extension works without it, probes stay off.`,
      );
      resolveChild(null);
    });
  });
}

async function main() {
  build();
  if (!hasDisplay()) {
    say('');
    say('ℹ No display here (DISPLAY / WAYLAND_DISPLAY are unset), so no browser is opened.');
    loadByHand();
    return 0;
  }
  const chromium = findChromium();
  if (!chromium) {
    say('');
    say('✖ No Chromium found: install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH.');
    loadByHand();
    return 1;
  }

  const started = [];
  const profile = mkdtempSync(join(tmpdir(), 'smtp-doctor-profile-'));
  const { server, port } = await startDemoServer();
  started.push(
    () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  );
  const backend = await startBackend();
  if (backend) started.push(() => backend.kill('SIGTERM'));

  const url = `http://${DEMO_HOST}${DEMO_PATH}`;
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    // Branded Chrome needs this to honour --load-extension (for as long as it exists).
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
    // Only the demo host is mapped (to this computer); every other site resolves as usual.
    `--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1:${port}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ];
  say(`▶ Opening ${chromium} on ${url} (served from 127.0.0.1:${port}) with the extension loaded.`);
  say('  Ctrl-C stops the browser, the demo server and the probe backend.');
  const browser = spawn(chromium, args, { stdio: 'ignore' });
  started.push(() => browser.kill('SIGTERM'));

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    for (const undo of started.reverse()) await undo();
    rmSync(profile, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  browser.on('exit', () => void stop(0));
  return null;
}

const code = await main();
if (code !== null) process.exit(code);
