import type { Translator } from '../../lib/i18n/translator.ts';

/**
 * Help texts in the reader's language: option names stay as typed, each description is one
 * message whose further lines are indented to the description column.
 */
export function optionLine(name: string, column: number, description: string): string {
  const indent = ' '.repeat(column);
  return `  ${name.padEnd(column - 2)}${description.split('\n').join(`\n${indent}`)}`;
}

/**
 * A `node:util` parseArgs error for the reader: Node's own English message in English, else the
 * same complaint translated (Node names the option in its first quotes).
 */
export function parseArgsMessage(error: unknown, { locale, t }: Translator): string {
  const message = (error as Error).message;
  if (locale === 'en') return message;
  const named = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch ((error as { code?: string }).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return t('cli.error.unknownOption', { option: named });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return t('cli.error.optionValue', { option: named.split(' ')[0]! });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return t('cli.error.unexpectedArgument', { argument: named });
    default:
      return message;
  }
}
