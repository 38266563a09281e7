// How long a request waits while the language server lints a long draft (issue 13: long work
// yields). Opens drafts of 300,000 and 1,000,000 characters and sends hovers on a small draft
// until the long one's diagnostics arrive; prints the longest wait. Asserts nothing.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { oneLineText } from '../test/support/hostile';
import { LspClient } from '../test/support/lsp-client';

async function main(): Promise<void> {
  const client = new LspClient();
  client.settings = { debounce: 0 };
  await client.initialize(tmpdir());
  const small = pathToFileURL(join(tmpdir(), 'gwlint-latency-small.gw')).href;
  await client.open(small, '一、总体要求\n要加强XX管理。\n');
  console.log('long draft (one sentence a line)        lint ms   hovers   longest wait ms');
  for (const [label, size] of [['300,000 characters, segmenter cold', 300_000], ['300,000 characters, warm', 300_001], ['1,000,000 characters', 1_000_000]] as const) {
    const uri = pathToFileURL(join(tmpdir(), `gwlint-latency-${size}.gw`)).href;
    const t0 = performance.now();
    let finished = false;
    const done = client.open(uri, oneLineText(size).replace(/。/g, '。\n')).then(() => (finished = true));
    let worst = 0;
    let hovers = 0;
    while (!finished) {
      const sent = performance.now();
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line: 0, character: 1 } });
      worst = Math.max(worst, performance.now() - sent);
      hovers++;
    }
    await done;
    console.log(`${label.padEnd(38)} ${(performance.now() - t0).toFixed(0).padStart(8)} ${String(hovers).padStart(8)} ${worst.toFixed(0).padStart(17)}`);
  }
  await client.shutdown();
}

void main();
