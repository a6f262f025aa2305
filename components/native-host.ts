import { browser } from '#imports';
import { createNativeProbeClient, type NativePortLike } from '../lib/probe/native-client';
import { NATIVE_HOST_NAME } from '../lib/probe/native';
import type { ProbeClient } from '../lib/probe/client';

/** The optional permission local probes need (asked for only when the user turns them on). */
export const NATIVE_PERMISSION = { permissions: ['nativeMessaging' as const] };

/**
 * Does this page have `runtime.connectNative`? Browsers add it only to pages (and
 * workers) created after the permission was granted: a page open at the grant must
 * reload before it can use it.
 */
export function nativeApiPresent(): boolean {
  return typeof (browser.runtime as { connectNative?: unknown }).connectNative === 'function';
}

export function hasNativePermission(): Promise<boolean> {
  return browser.permissions.contains(NATIVE_PERMISSION);
}

/**
 * Ask for native messaging. Call straight from the click handler, before any other
 * await: browsers grant optional permissions only during a user gesture.
 */
export function requestNativePermission(): Promise<boolean> {
  return browser.permissions.request(NATIVE_PERMISSION);
}

/** Give the permission back (probes go to a server again). */
export function dropNativePermission(): Promise<boolean> {
  return browser.permissions.remove(NATIVE_PERMISSION).catch(() => false);
}

/** A probe client over native messaging to the host `smtp-doctor native install` registered. */
export function nativeProbeClient(): ProbeClient {
  return createNativeProbeClient({
    // No API: the permission is not granted, or came after this page loaded (the client says so).
    connect: () =>
      nativeApiPresent()
        ? (browser.runtime.connectNative(NATIVE_HOST_NAME) as unknown as NativePortLike)
        : null,
    // Chromium says why in runtime.lastError (e.g. "Specified native messaging host not found."); Firefox in port.error.
    disconnectReason: (port) =>
      (port as { error?: { message?: string } }).error?.message ?? browser.runtime.lastError?.message,
  });
}
