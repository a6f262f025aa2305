export type BuildTarget = 'chrome-mv3' | 'firefox-mv3';
type Stdio = 'inherit' | 'ignore' | 'pipe' | Array<'inherit' | 'ignore' | 'pipe' | number>;

export const ROOT: string;
export const TARGETS: Record<BuildTarget, { browser: string; args: string[] }>;
export interface BuildStamp {
  target: BuildTarget;
  browser: string;
  command: string;
  mode: 'production';
  nodeEnv: 'production';
  sources: string;
}
export function outputDir(target: BuildTarget, root?: string): string;
export function expectedStamp(target: BuildTarget, root?: string): BuildStamp;
export function staleReason(target: BuildTarget, root?: string): string | null;
export function buildExtension(target: BuildTarget, options?: { root?: string; stdio?: Stdio }): string;
export function recordBuild(target: BuildTarget, stamp: BuildStamp, root?: string): void;
export function ensureBuilt(
  target: BuildTarget,
  options?: { root?: string; stdio?: Stdio; log?: (line: string) => void },
): string;
