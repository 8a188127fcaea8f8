/** The process around `runCli`: arguments, environment, standard streams, exit status. */
import { runCli } from './atelier.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
