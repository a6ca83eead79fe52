/** `npm run siaga -- <command>`: the admin command line, calling the core directly. */
import { readSecretFromStdin } from './readSecret';
import { runCli } from './run';

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  readSecret: readSecretFromStdin,
}).then((code) => {
  process.exitCode = code;
});
