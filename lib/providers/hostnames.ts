/**
 * Small, linear-time helpers for host names and address domains (no regular
 * expressions over untrusted text, so no backtracking surprises).
 */

const LABEL_CHARS = /^[a-z0-9-]+$/;

/** True for a syntactically valid DNS host name (LDH labels, 1–63 chars, total ≤ 253, at least two labels). */
export function isValidHostname(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  return labels.every(
    (label) =>
      label.length > 0 &&
      label.length <= 63 &&
      LABEL_CHARS.test(label) &&
      !label.startsWith('-') &&
      !label.endsWith('-'),
  );
}

/** True for a dotted-quad IPv4 address. */
export function isIPv4(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** "User@Example.COM." → "example.com"; "Example.com" → "example.com". Null when nothing host-like remains. */
export function domainOf(addressOrDomain: string): string | null {
  let s = addressOrDomain.trim().toLowerCase();
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  while (s.endsWith('.')) s = s.slice(0, -1);
  return isValidHostname(s) ? s : null;
}

/** The part before the @ of an address, or null. */
export function localPartOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at > 0 ? address.slice(0, at).trim() : null;
}

/** host equals suffix or ends with "." + suffix (label boundary, so "evilgoogle.com" ≠ "google.com"). */
export function hasSuffix(host: string, suffix: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const s = suffix.toLowerCase();
  return h === s || h.endsWith(`.${s}`);
}

/**
 * Host-name glob: "*" as the first label matches one or more labels, "*" elsewhere exactly one label.
 * "*.your-server.de" matches "static.1.2.3.4.clients.your-server.de" but not "your-server.de".
 */
export function matchHostGlob(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().split('.');
  const h = host.toLowerCase().replace(/\.$/, '').split('.');
  if (p[0] === '*') {
    const rest = p.slice(1);
    if (h.length <= rest.length) return false;
    return labelsMatch(rest, h.slice(h.length - rest.length));
  }
  return p.length === h.length && labelsMatch(p, h);
}

function labelsMatch(pattern: string[], labels: string[]): boolean {
  return pattern.every((label, i) => label === '*' || label === labels[i]);
}

function isHostChar(c: number): boolean {
  // a-z, 0-9, ".", "-" (the text is lower-cased first)
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/** Every host-name-looking token in free text, lower case, in order of appearance, without duplicates. */
export function extractHostnames(text: string): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  const seen = new Set<string>();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inToken = i < lower.length && isHostChar(lower.charCodeAt(i));
    if (inToken && start < 0) start = i;
    if (inToken || start < 0) continue;
    const t = lower.slice(start, i).replace(/^[.-]+|[.-]+$/g, '');
    start = -1;
    const last = t.slice(t.lastIndexOf('.') + 1);
    // The top-level label of a real host name is alphabetic ("1.2.3.4" and "5.7.139" are not hosts).
    if (t.includes('.') && /^[a-z]{2,63}$/.test(last) && !seen.has(t) && isValidHostname(t)) {
      seen.add(t);
      found.push(t);
    }
  }
  return found;
}

/** Case-insensitive whole-word search: "ovh" matches "OVH blocked" but not "novhere". */
export function containsWord(text: string, word: string): boolean {
  return containsLowerWord(text.toLowerCase(), word.toLowerCase());
}

/** containsWord for text and word that are already lower case (no copies in a loop). */
export function containsLowerWord(t: string, w: string): boolean {
  let from = 0;
  for (;;) {
    const i = t.indexOf(w, from);
    if (i < 0) return false;
    const before = i === 0 ? '' : t[i - 1]!;
    const after = t[i + w.length] ?? '';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    from = i + 1;
  }
}
