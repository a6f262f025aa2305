import { lstatSync, mkdtempSync, readFileSync, chmodSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, configDir, loadToken, tokensMatch } from './token.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'smtp-doctor-token-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('token', () => {
  it('is generated on first start into an owner-only file, then reused', () => {
    const env = { SMTP_DOCTOR_CONFIG_DIR: join(dir, 'cfg') };
    const first = loadToken(undefined, env);
    expect(first.origin).toBe('created');
    expect(first.token).toMatch(/^[0-9a-f]{64}$/);
    const path = join(dir, 'cfg', 'token');
    expect(first.path).toBe(path);
    expect(lstatSync(path).mode & 0o777).toBe(0o600);
    expect(lstatSync(join(dir, 'cfg')).mode & 0o777).toBe(0o700);
    const second = loadToken(undefined, env);
    expect(second).toEqual({ token: first.token, origin: 'file', path });
    expect(loadToken(undefined, { SMTP_DOCTOR_CONFIG_DIR: join(dir, 'other') }).token).not.toBe(first.token);
  });

  it('narrows a token file someone made readable to others', () => {
    const env = { SMTP_DOCTOR_CONFIG_DIR: dir };
    loadToken(undefined, env);
    chmodSync(join(dir, 'token'), 0o644);
    loadToken(undefined, env);
    expect(lstatSync(join(dir, 'token')).mode & 0o777).toBe(0o600);
  });

  it('refuses to follow a symlink planted where the token goes', () => {
    const target = join(dir, 'elsewhere');
    writeFileSync(target, 'x'.repeat(40));
    symlinkSync(target, join(dir, 'token'));
    expect(() => loadToken(undefined, { SMTP_DOCTOR_CONFIG_DIR: dir })).toThrow(/not a regular file/);
  });

  it('--token wins over SMTP_DOCTOR_TOKEN, which wins over the file; neither is written', () => {
    const env = { SMTP_DOCTOR_CONFIG_DIR: dir, SMTP_DOCTOR_TOKEN: 'env-token-0123456789' };
    expect(loadToken('flag-token-0123456789', env)).toEqual({
      token: 'flag-token-0123456789',
      origin: 'flag',
    });
    expect(loadToken(undefined, env)).toEqual({ token: 'env-token-0123456789', origin: 'env' });
    expect(() => readFileSync(join(dir, 'token'))).toThrow();
    expect(() => loadToken('short', env)).toThrow(/at least 16/);
    expect(() => loadToken('has spaces in the token', env)).toThrow();
  });

  it('uses XDG_CONFIG_HOME', () => {
    expect(configDir({ XDG_CONFIG_HOME: '/x/cfg' })).toBe('/x/cfg/smtp-doctor');
    expect(configDir({ SMTP_DOCTOR_CONFIG_DIR: '/t', XDG_CONFIG_HOME: '/x' })).toBe('/t');
  });

  it('compares tokens and reads bearer headers', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abc', 'abd')).toBe(false);
    expect(tokensMatch('abc', 'abcd')).toBe(false);
    expect(bearerToken('Bearer tok.en-1')).toBe('tok.en-1');
    expect(bearerToken('bearer tok')).toBeUndefined();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
