import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { DraftFormat } from '../core/types';
import { readDocx } from './docx/read-docx';

/** How a draft's bytes were encoded. */
export type DraftEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A text file: a fix can write it back. */
export interface TextRead {
  readonly ok: true;
  readonly text: string;
  /** The encoding the bytes were read in; a fix writes the file back in the same one. */
  readonly encoding: DraftEncoding;
  /** The bytes as read, so that a writer can tell whether the file changed since. */
  readonly bytes: Uint8Array;
  readonly writable: true;
}

/**
 * A Word file: its paragraphs one a line, so that a finding's line is the paragraph number.
 * Never writable: the text is extracted, and writing it back would destroy the document.
 */
export interface WordRead {
  readonly ok: true;
  readonly text: string;
  readonly container: 'docx';
  readonly writable: false;
}

export type ReadFailure = { readonly ok: false; readonly message: string };
export type ReadResult = TextRead | WordRead | ReadFailure;

/** Drafts larger than this are refused with a message instead of exhausting memory. */
export const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

/** A Word file's XML may expand to this much; beyond it the file is refused as a zip bomb. */
export const MAX_DOCX_EXPANDED_BYTES = 4 * MAX_DRAFT_BYTES;

export function formatForPath(path: string): DraftFormat {
  return /^\.(md|markdown)$/i.test(extname(path)) ? 'markdown' : 'text';
}

/**
 * Reads and decodes a draft file; never throws, every failure is a message in Chinese. Only a
 * regular file is read: a device (/dev/zero), a FIFO or a socket is refused without being
 * opened, and a file is never read past the size limit, even if it grows meanwhile.
 */
export function readDraftFile(path: string): ReadResult {
  const raw = readDraftBytesFrom(path);
  return raw.ok ? readDraftBytes(path, raw.bytes) : raw;
}

/** A draft file's bytes (see `readDraftFile`), or why they were not read. */
export function readDraftBytesFrom(path: string): { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly message: string } {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: '这是一个文件夹，不是文件' };
    if (!stat.isFile()) return { ok: false, message: NOT_A_FILE };
    if (stat.size > MAX_DRAFT_BYTES) return { ok: false, message: tooLarge(stat.size) };
    const read = readAtMost(path, MAX_DRAFT_BYTES + 1, stat.size);
    if (typeof read === 'string') return { ok: false, message: read };
    bytes = read;
  } catch (error) {
    return { ok: false, message: describeIoError(error) };
  }
  return { ok: true, bytes };
}

/** Whether a path names a Word (.docx) file, which is read as its paragraphs, never as text. */
export function isWordFile(path: string): boolean {
  return extname(path).toLowerCase() === '.docx';
}

/** Reads a draft's bytes as the kind of file its name says it is: Word (.docx) or text. */
export function readDraftBytes(path: string, bytes: Uint8Array): ReadResult {
  if (extname(path).toLowerCase() === '.doc') return { ok: false, message: '是旧版 Word（.doc）文件，无法读取；请在 Word 或 WPS 中另存为 .docx 后再检查' };
  if (!isWordFile(path)) return decodeBoundedDraft(bytes);
  if (bytes.length > MAX_DRAFT_BYTES) return { ok: false, message: tooLarge(MAX_DRAFT_BYTES, true) };
  const read = readDocx(bytes, MAX_DOCX_EXPANDED_BYTES);
  return read.ok ? { ok: true, text: read.text, container: 'docx', writable: false } : read;
}

const NOT_A_FILE = '不是普通文件（设备、管道或套接字），未读取';

/** The first `limit` bytes of a regular file, or why it was not read. */
function readAtMost(path: string, limit: number, expectedSize: number): Buffer | string {
  const fd = openSync(path, 'r');
  try {
    // What was opened may not be what was looked at: check again on the open file.
    if (!fstatSync(fd).isFile()) return NOT_A_FILE;
    const chunks: Buffer[] = [];
    let total = 0;
    // Read to the end, or one byte past the limit; a file that grew since it was looked at is read whole.
    while (total < limit) {
      // The size looked at, plus a byte to see the end; then small steps should the file have grown.
      // Not zero-filled: only the bytes read are kept (1 MB zeroed per file was 0.1 s on 1,000 files).
      const chunk = Buffer.allocUnsafe(Math.min(limit - total, total === 0 ? expectedSize + 1 : 1 << 16));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    // Most files are read in one go: that chunk is the file, no copy needed.
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, more = false): string {
  return `文件过大（${more ? '超过 ' : ''}${(size / 1048576).toFixed(1)} MB，上限 ${MAX_DRAFT_BYTES / 1048576} MB），未检查`;
}

/** Decodes a draft read from a file or standard input, refusing one over the size limit. */
export function decodeBoundedDraft(bytes: Uint8Array): TextRead | ReadFailure {
  if (bytes.length > MAX_DRAFT_BYTES) return { ok: false, message: tooLarge(MAX_DRAFT_BYTES, true) };
  return decodeDraft(bytes);
}

/**
 * Detects the encoding: a BOM decides; otherwise strict UTF-8, then GB18030 (which covers GBK
 * and GB2312; the 'gbk' label would turn valid four-byte sequences into U+FFFD). Text with NUL
 * bytes or other control characters is treated as binary.
 */
export function decodeDraft(bytes: Uint8Array): TextRead | ReadFailure {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeAs(bytes, 3, 'utf-8', 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 2, 'utf-16le', 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 2, 'utf-16be', 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, message: '看起来是二进制文件（不是文本），未检查' };
  const utf8 = decodeAs(bytes, 0, 'utf-8', 'utf-8');
  // Valid UTF-8 with control characters is binary, not GB18030 that happens to decode.
  if (utf8.ok || utf8.message !== INVALID) return utf8;
  const gb = decodeAs(bytes, 0, 'gb18030', 'gb18030');
  if (gb.ok || gb.message !== INVALID) return gb;
  return { ok: false, message: '无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030），未检查' };
}

const INVALID = '不是有效的文本';

function decodeAs(bytes: Uint8Array, bomLength: number, label: string, encoding: DraftEncoding): TextRead | ReadFailure {
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes.subarray(bomLength));
  } catch {
    return { ok: false, message: label.startsWith('utf-16') ? `不是有效的 ${label} 文本` : INVALID };
  }
  if (hasControlCharacters(text)) return { ok: false, message: '看起来是二进制文件（含控制字符），未检查' };
  return { ok: true, text, encoding, bytes, writable: true };
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

function hasControlCharacters(text: string): boolean {
  // Tabs, line breaks and form feeds are text; other C0 controls mean binary data.
  return /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text.slice(0, 65536));
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    default:
      return `无法读取：${error instanceof Error ? error.message : String(error)}`;
  }
}
