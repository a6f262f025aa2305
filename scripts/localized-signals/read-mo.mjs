// Reads a GNU gettext .mo catalog (the binary format documented in the gettext
// manual, "The Format of GNU MO Files"): a header of 32-bit words, then two
// tables of (length, offset) pairs for the original and translated strings.
// The format is small and fixed, so a reader here is shorter than a dependency.
import { readFileSync } from 'node:fs';

const MAGIC = 0x950412de;

/** Map of msgid to msgstr, decoded from the catalog's charset. Plural entries keep their singular forms; contexts are dropped. */
export function readMo(path) {
  const buf = readFileSync(path);
  const magic = buf.readUInt32LE(0);
  const word =
    magic === MAGIC
      ? (at) => buf.readUInt32LE(at)
      : buf.readUInt32BE(0) === MAGIC
        ? (at) => buf.readUInt32BE(at)
        : null;
  if (!word) throw new Error(`${path}: not a .mo file`);
  const count = word(8);
  const originals = word(12);
  const translations = word(16);
  const bytes = (table, i) => {
    const length = word(table + i * 8);
    const offset = word(table + i * 8 + 4);
    return buf.subarray(offset, offset + length);
  };
  // The header (the translation of "") names the charset; older catalogs are not UTF-8.
  let charset = 'utf-8';
  for (let i = 0; i < count; i++) {
    if (bytes(originals, i).length !== 0) continue;
    const header = bytes(translations, i).toString('latin1');
    const m = /charset=([\w-]+)/i.exec(header);
    if (m) charset = m[1];
  }
  const decoder = new TextDecoder(charset, { fatal: true });
  const read = (table, i) => decoder.decode(bytes(table, i));
  const out = new Map();
  for (let i = 0; i < count; i++) {
    let id = read(originals, i);
    const ctx = id.indexOf('\u0004');
    if (ctx >= 0) id = id.slice(ctx + 1);
    const singular = id.split('\u0000')[0];
    const str = read(translations, i).split('\u0000')[0];
    if (singular && str) out.set(singular, str);
  }
  return out;
}
