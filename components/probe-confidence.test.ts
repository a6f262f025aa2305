import { describe, expect, it } from 'vitest';
import type { ProbeResponse } from '../lib/probe/types';
import { adjustConfidence } from './probe-confidence';

function response(category?: ProbeResponse['verdict']['category']): ProbeResponse {
  return {
    host: 'smtp.example.org',
    results: [{ port: 25, tcp: 'timeout', ms: 5000 }],
    verdict: { ...(category ? { category } : {}), summary: 's' },
  };
}

describe('adjustConfidence', () => {
  it('raises confidence when the probes support the same category', () => {
    expect(adjustConfidence('port-blocked', 0.7, response('port-blocked'))).toEqual({
      confidence: 0.95,
      note: 'confirmed by probes',
      relation: 'confirms',
    });
    expect(adjustConfidence('port-blocked', 0.98, response('port-blocked')).confidence).toBe(0.98);
  });

  it('weakens a network diagnosis the probes do not support', () => {
    const open = adjustConfidence('port-blocked', 0.8, response());
    expect(open.relation).toBe('disagrees');
    expect(open.confidence).toBeCloseTo(0.48);
    expect(adjustConfidence('port-blocked', 0.8, response('tls-mismatch')).note).toBe(
      'probes point to another cause',
    );
  });

  it('leaves causes that a connection test cannot see alone', () => {
    expect(adjustConfidence('auth-failed', 0.8, response())).toMatchObject({
      confidence: 0.8,
      relation: 'unrelated',
    });
  });
});
