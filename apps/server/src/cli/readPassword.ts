// Reads a password from a terminal prompt (not echoed) or, when piped, from stdin.
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += String(chunk);
    return input.replace(/\r?\n$/, '');
  }
  process.stdout.write(prompt);
  // The terminal echoes what is typed to readline's output: a stream that drops it.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  const answer = await rl.question('');
  rl.close();
  process.stdout.write('\n');
  return answer;
}
