import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A bench command's flags (`parseArgs`, strict). A mistyped or unknown flag is the operator's to
 * fix: it prints the message and the usage and exits with status 2, not a stack trace.
 */
export function readFlagsOrExit<const O extends Options>(options: O, usage: string) {
  try {
    return parseArgs({ strict: true, options }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
