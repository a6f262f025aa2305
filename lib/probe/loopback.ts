/**
 * Is this host name (as `URL.hostname` or a Host header gives it, IPv6 in brackets) this
 * computer's loopback? Only a name or literal that cannot leave the machine counts.
 */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Does a probe backend at this address stay on this computer? */
export function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false;
  }
}
