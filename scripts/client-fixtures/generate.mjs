#!/usr/bin/env node
// Makes real SMTP clients fail for real inside two network namespaces this script creates, and
// writes their exact output to test/fixtures/clients/<client>.jsonl. Needs root and the Debian
// packages listed in test/fixtures/clients/README.md. Not part of `npm test`:
//   npm run fixtures:clients            (all clients)
//   npm run fixtures:clients -- curl    (only the named clients)
//   npm run fixtures:clients -- --relabel   (no runs: recompute labels and splits of the files)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDR, HOST, SCENARIOS, expectedFor } from './scenarios.mjs';
import { CLIENTS } from './clients.mjs';
import { writeMailStack } from './mail-stack.mjs';
import { makeCertificates } from './certs.mjs';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..', '..');
const OUT = join(ROOT, 'test', 'fixtures', 'clients');
const WORK = '/tmp/smtpdoc-clientgen'; // fixed: paths in the clients' output stay the same run to run
const NS_CLIENT = 'smtpdoc-cg-client';
const NS_SERVER = 'smtpdoc-cg-server';
const ENGLISH = 'C.UTF-8';
const LOCALES = ['de_DE.UTF-8', 'fr_FR.UTF-8', 'es_ES.UTF-8', 'pt_BR.UTF-8', 'ru_RU.UTF-8'];
// PHPMailer waits 300 s (its Timelimit) for a greeting that never comes; other clients stop sooner.
const RUN_LIMIT_MS = 330_000;
const PARALLEL = 16;

const started = []; // child processes we started, stopped by their pid at the end
let stopping = false;
let mailStack = null; // set once its config is written, for the clean-up

const sh = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
const inNs = (ns, cmd, args) => sh('ip', ['netns', 'exec', ns, cmd, ...args]);

function ensureLocales() {
  const have = sh('locale', ['-a']).toLowerCase().replaceAll('utf-8', 'utf8');
  for (const loc of LOCALES) {
    if (have.includes(loc.toLowerCase().replace('utf-8', 'utf8'))) continue;
    const [lang] = loc.split('.');
    sh('localedef', ['-i', lang, '-f', 'UTF-8', loc]);
  }
}

function setUpNetwork() {
  tearDownNetwork();
  sh('ip', ['netns', 'add', NS_CLIENT]);
  sh('ip', ['netns', 'add', NS_SERVER]);
  sh('ip', [
    'link',
    'add',
    'cg-c',
    'netns',
    NS_CLIENT,
    'type',
    'veth',
    'peer',
    'name',
    'cg-s',
    'netns',
    NS_SERVER,
  ]);
  inNs(NS_CLIENT, 'ip', ['addr', 'add', `${ADDR.client}/16`, 'dev', 'cg-c']);
  inNs(NS_CLIENT, 'ip', ['link', 'set', 'cg-c', 'up']);
  inNs(NS_CLIENT, 'ip', ['link', 'set', 'lo', 'up']);
  inNs(NS_SERVER, 'ip', ['addr', 'add', `${ADDR.server}/16`, 'dev', 'cg-s']);
  const extra = [
    ADDR.good,
    ADDR.closed,
    ADDR.silent,
    ADDR.selfSigned,
    ADDR.expired,
    ADDR.wrongHost,
    ADDR.unknownCa,
    ADDR.tls10,
    ADDR.postfix,
    ADDR.postfixEncrypt,
    ADDR.postfixSmallSize,
    ADDR.dns,
    ADDR.noDns,
    ...Object.values(ADDR.block),
  ];
  for (const ip of extra) inNs(NS_SERVER, 'ip', ['addr', 'add', `${ip}/32`, 'dev', 'cg-s']);
  inNs(NS_SERVER, 'ip', ['link', 'set', 'cg-s', 'up']);
  inNs(NS_SERVER, 'ip', ['link', 'set', 'lo', 'up']);
  // Every ICMP error is sent: rate limiting would turn some rejections into timeouts.
  inNs(NS_SERVER, 'sysctl', ['-qw', 'net.ipv4.icmp_ratelimit=0']);
  const ports = '{ 25, 465, 587 }';
  const b = ADDR.block;
  const rules = `table inet smtpdoc_isp {
  chain input {
    type filter hook input priority 0; policy accept;
    ip daddr ${b.drop} tcp dport ${ports} drop
    ip daddr ${b.reset} tcp dport ${ports} reject with tcp reset
    ip daddr ${b.icmpPort} tcp dport ${ports} reject with icmp type port-unreachable
    ip daddr ${b.icmpNet} tcp dport ${ports} reject with icmp type net-unreachable
    ip daddr ${b.icmpAdmin} tcp dport ${ports} reject with icmp type admin-prohibited
  }
}
`;
  writeFileSync(join(WORK, 'isp.nft'), rules);
  inNs(NS_SERVER, 'nft', ['-f', join(WORK, 'isp.nft')]);
}

function tearDownNetwork() {
  for (const ns of [NS_CLIENT, NS_SERVER]) spawnSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
}

/** Starts a long-running process in the server namespace; resolves when `ready` says so. */
function startInServerNs(name, argv, ready, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn('ip', ['netns', 'exec', NS_SERVER, ...argv], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...opts,
    });
    started.push(child);
    if (ready === null) resolve(child);
    let log = '';
    const onData = (d) => {
      log += d;
      if (ready?.(log)) resolve(child);
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('exit', (code) => {
      if (!stopping) console.error(`${name} exited (${code}):\n${log}`);
      reject(new Error(`${name} exited (${code})`));
    });
  });
}

function stopAll() {
  stopping = true;
  for (const child of started) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
}

async function waitForPort(ip, port) {
  for (let i = 0; i < 100; i++) {
    const r = spawnSync('ip', ['netns', 'exec', NS_CLIENT, 'bash', '-c', `exec 3<>/dev/tcp/${ip}/${port}`], {
      stdio: 'ignore',
      timeout: 2000,
    });
    if (r.status === 0) return;
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error(`nothing listens on ${ip}:${port}`);
}

/** Per-scenario /etc/hosts, resolv.conf and nsswitch.conf, bind-mounted in the client's own mount namespace. */
function nameFiles(scenario) {
  const dir = join(WORK, 'names', scenario.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'hosts'), `127.0.0.1 localhost\n::1 localhost\n${scenario.hosts}`);
  writeFileSync(join(dir, 'resolv.conf'), `nameserver ${scenario.resolver}\noptions timeout:2 attempts:1\n`);
  writeFileSync(join(dir, 'nsswitch.conf'), 'hosts: files dns\n');
  return dir;
}

const MOUNT_AND_RUN = [
  'hostname laptop.example.test',
  'mount --bind "$0/hosts" /etc/hosts',
  'mount --bind "$0/resolv.conf" /etc/resolv.conf',
  'mount --bind "$0/nsswitch.conf" /etc/nsswitch.conf',
  'if [ -n "$CG_STDIN" ]; then exec "$@" <"$CG_STDIN" 2>&1; else exec "$@" </dev/null 2>&1; fi',
].join('\n');

function runClient(client, scenario, locale, ctx) {
  const { argv, env = {}, stdin } = CLIENTS[client].run({ ...scenario, host: HOST }, ctx);
  const dir = join(WORK, 'names', scenario.id);
  const fullEnv = {
    PATH: process.env.PATH,
    HOME: join(WORK, 'home'),
    LANG: locale,
    LC_ALL: locale,
    TERM: 'dumb',
    ...env,
    CG_STDIN: stdin ?? '',
  };
  return new Promise((resolve) => {
    const child = spawn(
      'ip',
      [
        'netns',
        'exec',
        NS_CLIENT,
        'unshare',
        '--mount',
        '--uts',
        '--',
        'sh',
        '-c',
        MOUNT_AND_RUN,
        dir,
        ...argv,
      ],
      {
        env: fullEnv,
        cwd: join(HERE, 'clients'),
        stdio: ['ignore', 'pipe', 'inherit'],
        detached: true,
      },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, RUN_LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ text: out, exit: code, killed: signal !== null });
    });
  });
}

function versionOf(client) {
  const [cmd, ...args] = CLIENTS[client].version;
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: join(HERE, 'clients') });
  const line = `${r.stdout}${r.stderr}`.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

/** Paths that depend on the checkout are written as /srv/smtp-doctor. */
const stable = (text) => text.replaceAll(ROOT, '/srv/smtp-doctor');

function splitOf(client, scenario, locale) {
  const h = createHash('sha256').update(`${client}|${scenario}|${locale}`).digest();
  return h[0] < 128 ? 'blind' : 'train';
}

async function pool(jobs, limit) {
  const results = [];
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
      done++;
      if (done % 25 === 0) console.log(`  ${done}/${jobs.length}`);
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** Message bodies (swaks) and whole messages (msmtp, curl): a short one and one over the size limit. */
function writeMessages() {
  const files = {};
  const bodies = { body: 'This is a test message.\n'.repeat(3), bigBody: `${'x'.repeat(76)}\n`.repeat(60) };
  for (const [name, body] of Object.entries(bodies)) {
    files[name] = join(WORK, `${name}.txt`);
    writeFileSync(files[name], body);
    const message = name === 'body' ? 'message' : 'bigMessage';
    files[message] = join(WORK, `${message}.eml`);
    writeFileSync(
      files[message],
      `From: sender@example.test\nTo: root@example.test\nSubject: Test\n\n${body}`,
    );
  }
  return files;
}

async function main() {
  if (process.getuid?.() !== 0) throw new Error('run as root: it creates network namespaces');
  const only = process.argv.slice(2);
  const clients = Object.keys(CLIENTS).filter((c) => only.length === 0 || only.includes(c));
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'home'), { recursive: true });
  ensureLocales();
  const certs = makeCertificates(join(WORK, 'certs'));
  const ctx = { ca: certs.ca, goBinary: join(WORK, 'go-send'), ...writeMessages() };
  sh('go', ['build', '-o', ctx.goBinary, '.'], {
    cwd: join(HERE, 'clients', 'go'),
    env: {
      ...process.env,
      GOFLAGS: '-mod=mod',
      GOPROXY: 'off',
      GOTOOLCHAIN: 'local',
      GOCACHE: join(WORK, 'gocache'),
      GOPATH: join(WORK, 'gopath'),
    },
  });
  setUpNetwork();
  const stack = writeMailStack(WORK, certs);
  mailStack = stack;
  await startInServerNs('dovecot', stack.dovecot, (log) => log.includes('starting up'));
  await startInServerNs('postfix', stack.postfix, null);
  const serverConfig = {
    smtp: [
      ...[ADDR.good, ...Object.values(ADDR.block)].map((ip) => ({ ip, tls: certs.good })),
      { ip: ADDR.selfSigned, tls: certs.selfSigned },
      { ip: ADDR.expired, tls: certs.expired },
      { ip: ADDR.wrongHost, tls: certs.wrongHost },
      { ip: ADDR.unknownCa, tls: certs.unknownCa },
      {
        ip: ADDR.tls10,
        tls: {
          ...certs.good,
          extra: { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
        },
      },
    ],
    silent: [ADDR.silent],
    dns: ADDR.dns,
  };
  await startInServerNs(
    'servers',
    [process.execPath, join(HERE, 'servers.mjs'), JSON.stringify(serverConfig)],
    (log) => log.includes('ready'),
  );
  await waitForPort(ADDR.postfix, 25);
  await waitForPort(ADDR.postfix, 587);

  const versions = Object.fromEntries(clients.map((c) => [c, versionOf(c)]));
  const jobs = [];
  for (const client of clients) {
    for (const scenario of SCENARIOS) {
      const locales = [ENGLISH, ...(CLIENTS[client].translated && scenario.connection ? LOCALES : [])];
      for (const locale of locales) {
        jobs.push(async () => {
          const big = scenario.bodyBytes > 1000;
          const runCtx = big ? { ...ctx, message: ctx.bigMessage, body: ctx.bigBody } : ctx;
          const r = await runClient(client, scenario, locale, runCtx);
          return { client, scenario, locale, ...r };
        });
      }
    }
  }
  for (const scenario of SCENARIOS) nameFiles(scenario);
  console.log(`running ${jobs.length} client runs, ${PARALLEL} at a time`);
  const results = await pool(jobs, PARALLEL);
  const dead = started.filter((child) => child.exitCode !== null || child.signalCode !== null);
  if (dead.length > 0)
    throw new Error(`a server stopped during the runs: ${dead.map((c) => c.spawnargs.join(' ')).join('; ')}`);

  mkdirSync(OUT, { recursive: true });
  for (const client of clients) {
    const rows = results
      .filter((r) => r.client === client)
      .map((r) =>
        fixtureRow({
          text: stable(r.text).trimEnd(),
          client,
          clientVersion: versions[client],
          scenario: r.scenario.id,
          locale: r.locale,
          exitCode: r.exit,
          killedAfterMs: r.killed ? RUN_LIMIT_MS : undefined,
        }),
      );
    writeFixtures(client, rows);
    console.log(`${client}: ${rows.length} fixtures (${versions[client]})`);
  }
}

/** One fixture: the run's facts, and what the scenario and the labelling rules make of it. */
function fixtureRow({ text, client, clientVersion, scenario: id, locale, exitCode, killedAfterMs }) {
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(`unknown scenario ${id}`);
  return {
    text,
    client,
    clientVersion,
    scenario: id,
    locale,
    port: scenario.port,
    mode: scenario.mode,
    cause: scenario.cause,
    expected: expectedFor(client, scenario, text, exitCode),
    split: splitOf(client, id, locale),
    exitCode,
    killedAfterMs,
  };
}

function writeFixtures(client, rows) {
  writeFileSync(join(OUT, `${client}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** Recompute labels and splits of the committed fixtures after a change of the labelling rules. */
function relabel() {
  for (const file of readdirSync(OUT).filter((f) => f.endsWith('.jsonl'))) {
    const rows = readFileSync(join(OUT, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => fixtureRow(JSON.parse(line)));
    writeFixtures(file.replace(/\.jsonl$/, ''), rows);
    console.log(`${file}: ${rows.length} relabelled`);
  }
}

let failed = false;

const cleanUp = () => {
  if (started.length === 0 && !mailStack) return;
  // postfix start-fg leaves master running under another pid: ask it to stop first.
  if (mailStack)
    spawnSync('ip', ['netns', 'exec', NS_SERVER, 'postfix', '-c', mailStack.postfixDir, 'stop'], {
      stdio: 'ignore',
    });
  stopAll();
  tearDownNetwork();
  rmSync(WORK, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}
try {
  if (process.argv.includes('--relabel')) relabel();
  else await main();
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  cleanUp();
}
process.exit(failed ? 1 : 0);
