import { describe, expect, it } from 'vitest';
import { classify } from '../rules/index';
import { explain } from './index';

/** The whole path a user takes: real error text → classifier → explanation. */
function explainText(text: string) {
  return explain(classify(text), { text });
}

describe('classify → explain: the two port-25 worlds', () => {
  it.each([
    // Postfix on a blocked cloud server (docker-mailserver issue 598, corpus).
    'May  9 14:45:03 mail postfix/smtp[1638]: connect to gmail-smtp-in.l.google.com[74.125.128.26]:25: Connection timed out',
    'Diagnostic-Code: X-Postfix; connect to alt4.gmail-smtp-in.l.google.com[142.250.153.27]:25: Operation timed out',
  ])('explains server-to-server delivery without suggesting a port change: %s', (text) => {
    const e = explainText(text);
    expect(e.category).toBe('port-blocked');
    expect(e.world).toMatchObject({ world: 'delivery', basis: 'text' });
    expect(e.steps[0]?.text).toMatch(/Do not change the port/);
    expect(e.steps.map((s) => s.text).join('\n')).toMatch(/relay \(smarthost\)/);
  });

  it.each([
    'SMTP ERROR: Failed to connect to server: Connection timed out (110)\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    "Error: connect ETIMEDOUT 74.125.140.108:25\n  code: 'ESOCKET',\n  command: 'CONN'",
  ])('explains submission with 587/465, a 2525 relay and the ISP: %s', (text) => {
    const e = explainText(text);
    expect(e.category).toBe('port-blocked');
    expect(e.world).toMatchObject({ world: 'submission', basis: 'text' });
    const steps = e.steps.map((s) => s.text).join('\n');
    expect(steps).toMatch(/port 587 with STARTTLS, or port 465 with implicit TLS/);
    expect(steps).toMatch(/port 2525/);
    expect(steps).toMatch(/lift the block/);
  });

  it.each([
    'Connection unexpectedly closed: timed out',
    'Timeout::Error (execution expired)',
    'SMTP Error: Could not connect to SMTP host.',
  ])('names the assumed world and ports for a bare message: %s', (text) => {
    const e = explainText(text);
    expect(e.category).toBe('port-blocked');
    expect(e.world?.basis).toMatch(/assumed|text/);
    expect(e.world?.note.length).toBeGreaterThan(20);
    expect(e.assumedPortsNote).toMatch(/names no port/);
    expect(e.facts.find((f) => f.label === 'Port')?.assumed).toBe(true);
  });

  it('reads "Permission denied (13)" as a local block and names SELinux', () => {
    const e = explainText('SMTP ERROR: Failed to connect to server: Permission denied (13)');
    expect(e.category).toBe('port-blocked');
    expect(e.world).toBeUndefined();
    expect(e.why).toMatch(/httpd_can_network_connect/);
  });
});
