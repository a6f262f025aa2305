/**
 * Help texts in the reader's language: option names stay as typed, each description is one
 * message whose further lines are indented to the description column.
 */
export function optionLine(name: string, column: number, description: string): string {
  const indent = ' '.repeat(column);
  return `  ${name.padEnd(column - 2)}${description.split('\n').join(`\n${indent}`)}`;
}
