import { runCli } from './run';
import { MAX_DRAFT_BYTES } from '../host/read-draft';
import { VERSION as version } from '../package-info';

/** Standard input up to one byte past the size limit: what is beyond is never held in memory. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > MAX_DRAFT_BYTES) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks, Math.min(total, MAX_DRAFT_BYTES + 1));
}

// `gwlint … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
  env: process.env,
  version,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`gwlint：内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
