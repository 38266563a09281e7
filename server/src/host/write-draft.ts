import { readFileSync, realpathSync, statSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeDraft, type DraftEncoding } from './read-draft';
import { writeFileAtomic } from './write-atomic';

export type WriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'changed-on-disk' | 'not-encodable' | 'io'; readonly message: string };

/**
 * Encodes a draft's text in the encoding it was read in: UTF-8 with or without its BOM, UTF-16
 * with its BOM in the same byte order, or GB18030 (which TextEncoder cannot write).
 */
export function encodeDraft(text: string, encoding: DraftEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

/**
 * Replaces a draft file with `text`, atomically: the bytes go to a temporary file in the same
 * folder (same mode and, where permitted, owner), which is renamed over the draft only if the
 * draft still holds `expected`, the bytes it was read from. A file that changed on disk
 * meanwhile, or text that would not read back identically, is left as it was. Never throws.
 */
export function writeDraftAtomic(path: string, text: string, encoding: DraftEncoding, expected: Uint8Array): WriteResult {
  const bytes = encodeDraft(text, encoding);
  const check = decodeDraft(bytes);
  if (!check.ok || check.text !== text) {
    return { ok: false, reason: 'not-encodable', message: `修复后的文本无法按原编码（${encoding}）无损写回，未修改` };
  }
  try {
    // Write through a symbolic link to the file it names, so the link stays a link.
    const target = realpathSync(path);
    const stat = statSync(target);
    const written = writeFileAtomic(target, bytes, {
      mode: stat.mode & 0o7777,
      owner: { uid: stat.uid, gid: stat.gid },
      // A size that differs says enough; only a file of the same size is read again to compare.
      stillWanted: () => statSync(target).size === expected.length && Buffer.from(expected).equals(readFileSync(target)),
    });
    if (written === 'skipped') return { ok: false, reason: 'changed-on-disk', message: '文件在检查后被其他程序修改，未写入修复' };
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    const why = code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : `无法写入（${code ?? (error instanceof Error ? error.message : String(error))}）`;
    return { ok: false, reason: 'io', message: `${why}，未修改` };
  }
}
