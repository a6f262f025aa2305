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

const HOST_TOKEN_CHARS = /[a-z0-9.-]/;

/** Every host-name-looking token in free text, lower case, in order of appearance, without duplicates. */
export function extractHostnames(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  let token = '';
  const flush = () => {
    let t = token.replace(/^[.-]+|[.-]+$/g, '');
    token = '';
    if (t.length === 0) return;
    t = t.toLowerCase();
    const last = t.slice(t.lastIndexOf('.') + 1);
    // The top-level label of a real host name is alphabetic ("1.2.3.4" and "5.7.139" are not hosts).
    if (!/^[a-z]{2,63}$/.test(last) || !isValidHostname(t) || seen.has(t)) return;
    seen.add(t);
    found.push(t);
  };
  for (const ch of text.toLowerCase()) {
    if (HOST_TOKEN_CHARS.test(ch)) token += ch;
    else flush();
  }
  flush();
  return found;
}

/** Case-insensitive whole-word search: "ovh" matches "OVH blocked" but not "novhere". */
export function containsWord(text: string, word: string): boolean {
  const t = text.toLowerCase();
  const w = word.toLowerCase();
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
