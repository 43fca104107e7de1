import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { addUser, setPassword } from '@/lib/auth/users';
import { openStore } from '@/lib/store/open';

/** Reads the password from standard input: typed (not echoed) at a terminal, or piped. */
async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = '';
    for await (const chunk of process.stdin) data += chunk;
    return data.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  const rl = createInterface({ input: process.stdin, terminal: true });
  // Nothing typed is echoed.
  (rl as unknown as { _writeToOutput: () => void })._writeToOutput = () => undefined;
  const line = await new Promise<string>((resolve) => rl.once('line', resolve));
  rl.close();
  process.stderr.write('\n');
  return line;
}

/** npm run user:add -- --username NAME [--reset]: creates an editor account (or sets a new password). */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, reset: { type: 'boolean', default: false } },
  });
  if (!values.username) {
    console.error('usage: npm run user:add -- --username NAME [--reset]   (the password is read from standard input)');
    return 2;
  }
  const password = await readPassword(`password for ${values.username}: `);
  const store = await openStore();
  try {
    if (values.reset) {
      await setPassword(store, values.username, password);
      console.log(`new password set for ${values.username}; their sessions are closed`);
    } else {
      await addUser(store, values.username, password);
      console.log(`editor ${values.username} created in ${store.location}`);
    }
  } finally {
    await store.close();
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
