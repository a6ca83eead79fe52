import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** The first line of a stream that is not a terminal (`echo … | siaga users add …`), or null. */
async function firstLine(input: NodeJS.ReadStream): Promise<string | null> {
  const lines = createInterface({ input, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return null;
}

/** One line typed at the terminal, shown as nothing. */
function typedUnseen(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  // Nothing typed is echoed: the readline writes to a sink, only the prompt reached the terminal.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input: process.stdin, output: sink, terminal: true });
  return new Promise((resolve) => {
    lines.question('', (answer) => {
      lines.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** The process's password reader (see CliIo.readSecret). */
export async function readSecretFromStdin(prompt: string, options: { confirm?: boolean } = {}): Promise<string | null> {
  if (!process.stdin.isTTY) return firstLine(process.stdin);
  const first = await typedUnseen(prompt);
  if (!options.confirm) return first;
  const again = await typedUnseen('Once more: ');
  if (again !== first) throw new Error('The two passwords differ');
  return first;
}
