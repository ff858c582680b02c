import { benchCommand } from './commands/bench';
import { calibrateCommand } from './commands/calibrate';
import { evalCommand } from './commands/eval';
import { monitorCommand } from './commands/monitor';
import { proxyCommand } from './commands/proxy';
import { scanCommand } from './commands/scan';
import { UsageError } from './args';
import { CliContext, Command, EXIT_OK, EXIT_USAGE } from './io';
import { vigilVersion } from './version';

/** Every command, in the order `vigil --help` lists them. */
export const COMMANDS: readonly Command[] = [scanCommand, monitorCommand, evalCommand, calibrateCommand, benchCommand, proxyCommand];

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map(c => c.name.length)) + 2;
  return `Usage: vigil <command> [options]

Vigil watches what AI coding assistants write as it streams and raises an alarm the moment it
turns insecure or unsafe.

Commands:
${COMMANDS.map(c => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Options:
  -h, --help      show help (vigil <command> --help for a command's options)
  -v, --version   show the version

Exit status: 0 no alarm, 1 alarm, 2 usage or input error.
`;
}

/** Runs the `vigil` command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  const { io } = ctx;
  if (first === undefined) {
    io.stderr.write(mainHelp());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(mainHelp());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v' || first === '-V') {
    io.stdout.write(`${vigilVersion()}\n`);
    return EXIT_OK;
  }
  const name = first === 'help' ? rest[0] : first;
  const command = COMMANDS.find(c => c.name === name);
  if (first === 'help') {
    if (name === undefined) io.stdout.write(mainHelp());
    else if (command) io.stdout.write(command.help);
    else {
      io.stderr.write(`vigil: unknown command '${name}' (commands: ${COMMANDS.map(c => c.name).join(', ')})\n`);
      return EXIT_USAGE;
    }
    return EXIT_OK;
  }
  if (!command) {
    io.stderr.write(first.startsWith('-')
      ? `vigil: unknown option '${first}' (try 'vigil --help')\n`
      : `vigil: unknown command '${first}' (commands: ${COMMANDS.map(c => c.name).join(', ')})\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`vigil: ${e.message} (try 'vigil ${command.name} --help')\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
