// Cost of the provider knowledge on the paths the popup and options page run.
//
//   npx tsx test/bench/providers.bench.ts        (or: npm run bench providers)
//
// Each figure is microseconds per call, the median of 7 rounds after a warm-up round.
import {
  buildClientGuides,
  buildPort25Guide,
  buildWalkthrough,
  fixSettingsFromProvider,
} from '../../lib/fix/index';
import { getProvider } from '../../lib/providers/lookup';
import { detectHostContext } from '../../lib/providers/host-context';
import { getPortPolicy } from '../../lib/providers/index';
import { parseAutoconfig, serializeAutoconfig } from '../../lib/probe/autoconfig-xml';
import { discoverSettings } from '../../lib/probe/discovery';
import { emit, note } from './support/emit';

async function microsPerCall(iterations: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const rounds: number[] = [];
  for (let round = 0; round < 8; round++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) await fn();
    if (round > 0) rounds.push(((performance.now() - start) * 1000) / iterations);
  }
  rounds.sort((a, b) => a - b);
  return rounds[Math.floor(rounds.length / 2)]!;
}

// An ISPDB-sized document: mail.com's file lists about 190 domains.
const bigConfig = serializeAutoconfig({
  id: 'mail.com',
  domains: Array.from({ length: 190 }, (_, i) => `domain${i}.example`),
  displayName: 'mail.com',
  outgoing: [
    {
      hostname: 'smtp.mail.com',
      port: 465,
      socketType: 'SSL',
      username: '%EMAILADDRESS%',
      authentication: ['password-cleartext'],
    },
    {
      hostname: 'smtp.mail.com',
      port: 587,
      socketType: 'STARTTLS',
      username: '%EMAILADDRESS%',
      authentication: ['password-cleartext'],
    },
  ],
  documentation: [{ url: 'https://www.mail.com/', description: 'Help' }],
});
note(`autoconfig document: ${bigConfig.length} characters`);

// A Postfix deferral log of about 2 KB with the sender's host name in it.
const log = Array.from(
  { length: 12 },
  (_, i) =>
    `Nov 28 10:${String(i).padStart(2, '0')}:01 static.1.2.3.4.clients.your-server.de postfix/smtp[123${i}]: A1B2C3: to=<u${i}@gmail.com>, relay=none, delay=30, status=deferred (connect to gmail-smtp-in.l.google.com[142.250.1.26]:25: Connection timed out)`,
).join('\n');
note(`log text: ${log.length} characters`);

const gmail = fixSettingsFromProvider(getProvider('gmail')!, { address: 'ann@gmail.com' });

emit({
  bench: 'providers.parse-autoconfig-190-domains',
  value: await microsPerCall(500, () => parseAutoconfig(bigConfig)),
  unit: 'µs/call',
});
emit({
  bench: 'providers.detect-host-context-2kb-log',
  value: await microsPerCall(2000, () => detectHostContext(log)),
  unit: 'µs/call',
});
emit({
  bench: 'providers.discover-offline-preset',
  value: await microsPerCall(2000, () => discoverSettings('ann@gmail.com', { offline: true })),
  unit: 'µs/call',
});
emit({
  bench: 'providers.guided-fix-all-clients',
  value: await microsPerCall(2000, () => {
    buildWalkthrough(gmail);
    buildClientGuides(gmail);
    buildPort25Guide({ policy: getPortPolicy('hetzner'), settings: gmail });
  }),
  unit: 'µs/call',
});
