import { describe, expect, it } from 'vitest';
import { AUDIENCES, clientsToOffer } from './audience';
import { explain } from './explanations/index';
import { buildClientGuides, buildPort25Guide, buildWalkthrough, fixSettingsFromProvider } from './fix/index';
import { getProvider } from './providers/lookup';
import { classify } from './rules/index';
import type { Vantage } from './vantage';

/** Every step and check of an explanation, as one text. */
function allSteps(text: string, vantage: Vantage): string {
  const e = explain(classify(text), { text, vantage });
  return JSON.stringify([e.steps, e.confirm]);
}

const ROUNDCUBE = 'SMTP Error (-1): Connection to server failed. Connection timed out smtp.example.org:25';
const REFUSED = 'Error: connect ECONNREFUSED 203.0.113.5:587';
const gmail = fixSettingsFromProvider(getProvider('gmail')!);

describe('the audience of the lower sections, per vantage', () => {
  it.each<[Vantage, { hotspot: boolean; isp: boolean; host: boolean; providerPage: boolean }]>([
    ['this-device', { hotspot: true, isp: true, host: false, providerPage: true }],
    ['web-server', { hotspot: false, isp: false, host: true, providerPage: true }],
    ['mail-server', { hotspot: false, isp: false, host: true, providerPage: false }],
  ])('%s: fix steps and checks', (vantage, want) => {
    const blocked = allSteps(ROUNDCUBE, vantage);
    expect(/phone hotspot/.test(blocked)).toBe(want.hotspot);
    expect(/ask your internet provider/i.test(blocked)).toBe(want.isp);
    expect(/hosting provider's documentation|ask the hosting provider/i.test(blocked)).toBe(want.host);
    expect(/your provider's settings page/.test(allSteps(REFUSED, vantage))).toBe(want.providerPage);
  });

  it.each<[Vantage, { clients: string[]; walkthrough: RegExp | null }]>([
    [
      'this-device',
      { clients: buildClientGuides(gmail).map((g) => g.id), walkthrough: /the app that sends the mail/ },
    ],
    ['web-server', { clients: ['wp-mail-smtp'], walkthrough: /settings of the site/ }],
    ['mail-server', { clients: [], walkthrough: null }],
  ])('%s: app tabs and the walkthrough', (vantage, want) => {
    const offered = clientsToOffer(vantage, buildClientGuides(gmail), 'wp-mail-smtp').map((g) => g.id);
    expect(offered).toEqual(want.clients);
    expect(AUDIENCES[vantage].walkthrough).toBe(want.walkthrough !== null);
    if (want.walkthrough) expect(buildWalkthrough(gmail, vantage).steps[0]?.text).toMatch(want.walkthrough);
  });

  it('web-server: a desktop app the error names is not offered, only the page’s own web app', () => {
    expect(clientsToOffer('web-server', buildClientGuides(gmail), 'thunderbird')).toEqual([]);
    expect(clientsToOffer('web-server', buildClientGuides(gmail), undefined)).toEqual([]);
  });

  it.each<[Vantage, { point: boolean; isp: boolean; title: RegExp; to: string }]>([
    [
      'this-device',
      { point: true, isp: true, title: /blocked on this network/, to: 'your internet or hosting provider' },
    ],
    ['web-server', { point: false, isp: false, title: /server's network/, to: 'the hosting provider' }],
    ['mail-server', { point: false, isp: false, title: /server's network/, to: 'the hosting provider' }],
  ])('%s: the blocked-port guide', (vantage, want) => {
    const guide = buildPort25Guide({ port: 25, settings: gmail, vantage });
    const text = JSON.stringify(guide.waysOut);
    expect(text.includes('Point the app at smtp.gmail.com')).toBe(want.point);
    expect(/your ISP|internet provider/.test(text)).toBe(want.isp);
    expect(guide.title).toMatch(want.title);
    expect(guide.request.to).toBe(want.to);
    expect(guide.request.body).not.toContain('my connection');
  });

  it.each<[Vantage, { probes: boolean; thisComputer: boolean }]>([
    ['this-device', { probes: true, thisComputer: true }],
    ['web-server', { probes: true, thisComputer: false }],
    ['mail-server', { probes: false, thisComputer: false }],
  ])('%s: probes, and where they test from', (vantage, want) => {
    const a = AUDIENCES[vantage];
    expect(a.probes).toBe(want.probes);
    expect(/from this computer/.test(a.probesFrom)).toBe(want.thisComputer);
    expect(/this computer/.test(buildPort25Guide({ vantage }).measuredFrom)).toBe(want.thisComputer);
  });

  it('no vantage given (the CLI) reads as this device', () => {
    expect(allSteps(ROUNDCUBE, 'this-device')).toBe(
      JSON.stringify([
        explain(classify(ROUNDCUBE), { text: ROUNDCUBE }).steps,
        explain(classify(ROUNDCUBE), { text: ROUNDCUBE }).confirm,
      ]),
    );
  });
});
