/**
 * A network namespace that blocks ports the way ISPs do, for tests and benches:
 * its own loopback only, with nftables rules on the output path — DROP (the SYN
 * vanishes: a real connect timeout), `reject with tcp reset` (refused) and
 * `reject with icmpx host-unreachable` (unreachable). All traffic stays on that
 * namespace's loopback. Needs root, `ip` (iproute2) and `nft` (nftables).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createInterface } from 'node:readline';

const ROOT = new URL('../../', import.meta.url).pathname;

function onPath(tool: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin'])) {
    try {
      accessSync(`${dir}/${tool}`, constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

export interface NetnsSupport {
  ip: boolean;
  nft: boolean;
  root: boolean;
}

export function netnsSupport(): NetnsSupport {
  return { ip: onPath('ip'), nft: onPath('nft'), root: process.getuid?.() === 0 };
}

export interface PortRules {
  drop?: number[];
  reset?: number[];
  unreachable?: number[];
}

function run(command: string, args: string[], input?: string): void {
  const result = spawnSync(command, args, { input, encoding: 'utf8', timeout: 10_000 });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.error?.message}`,
    );
  }
}

export class BlockedNamespace {
  private readonly children: ChildProcess[] = [];

  private constructor(readonly name: string) {}

  /** Create the namespace, bring up its loopback, install the rules. */
  static create(rules: PortRules, name = `smtpdoc-${process.pid}`): BlockedNamespace {
    spawnSync('ip', ['netns', 'del', name]); // a leftover from a crashed run
    run('ip', ['netns', 'add', name]);
    const ns = new BlockedNamespace(name);
    try {
      run('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
      const set = (ports: number[] | undefined) => `{ ${(ports ?? []).join(', ')} }`;
      const lines = [
        'table inet smtpdoc {',
        '  chain output {',
        '    type filter hook output priority 0; policy accept;',
        ...(rules.drop?.length ? [`    tcp dport ${set(rules.drop)} drop`] : []),
        ...(rules.reset?.length ? [`    tcp dport ${set(rules.reset)} reject with tcp reset`] : []),
        ...(rules.unreachable?.length
          ? [`    tcp dport ${set(rules.unreachable)} reject with icmpx type host-unreachable`]
          : []),
        '  }',
        '}',
      ];
      run('ip', ['netns', 'exec', name, 'nft', '-f', '-'], `${lines.join('\n')}\n`);
    } catch (error) {
      ns.destroy();
      throw error;
    }
    return ns;
  }

  /** Spawn a command inside the namespace, from the repository root. */
  spawn(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
    const child = spawn('ip', ['netns', 'exec', this.name, command, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.push(child);
    return child;
  }

  /** Start SMTP peers inside (peers-main.ts); resolves with requested spec → bound port. */
  async startPeers(specs: string[]): Promise<Record<string, number>> {
    const child = this.spawn(process.execPath, [
      '--import',
      'tsx',
      'server/test-support/peers-main.ts',
      ...specs,
    ]);
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const lines = createInterface({ input: child.stdout! });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`peers did not start in the namespace: ${stderr}`)),
        20_000,
      );
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`peers exited (${code}): ${stderr}`));
      });
      lines.once('line', (line) => {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { ready: Record<string, number> }).ready);
      });
    });
  }

  /** Run a command inside to completion; resolves with its output. */
  async exec(command: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 30_000) {
    const child = this.spawn(command, args, env);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('exit', (status) => {
        clearTimeout(timer);
        resolve(status);
      });
    });
    return { code, stdout, stderr };
  }

  /** Stop every process started inside (by pid), then delete the namespace. */
  destroy(): void {
    for (const child of this.children) {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    spawnSync('ip', ['netns', 'del', this.name]);
  }
}
