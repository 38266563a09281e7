// The segmenter thread (bundled as out/jieba-worker.js, see jieba-thread.ts): listens first, so
// that requests queue while jieba-wasm loads, then answers cuts in order, counting each reply on
// the requester's shared signal.
import { BroadcastChannel, workerData } from 'node:worker_threads';
import type { JiebaReply, JiebaRequest } from './jieba-thread';

const requests = new BroadcastChannel((workerData as { channel: string }).channel);
let jieba: typeof import('jieba-wasm') | undefined;
let loadError: string | undefined;
try {
  jieba = require('jieba-wasm') as typeof import('jieba-wasm');
  jieba.cut('加载词典', false); // jieba builds its dictionary on first use: do it before any request
} catch (error) {
  loadError = error instanceof Error ? error.message : String(error);
}

const replyChannels = new Map<string, BroadcastChannel>();
const added = new Set<string>();

requests.onmessage = (event: unknown) => {
  const request = (event as { data: JiebaRequest }).data;
  if ('addWord' in request) {
    // Every linting thread adds the same project words: add each once.
    if (!added.has(request.addWord)) jieba?.add_word(request.addWord, request.frequency);
    added.add(request.addWord);
    return;
  }
  let reply: JiebaReply;
  try {
    reply = jieba ? { id: request.id, words: jieba.cut(request.cut, false) } : { id: request.id, error: loadError ?? 'jieba-wasm 未能加载' };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  let replies = replyChannels.get(request.replyTo);
  if (!replies) replyChannels.set(request.replyTo, (replies = new BroadcastChannel(request.replyTo)));
  replies.postMessage(reply);
  Atomics.add(request.signal, 0, 1);
  Atomics.notify(request.signal, 0);
};
