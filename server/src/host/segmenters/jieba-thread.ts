import { BroadcastChannel, type MessagePort, receiveMessageOnPort, threadId, Worker } from 'node:worker_threads';
import { USER_WORD_FREQUENCY, type SegmenterBackend } from './backend';

/** Messages to the segmenter thread, on the broadcast channel it listens to. */
export type JiebaRequest =
  | { readonly id: number; readonly cut: string; readonly replyTo: string; readonly signal: Int32Array }
  | { readonly addWord: string; readonly frequency: number };
export type JiebaReply = { readonly id: number } & ({ readonly words: string[] } | { readonly error: string });

/** How long a cut may wait for the thread (loading included) before the segmenter is given up. */
const TIMEOUT_MS = 60_000;
/** A request posted before the thread listened is lost: it is posted again after this long. */
const REPOST_MS = 1000;

/**
 * Starts jieba-wasm on a thread of its own, listening on the broadcast channel `channel`:
 * building jieba's dictionary takes about 0.3 s of CPU, which then happens on another core
 * while the rules that need no words run, and once for a whole run, however many threads
 * lint. `workerFile` is the bundled jieba-worker.js.
 */
export function startJiebaThread(workerFile: string, channel: string): void {
  const worker = new Worker(workerFile, { workerData: { channel } });
  worker.unref();
  worker.on('error', () => {
    // A cut then times out with a message; nothing else to do here.
  });
}

/**
 * A backend that asks the segmenter thread on `channel`. `cut` stays synchronous: it posts
 * the text and blocks on a shared counter until the thread has replied (the first cut may
 * wait for the dictionary to finish loading). Works from any thread of the process.
 */
export function connectJiebaThread(channel: string): () => SegmenterBackend {
  return () => {
    const requests = new BroadcastChannel(channel);
    const replyTo = `${channel}:${threadId}`;
    const replies = new BroadcastChannel(replyTo);
    // receiveMessageOnPort reads a BroadcastChannel too (Node ≥ 15.4); its types say MessagePort only.
    const replyPort = replies as unknown as MessagePort;
    requests.unref();
    replies.unref();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    let nextId = 0;
    const cut = (text: string): string[] => {
      const id = nextId++;
      const start = Date.now();
      for (let posted = -Infinity; ; ) {
        if (Date.now() - posted > REPOST_MS) {
          posted = Date.now();
          requests.postMessage({ id, cut: text, replyTo, signal } satisfies JiebaRequest);
        }
        const seen = Atomics.load(signal, 0);
        for (let m = receiveMessageOnPort(replyPort); m; m = receiveMessageOnPort(replyPort)) {
          const reply = m.message as JiebaReply;
          if (reply.id !== id) continue; // an answer to a request posted twice
          if ('error' in reply) throw new Error(reply.error);
          return reply.words;
        }
        if (Date.now() - start > TIMEOUT_MS) throw new Error('分词线程没有响应');
        Atomics.wait(signal, 0, seen, 100);
      }
    };
    return {
      name: 'jieba-wasm',
      cut,
      // Posted before any later cut on the same channel, so it is applied first.
      addWord: (word) => requests.postMessage({ addWord: word, frequency: USER_WORD_FREQUENCY } satisfies JiebaRequest),
    };
  };
}
