/**
 * The backend's access token: random, created on first start, kept in a file only
 * its owner can read, compared in constant time. `--token` / SMTP_DOCTOR_TOKEN
 * override it (scripts, tests) and are never written to disk.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { MessageError } from './message-error.ts';

/** Shortest token accepted from `--token` / SMTP_DOCTOR_TOKEN. */
export const MIN_TOKEN_LENGTH = 16;

/**
 * Where the token file lives: $SMTP_DOCTOR_CONFIG_DIR (tests), else
 * $XDG_CONFIG_HOME/smtp-doctor, else ~/.config/smtp-doctor.
 */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SMTP_DOCTOR_CONFIG_DIR) return env.SMTP_DOCTOR_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'smtp-doctor');
}

export interface TokenSource {
  token: string;
  /** Where it came from; `created` means it was just generated (show it once). */
  origin: 'flag' | 'env' | 'file' | 'created';
  path?: string;
}

export function validateToken(token: string): string {
  if (token.length < MIN_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(token)) {
    throw new MessageError('cli.serve.error.tokenTooShort', { min: MIN_TOKEN_LENGTH });
  }
  return token;
}

/** The token to require: the flag, else the environment, else the file (created when missing). */
export function loadToken(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): TokenSource {
  if (flag !== undefined) return { token: validateToken(flag), origin: 'flag' };
  if (env.SMTP_DOCTOR_TOKEN) return { token: validateToken(env.SMTP_DOCTOR_TOKEN), origin: 'env' };
  const dir = configDir(env);
  const path = join(dir, 'token');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    const stat = lstatSync(path);
    if (!stat.isFile()) throw new MessageError('cli.serve.error.notAFile', { path });
    // Someone widened the permissions: narrow them again rather than serve a readable secret.
    if ((stat.mode & 0o077) !== 0) chmodSync(path, 0o600);
    return { token: validateToken(readFileSync(path, 'utf8').trim()), origin: 'file', path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Hex, not base64url: a token that starts with '-' would read as an option after `--token`.
  const token = randomBytes(32).toString('hex');
  // 'wx': create only, never follow a planted symlink or overwrite a file that appeared meanwhile.
  writeFileSync(path, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, origin: 'created', path };
}

/** Constant-time comparison (hashing first makes the lengths equal). */
export function tokensMatch(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token from an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([\x21-\x7e]+)$/.exec(header ?? '');
  return match?.[1];
}
