import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';

/**
 * axe-core run inside an extension page. The pages' CSP (script-src 'self') refuses a
 * <script> tag; DevTools evaluation is exempt, so axe's source is evaluated that way.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts that fail the tests. */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeProblem {
  rule: string;
  impact: ImpactValue | null | undefined;
  help: string;
  /** Each offending element: its selector and axe's summary of what is wrong. */
  nodes: string[];
}

/** The serious and critical violations axe finds in `page` as it is now. */
export async function blockingViolations(page: Page): Promise<AxeProblem[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate<AxeResults>('axe.run(document, { resultTypes: ["violations"] })');
  return results.violations
    .filter((v) => v.impact && BLOCKING_IMPACTS.includes(v.impact))
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.trim()),
    }));
}
