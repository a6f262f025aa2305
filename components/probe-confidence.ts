import { CONNECTION_CATEGORIES, type CategoryId } from '../lib/categories';
import type { ProbeResponse } from '../lib/probe/types';

/** Categories that a connection test from this computer can confirm or weaken. */
const NETWORK_CATEGORIES: ReadonlySet<CategoryId> = new Set(CONNECTION_CATEGORIES);

export interface ProbeAdjustment {
  confidence: number;
  note: string;
  /** How the probes relate to the diagnosis, for styling and tests. */
  relation: 'confirms' | 'disagrees' | 'unrelated';
}

/**
 * How the card's confidence moves once probes ran from this computer. The probes see this
 * network only: when they disagree the diagnosis is weakened, not dropped, because the
 * error may have come from another machine (a web host, a server).
 */
export function adjustConfidence(
  category: CategoryId,
  confidence: number,
  response: ProbeResponse,
): ProbeAdjustment {
  const verdict = response.verdict.category;
  if (verdict === category) {
    return { confidence: Math.max(confidence, 0.95), note: 'confirmed by probes', relation: 'confirms' };
  }
  if (!NETWORK_CATEGORIES.has(category)) {
    return { confidence, note: 'probes cannot test this cause', relation: 'unrelated' };
  }
  return {
    confidence: Math.min(confidence, confidence * 0.6),
    note: verdict ? 'probes point to another cause' : 'the ports answer from this computer',
    relation: 'disagrees',
  };
}
