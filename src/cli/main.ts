// massbal: the headless host of the shared use cases (design.md "The massbal command").
// Exit codes: 0 no error findings, 1 error findings, 2 the input could not be used.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { type CommandOptions } from "./options";
import { runCommand } from "./run-command";
import { unexpectedFailure } from "./unexpected";
import { PRODUCT_VERSION } from "../app/product";
import { EXIT_OK, EXIT_UNUSABLE } from "./exit-codes";

/**
 * A flag that takes one value: given twice, it is an argument error (exit 2), never the last one
 * silently (`--out a.xlsx --out b.xlsx` would write where the user may not look).
 */
function once(flag: string, parse: (value: string) => string = (v) => v) {
  return (value: string, previous: string | undefined): string => {
    if (previous !== undefined)
      throw new InvalidArgumentError(`${flag} is given twice ("${previous}", "${value}"); give it once`);
    return parse(value);
  };
}

/** A flag of one value out of `choices`, given once. */
function oneOf(flags: string, description: string, choices: string[]): Option {
  const option = new Option(flags, description).choices(choices);
  const check = option.parseArg as (value: string, previous: unknown) => string;
  return option.argParser(once(flags.split(" ")[0] as string, (v) => check(v, undefined)));
}

function addOptions(cmd: Command): Command {
  return cmd
    .argument("<workbook.xlsx>", "the workbook to check (it is never changed)")
    .option(
      "--out <file>",
      "where to write the audited copy (default: <name>.audited.xlsx beside the input)",
      once("--out"),
    )
    .option("--json", "print one JSON object on stdout instead of the summary")
    .addOption(oneOf("--scheme <scheme>", "the scheme of the books", ["iscc-eu", "iscc-plus"]))
    .option("--period-months <n>", "length of a mass balance period in months", once("--period-months"))
    .option("--period-start <date>", "first day of the first period (YYYY-MM-DD)", once("--period-start"))
    .option("--continuous", "the balance must never go below zero, not only at period end")
    .option(
      "--energy-accounting [unit]",
      "keep balances in energy (RED Art. 30(1)(b)), in MJ (default) or kWh; quantities need a heating value",
    )
    .option("--force", "replace the output file if it exists");
}

/** One line on stderr for a mistake in the arguments, with the help to read (commander's own errors). */
function argumentError(command: string) {
  return (text: string, write: (s: string) => void) => {
    const message = text
      .replace(/^error: /, "")
      .replace(/\s+$/, "")
      .replace(/\n+/g, " ");
    write(`massbal: ${message} (see ${command} --help)\n`);
  };
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const output = (command: string) => ({
    writeErr: (s: string) => process.stderr.write(s),
    writeOut: (s: string) => process.stdout.write(s),
    outputError: argumentError(command),
  });
  const program = new Command("massbal")
    .description("Check ISCC mass balance books in an .xlsx workbook and write an audited copy.")
    .version(PRODUCT_VERSION, "-V, --version", "print the version of massbal")
    .exitOverride()
    .configureOutput(output("massbal"));
  const action = (name: string, declare: boolean) => async (file: string, flags: CommandOptions) => {
    code = await runCommand(file, flags, declare, `massbal ${name}`).catch((e: unknown) => {
      throw unexpectedFailure(file, e);
    });
  };
  addOptions(program.command("check").description("check the books and write the results"))
    .configureOutput(output("massbal check"))
    .action(action("check", false));
  addOptions(program.command("declare").description("check, then write the Sustainability Declarations too"))
    .option("--draft", "write the declarations errors hold back as drafts (marked DRAFT, no number)")
    .option(
      "--cancel <number>",
      "withdraw an issued declaration (repeatable); the delivery, if still in the books, is declared anew",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option("--by <name>", "with --cancel: who withdraws it", once("--by"))
    .option("--reason <text>", "with --cancel: why", once("--reason"))
    .configureOutput(output("massbal declare"))
    .action(action("declare", true));
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with their own success code
      return e.exitCode === 0 ? EXIT_OK : EXIT_UNUSABLE;
    }
    // a UsageError says what is wrong with the input in a line; anything else is reported the same way
    process.stderr.write(`massbal: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_UNUSABLE;
  }
}
