import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type CollectGarbage = () => void;

let collect: CollectGarbage | undefined | null;

/**
 * Hands memory the process no longer uses back to the system: a full garbage collection,
 * after which V8 shrinks its heap. V8 collects when it needs room, not when a program goes
 * quiet, so a language server that stops after a burst of edits would otherwise keep the
 * garbage of its last hundred lints for as long as the editor stays open.
 *
 * `gc` is exposed at run time (`--expose-gc` set on V8, then read from a fresh context),
 * so that the server needs no command-line flag from whatever editor starts it. Only the
 * language server calls this, and only once it has been idle for a while: a full collection
 * of a small heap takes some tens of milliseconds. Returns whether a collection ran.
 */
export function releaseMemory(): boolean {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
      collect = typeof gc === 'function' ? (gc as CollectGarbage) : null;
    } catch {
      collect = null;
    }
  }
  if (!collect) return false;
  // Without arguments: a full, synchronous collection (V8 ignores options it does not parse).
  collect();
  return true;
}
