/** Small shared pieces of the command-line tools: failing clearly, and printing. */

export class CliError extends Error {
  override name = 'CliError';
  readonly hint: string | undefined;
  readonly exitCode: number;
  constructor(message: string, hint?: string, exitCode = 1) {
    super(message);
    this.hint = hint;
    this.exitCode = exitCode;
  }
}

/** Runs a CLI main function: a CliError prints its message and hint, anything else its stack. */
export async function run(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`error: ${e.message}${e.hint ? `\n  hint: ${e.hint}` : ''}`);
      process.exitCode = e.exitCode;
    } else if (`${(e as { code?: string }).code ?? ''}`.startsWith('ERR_PARSE_ARGS')) {
      // A mistyped option: say so plainly, without a stack trace.
      console.error(`error: ${(e as Error).message.split('\n')[0]}\n  hint: see --help`);
      process.exitCode = 2;
    } else {
      console.error(e);
      process.exitCode = 1;
    }
  }
}

export const usage = (text: string) => {
  console.log(text.trim());
  process.exitCode = 0;
};
