import { inflateRawSync } from 'node:zlib';
import { Unzip, type UnzipDecoder, type UnzipFile } from 'fflate';

/** Why a .docx package could not be opened, in words a writer understands. */
export class DocxError extends Error {}

/**
 * Reads the named parts of a .docx (a ZIP package) and nothing else. The sizes a ZIP declares
 * can lie, so every inflated byte is counted: a package whose parts would expand beyond
 * `maxExpandedBytes` is refused instead of exhausting memory (a zip bomb). fflate reads the
 * package; Node's native zlib inflates each part, told how much it may produce at most (several
 * times faster than inflating in JavaScript on the thousands of small parts of a repository).
 */
export function unzipParts(bytes: Uint8Array, wanted: ReadonlySet<string>, maxExpandedBytes: number): Map<string, Uint8Array> {
  const chunks = new Map<string, Uint8Array[]>();
  const done = new Set<string>();
  let expanded = 0;
  let failure: Error | undefined;
  const tooLarge = (): DocxError => new DocxError(`解压后超过 ${Math.round(maxExpandedBytes / 1048576)} MB 上限，未检查`);
  /** Collects a part's deflated bytes, then inflates them at once within what is left of the limit. */
  class NativeInflate implements UnzipDecoder {
    static readonly compression = 8;
    private readonly deflated: Uint8Array[] = [];
    ondata: UnzipDecoder['ondata'] = () => {};
    constructor(private readonly name: string) {}
    push(chunk: Uint8Array, final: boolean): void {
      this.deflated.push(chunk.slice());
      if (!final || failure) return;
      let data: Buffer;
      try {
        data = inflateRawSync(concat(this.deflated), { maxOutputLength: Math.max(1, maxExpandedBytes - expanded + 1) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') failure = tooLarge();
        else failure = new DocxError(`压缩数据损坏（${this.name}）`);
        return;
      }
      this.ondata(null, new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.length), true);
    }
  }
  const unzip = new Unzip((file: UnzipFile) => {
    if (!wanted.has(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = new DocxError(`压缩数据损坏（${file.name}）`);
        return;
      }
      expanded += data.length;
      if (expanded > maxExpandedBytes) {
        failure = tooLarge();
        file.terminate();
        return;
      }
      parts.push(data);
      if (final) done.add(file.name);
    };
    file.start();
  });
  unzip.register(NativeInflate);
  try {
    // Feeding in slices lets a size failure stop the work early.
    const step = 1 << 20;
    for (let at = 0; at < bytes.length && !failure; at += step) {
      const end = Math.min(bytes.length, at + step);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch {
    throw new DocxError('不是有效的 Word 文件（压缩包已损坏）');
  }
  if (failure) throw failure;
  const parts = new Map<string, Uint8Array>();
  for (const name of done) parts.set(name, concat(chunks.get(name)!));
  return parts;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
