/** English messages: the smtp-doctor command line. */
export const cli = {
  'cli.usage.title': 'Usage:',
  'cli.usage.explain': 'explain an email send error (TEXT or stdin)',
  'cli.usage.settings': 'discover submission settings',
  'cli.usage.probe': 'probe SMTP ports from this machine',
  'cli.usage.serve': 'run the probe backend',
  'cli.usage.native': 'let the extension probe from this computer (no server)',
  'cli.unknownCommand': 'unknown command "{name}"',

  // `explain` on a terminal
  'cli.explain.confidence': 'confidence {percent}',
  'cli.explain.rule': 'rule {rule}',
  'cli.explain.evidence': 'Evidence',
  'cli.explain.facts': 'Facts',
  'cli.explain.assumed': 'assumed',
  'cli.explain.delivery': 'Sending kind: delivery',
  'cli.explain.submission': 'Sending kind: submission',
  'cli.explain.why': 'Why',
  'cli.explain.confirm': 'How to confirm',
  'cli.explain.fix': 'How to fix',
  'cli.explain.alternatives': 'Could also be',
  'cli.explain.tellApart': 'Tell apart: {title}. {text}',
} as const;
