import { containsLowerWord, containsWord, extractHostnames, matchHostGlob } from './hostnames';
import { PANELS } from './panels';
import { PORT_POLICIES } from './port-policies';
import type { PortPolicy, ProviderRecord } from './types';

/** Which network the sender is on, and how we know. */
export interface HostContextMatch {
  policy: PortPolicy;
  /** 'hostname': a host name in the input matched one of the policy's patterns; 'keyword': its name appears in the text. */
  by: 'hostname' | 'keyword';
  /** The host name or word that matched. */
  evidence: string;
  pattern?: string;
}

export interface HostContextOptions {
  /**
   * Host names to ignore — pass the SMTP server the error names (e.g. Classification.extracted.host),
   * so "mail.your-server.de:465 timed out" is read as the target, not as the sender's network.
   */
  exclude?: string[];
}

/**
 * Every network the text or host name points at, best evidence first (host-name matches before
 * keyword matches, each policy once).
 */
export function detectHostContexts(input: string, options: HostContextOptions = {}): HostContextMatch[] {
  const exclude = new Set((options.exclude ?? []).map((h) => h.toLowerCase().replace(/\.$/, '')));
  const hosts = extractHostnames(input).filter((h) => !exclude.has(h));
  const found: HostContextMatch[] = [];
  const seen = new Set<string>();
  for (const host of hosts) {
    for (const policy of PORT_POLICIES) {
      if (seen.has(policy.id)) continue;
      const pattern = policy.hostPatterns.find((p) => matchHostGlob(p, host));
      if (pattern) {
        seen.add(policy.id);
        found.push({ policy, by: 'hostname', evidence: host, pattern });
      }
    }
  }
  // Keywords are read from the text minus the excluded host names, so a target host cannot vote.
  let text = input.toLowerCase();
  for (const host of exclude) text = text.split(host).join(' ');
  for (const policy of PORT_POLICIES) {
    if (seen.has(policy.id)) continue;
    const word = policy.keywords.find((k) => containsLowerWord(text, k));
    if (word) {
      seen.add(policy.id);
      found.push({ policy, by: 'keyword', evidence: word });
    }
  }
  return found;
}

/** The network the sender is most likely on, or null when nothing in the input identifies one. */
export function detectHostContext(input: string, options: HostContextOptions = {}): HostContextMatch | null {
  return detectHostContexts(input, options)[0] ?? null;
}

/** Page or text markers of a hosting control panel. cPanel's /cpsess… paths and 2083/2096 ports are its URL signature. */
const PANEL_MARKERS: Record<string, string[]> = {
  cpanel: ['cpanel', 'cpsess', ':2083', ':2096'],
  plesk: ['plesk'],
  directadmin: ['directadmin'],
};

/** The hosting panel the text or page URL belongs to, or null. */
export function detectPanel(input: string): ProviderRecord | null {
  const lower = input.toLowerCase();
  for (const panel of PANELS) {
    const markers = PANEL_MARKERS[panel.id] ?? [];
    if (markers.some((m) => markerIn(lower, m))) return panel;
  }
  return null;
}

function markerIn(lower: string, marker: string): boolean {
  if (marker === 'cpsess') return lower.includes(marker);
  if (!marker.startsWith(':')) return containsWord(lower, marker);
  // A port marker must not run on into more digits (":2083" but not ":20830").
  for (let i = lower.indexOf(marker); i >= 0; i = lower.indexOf(marker, i + 1)) {
    if (!/\d/.test(lower[i + marker.length] ?? '')) return true;
  }
  return false;
}
