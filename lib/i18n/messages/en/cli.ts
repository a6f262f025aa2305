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
  // Help texts and errors shared by the commands
  'cli.help.options': 'Options:',
  'cli.help.exitStatus': 'Exit status:',
  'cli.help.help': 'show this help',
  'cli.error.unknownOption': 'unknown option "{option}"',

  // `explain`: help and errors
  'cli.explain.help.about':
    'Explains an email send error: the probable cause, the evidence, and how to fix it.\nTEXT arguments are joined with spaces; without TEXT the error is read from standard input.\nThe text is read as an error you handed over (explain mode): weak evidence counts and the\nanswer is the best guess with alternatives.',
  'cli.explain.help.json': 'print one JSON object:',
  'cli.explain.help.jsonl':
    'batch mode: read one JSON-encoded string per line of standard input and\nprint one such object per line, in the same order',
  'cli.explain.help.scan': 'read strictly, as the extension reads page text nobody asked about',
  'cli.explain.help.endOfOptions': 'end of options (for text that starts with "-")',
  'cli.explain.help.exit0': 'a send error was found (--jsonl: every line was a JSON string)',
  'cli.explain.help.exit1': 'the text is not an email send error',
  'cli.explain.help.exit2':
    'bad usage: unknown option, --json with --jsonl, no input (--jsonl: some line was\nnot a JSON string or was longer than {limit}; it was answered with {noMatch}\nand reported on stderr), or standard input was longer than {limit}: only its last\n{limit} was explained',
  'cli.explain.error.jsonWithJsonl': '--json and --jsonl cannot be used together',
  'cli.explain.error.jsonlWithText': '--jsonl reads standard input only; drop the TEXT',
  'cli.explain.error.noInput': 'nothing to explain: give the error as TEXT or pipe it on standard input',
  'cli.explain.error.empty': 'the input is empty: nothing to explain',
  'cli.explain.error.lineNotJson': 'line {line}: not a JSON-encoded string; answered with match:false',
  'cli.explain.error.lineTooLong': 'line {line}: longer than {limit}; answered with match:false',
  'cli.explain.error.cut':
    'the input was cut: it was {bytes} bytes; only its last {limit} was explained (exit status 2)',
} as const;
