/**
 * Reading text back into a message's facts: a message's English template as a regular
 * expression whose groups hold its `{name}` placeholders. The prober's details and the
 * backend's refusals travel as English text; a client reads the key and facts back this way
 * and says them in the reader's language. A match is only a candidate: callers re-render the
 * message from the facts and keep it only when that gives the same text.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TemplatePattern {
  /** Anchored at both ends; one group per placeholder, in order. */
  pattern: RegExp;
  /** The placeholders' names, in the order of the groups. */
  names: string[];
}

/**
 * `numbers` names the placeholders that hold a number (matched as digits); any other fact is
 * the shortest text that lets the whole template match.
 */
export function templatePattern(template: string, numbers: ReadonlySet<string> = new Set()): TemplatePattern {
  const names: string[] = [];
  let source = '';
  for (const [i, part] of template.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 0) source += escape(part);
    else {
      names.push(part);
      source += numbers.has(part) ? '(\\d[\\d,]*)' : '(.+?)';
    }
  }
  return { pattern: new RegExp(`^${source}$`, 's'), names };
}
