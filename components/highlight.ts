/** A piece of an excerpt: plain or matched evidence. Rendered as text nodes only. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Split `text` so the parts that match any of `needles` (case-insensitive) can be
 * highlighted. Overlapping matches merge. Pure string work: nothing is parsed as HTML.
 */
export function highlightSegments(text: string, needles: readonly string[]): Segment[] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    const n = needle.trim().toLowerCase();
    if (n.length < 3) continue;
    let from = 0;
    for (let i = lower.indexOf(n, from); i !== -1 && ranges.length < 50; i = lower.indexOf(n, from)) {
      ranges.push([i, i + n.length]);
      from = i + n.length;
    }
  }
  if (!ranges.length) return text ? [{ text, mark: false }] : [];
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
