import { createInterface } from 'node:readline';
import { AppError } from '../errors';

/** The password from the first line of stdin (for scripts), or typed at a prompt that does not echo it. */
export async function readPassword(options: { fromStdin: boolean; prompt: string }): Promise<string> {
  if (options.fromStdin) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  if (!process.stdin.isTTY) throw new AppError('INVALID_INPUT', 'No terminal to type a password in: pass --password-stdin and pipe the password.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Replace what readline would echo with nothing, so the password never shows on screen.
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  const answer = new Promise<string>((resolve) => rl.question(options.prompt, resolve));
  output._writeToOutput = () => {};
  const password = await answer;
  rl.close();
  process.stdout.write('\n');
  return password;
}
