/**
 * Command-line options for the scripts, read with node:util's parseArgs. `--help` (or `-h`) prints the usage
 * and exits 0; a mistyped option or a missing value is told in one line with the usage, and exits 2, where
 * parseArgs alone ended the run with a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function readOptions<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (e) {
    console.error(`error: ${(e as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
