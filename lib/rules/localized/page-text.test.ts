import { describe, expect, it } from 'vitest';
import { readInEnglish } from './page-text';

const CONTEXT = 'Posteingang: 3 neue Nachrichten.\n';
const TOAST = 'SMTP Fehler (535): Die Authentisierung ist fehlgeschlagen.';

describe('page text read in English', () => {
  it('puts the message back in English and moves the focus with it', () => {
    const text = `Versenden der Nachricht fehlgeschlagen.\n${TOAST}`;
    const focus = text.indexOf('SMTP');
    const english = readInEnglish(text, focus, 'de');
    expect(english.text).toBe('Failed to send message.\nSMTP Error (535): Authentication failed.');
    expect(english.replaced).toBe(2);
    expect(english.text.slice(english.focus)).toBe('SMTP Error (535): Authentication failed.');
  });

  it('maps an offset in the English text back into the page’s own text', () => {
    const text = `${CONTEXT}${TOAST}`;
    const english = readInEnglish(text, CONTEXT.length, 'de');
    expect(english.focus).toBe(CONTEXT.length);
    const at = english.text.indexOf('Authentication failed');
    // Inside a replaced message: its start in the page's text.
    expect(english.toOriginal(at)).toBe(text.indexOf('SMTP Fehler'));
    // Before any replacement: unchanged.
    expect(english.toOriginal(3)).toBe(3);
  });

  it('keeps a focus inside a replaced message at the message’s start', () => {
    const english = readInEnglish(TOAST, TOAST.indexOf('Die'), 'de');
    expect(english.focus).toBe(0);
  });

  it('leaves text with no known message as it is', () => {
    const text = 'Die Verbindung zwischen Berlin und Hamburg wird ab Montag erneuert.';
    const english = readInEnglish(text, 5, 'de');
    expect(english).toMatchObject({ text, focus: 5, replaced: 0 });
    expect(english.toOriginal(10)).toBe(10);
  });
});
