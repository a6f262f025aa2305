/**
 * Thunderbird autoconfig files (clientConfig 1.1, https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat)
 * read and written without DOMParser, which service workers do not have.
 *
 * The reader is a small tolerant XML tokenizer for the subset these files use: elements,
 * attributes, text, comments, CDATA, the XML declaration. DOCTYPEs are skipped and custom
 * entities are never expanded. Anything malformed yields `{ok: false}`, never a throw.
 */

export type SocketType = 'SSL' | 'STARTTLS' | 'plain';

export interface AutoconfigOutgoing {
  hostname: string;
  port: number;
  socketType: SocketType;
  /** May hold %EMAILADDRESS%, %EMAILLOCALPART% or %EMAILDOMAIN%. */
  username?: string;
  /** Values such as "password-cleartext", "OAuth2", "password-encrypted". */
  authentication: string[];
}

export interface ClientConfig {
  id: string;
  domains: string[];
  displayName?: string;
  displayShortName?: string;
  outgoing: AutoconfigOutgoing[];
  documentation: Array<{ url: string; description?: string }>;
}

export type AutoconfigParse =
  { ok: true; config: ClientConfig; skipped: string[] } | { ok: false; reason: string };

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const MAX_XML = 256 * 1024;
const MAX_DEPTH = 32;
const MAX_ELEMENTS = 10_000;

class XmlError extends Error {}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '&') {
      out += ch;
      continue;
    }
    const end = s.indexOf(';', i + 1);
    const name = end > i ? s.slice(i + 1, end) : '';
    let decoded: string | undefined;
    if (end > i && end - i <= 10) {
      if (name.startsWith('#x') || name.startsWith('#X')) decoded = codePoint(parseInt(name.slice(2), 16));
      else if (name.startsWith('#')) decoded = codePoint(parseInt(name.slice(1), 10));
      else decoded = NAMED_ENTITIES[name];
    }
    if (decoded === undefined) {
      out += ch; // tolerate a stray "&"
    } else {
      out += decoded;
      i = end;
    }
  }
  return out;
}

function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)
    ? String.fromCodePoint(n)
    : undefined;
}

const NAME_START = /[a-z_:]/i;
const NAME_CHAR = /[-\w.:]/;

function readName(xml: string, i: number): [string, number] {
  if (!NAME_START.test(xml[i] ?? '')) throw new XmlError(`expected a name at offset ${i}`);
  let j = i + 1;
  while (j < xml.length && NAME_CHAR.test(xml[j]!)) j++;
  return [xml.slice(i, j), j];
}

function skipSpace(xml: string, i: number): number {
  while (i < xml.length && /\s/.test(xml[i]!)) i++;
  return i;
}

/** Parses the whole document into its root element. Throws XmlError on malformed input. */
function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let count = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) stack[stack.length - 1]!.text += decodeEntities(xml.slice(i, textEnd));
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) throw new XmlError('unterminated processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) throw new XmlError('unterminated comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      if (end < 0) throw new XmlError('unterminated CDATA section');
      stack[stack.length - 1]!.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      // DOCTYPE: skipped whole, internal subset included; its entities are never used.
      let depth = 0;
      let j = i + 2;
      for (; j < xml.length; j++) {
        if (xml[j] === '[') depth++;
        else if (xml[j] === ']') depth--;
        else if (xml[j] === '>' && depth <= 0) break;
      }
      if (j >= xml.length) throw new XmlError('unterminated declaration');
      i = j + 1;
    } else if (xml.startsWith('</', i)) {
      const [name, after] = readName(xml, i + 2);
      const close = skipSpace(xml, after);
      if (xml[close] !== '>') throw new XmlError(`malformed end tag </${name}`);
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new XmlError(`unexpected </${name}>`);
      i = close + 1;
    } else {
      const [name, afterName] = readName(xml, i + 1);
      const el: XmlElement = { name, attrs: {}, children: [], text: '' };
      let j = afterName;
      for (;;) {
        j = skipSpace(xml, j);
        if (xml[j] === '>' || xml.startsWith('/>', j)) break;
        if (j >= xml.length) throw new XmlError(`unterminated tag <${name}`);
        const [attr, afterAttr] = readName(xml, j);
        j = skipSpace(xml, afterAttr);
        if (xml[j] !== '=') throw new XmlError(`attribute ${attr} has no value`);
        j = skipSpace(xml, j + 1);
        const quote = xml[j];
        if (quote !== '"' && quote !== "'") throw new XmlError(`attribute ${attr} is not quoted`);
        const end = xml.indexOf(quote, j + 1);
        if (end < 0) throw new XmlError(`unterminated attribute ${attr}`);
        const value = xml.slice(j + 1, end);
        if (value.includes('<')) throw new XmlError(`"<" in attribute ${attr}`);
        el.attrs[attr] = decodeEntities(value);
        j = end + 1;
      }
      if (++count > MAX_ELEMENTS) throw new XmlError('too many elements');
      stack[stack.length - 1]!.children.push(el);
      if (xml.startsWith('/>', j)) {
        i = j + 2;
      } else {
        stack.push(el);
        if (stack.length > MAX_DEPTH) throw new XmlError('nested too deeply');
        i = j + 1;
      }
    }
  }
  if (stack.length !== 1) throw new XmlError(`<${stack[stack.length - 1]!.name}> is never closed`);
  const elements = root.children;
  if (elements.length !== 1) throw new XmlError('a document needs exactly one root element');
  if (root.text.trim() !== '') throw new XmlError('text outside the root element');
  return elements[0]!;
}

const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const children = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
const textOf = (el: XmlElement | undefined) => el?.text.trim() ?? '';

function normaliseSocketType(value: string): SocketType | null {
  const v = value.trim().toUpperCase();
  if (v === 'SSL' || v === 'TLS') return 'SSL';
  if (v === 'STARTTLS') return 'STARTTLS';
  if (v === 'PLAIN') return 'plain';
  return null;
}

/** Reads a clientConfig document. Only `outgoingServer type="smtp"` entries are kept. */
export function parseAutoconfig(xml: string): AutoconfigParse {
  if (typeof xml !== 'string' || xml.trim() === '') return { ok: false, reason: 'empty document' };
  if (xml.length > MAX_XML) return { ok: false, reason: 'document too large' };
  let root: XmlElement;
  try {
    root = parseXml(xml.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: `malformed XML: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (root.name !== 'clientConfig')
    return { ok: false, reason: `root element is <${root.name}>, not <clientConfig>` };
  const provider = child(root, 'emailProvider');
  if (!provider) return { ok: false, reason: 'no <emailProvider>' };

  const skipped: string[] = [];
  const outgoing: AutoconfigOutgoing[] = [];
  for (const server of children(provider, 'outgoingServer')) {
    if ((server.attrs.type ?? '').toLowerCase() !== 'smtp') continue;
    const hostname = textOf(child(server, 'hostname')).toLowerCase();
    const port = Number(textOf(child(server, 'port')));
    const socketType = normaliseSocketType(textOf(child(server, 'socketType')));
    if (!hostname || /[\s<>"'\\/]/.test(hostname)) {
      skipped.push(`outgoingServer with bad hostname ${JSON.stringify(hostname)}`);
      continue;
    }
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      skipped.push(`${hostname}: bad port`);
      continue;
    }
    if (!socketType) {
      skipped.push(`${hostname}:${port}: unknown socketType`);
      continue;
    }
    const entry: AutoconfigOutgoing = {
      hostname,
      port,
      socketType,
      authentication: children(server, 'authentication').map(textOf).filter(Boolean),
    };
    const username = textOf(child(server, 'username'));
    if (username) entry.username = username;
    outgoing.push(entry);
  }
  if (outgoing.length === 0) {
    return {
      ok: false,
      reason: skipped.length ? `no usable SMTP server (${skipped.join('; ')})` : 'no outgoing SMTP server',
    };
  }

  const config: ClientConfig = {
    id: provider.attrs.id ?? '',
    domains: children(provider, 'domain').map(textOf).filter(Boolean),
    outgoing,
    documentation: [...children(provider, 'documentation'), ...children(provider, 'instruction')]
      .filter((d) => d.attrs.url)
      .map((d) => {
        const description = textOf(child(d, 'descr'));
        return description ? { url: d.attrs.url!, description } : { url: d.attrs.url! };
      }),
  };
  const displayName = textOf(child(provider, 'displayName'));
  const displayShortName = textOf(child(provider, 'displayShortName'));
  if (displayName) config.displayName = displayName;
  if (displayShortName) config.displayShortName = displayShortName;
  return { ok: true, config, skipped };
}

// ------------------------------------------------------------------ writing

/** XML 1.0 forbids most control characters even as references: drop them. */
function dropInvalidXmlChars(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000
    )
      out += ch;
  }
  return out;
}

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function escapeXml(s: string): string {
  return dropInvalidXmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Writes a clientConfig 1.1 document (outgoing servers only) that parseAutoconfig reads back unchanged. */
export function serializeAutoconfig(config: ClientConfig): string {
  const t = (name: string, value: string, indent: string) =>
    `${indent}<${name}>${escapeXml(value)}</${name}>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<clientConfig version="1.1">',
    `  <emailProvider id="${escapeXml(config.id)}">`,
  ];
  for (const d of config.domains) lines.push(t('domain', d, '    '));
  if (config.displayName !== undefined) lines.push(t('displayName', config.displayName, '    '));
  if (config.displayShortName !== undefined)
    lines.push(t('displayShortName', config.displayShortName, '    '));
  for (const s of config.outgoing) {
    lines.push('    <outgoingServer type="smtp">');
    lines.push(t('hostname', s.hostname, '      '));
    lines.push(t('port', String(s.port), '      '));
    lines.push(t('socketType', s.socketType, '      '));
    if (s.username !== undefined) lines.push(t('username', s.username, '      '));
    for (const a of s.authentication) lines.push(t('authentication', a, '      '));
    lines.push('    </outgoingServer>');
  }
  for (const doc of config.documentation) {
    if (doc.description === undefined) {
      lines.push(`    <documentation url="${escapeXml(doc.url)}"/>`);
    } else {
      lines.push(
        `    <documentation url="${escapeXml(doc.url)}">`,
        t('descr', doc.description, '      '),
        '    </documentation>',
      );
    }
  }
  lines.push('  </emailProvider>', '</clientConfig>', '');
  return lines.join('\n');
}
