// Reads Roundcube's program/localization/<lang>/messages.inc: lines of the form
//   $messages['key'] = 'text';   (or "text")
// PHP single-quoted strings know only \' and \\ as escapes; the double-quoted ones in
// these files use \" and \n at most.
import { readFileSync } from 'node:fs';

const LINE = /^\$messages\['(\w+)'\]\s*=\s*(['"])(.*)\2;\s*$/;

function unescapePhp(body, quote) {
  if (quote === "'") return body.replace(/\\(['\\])/g, '$1');
  return body.replace(/\\(["\\$])/g, '$1').replace(/\\n/g, '\n');
}

export function readRoundcubeMessages(path) {
  const out = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = LINE.exec(line);
    if (m) out.set(m[1], unescapePhp(m[3], m[2]));
  }
  return out;
}
