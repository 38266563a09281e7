// Hostile inputs of a chosen size: the shapes that once made a rule or a Draft view
// super-linear (issue 13). Shared by the scaling tests and `npm run bench`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = join(__dirname, '..', 'fixtures');

/** The bundled real drafts, joined: ordinary prose with headings, lists and announcements. */
export function mixedDrafts(): string {
  const dirs = [join(fixtures, 'seed'), join(fixtures, 'real', 'clean')];
  return dirs
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')))
    .join('\n');
}

/** `chars` characters of `text`, repeated as often as needed. */
export function repeatTo(text: string, chars: number): string {
  return text.repeat(Math.ceil(chars / text.length)).slice(0, chars);
}

/** Ordinary prose on one line (a draft pasted from a web page), `chars` characters long. */
export function oneLineText(chars: number): string {
  return repeatTo(mixedDrafts().replace(/\s*\r?\n\s*/g, ''), chars);
}

/** One sentence on each of `lines` lines. */
export function repeatedParagraphs(lines: number): string {
  return '全面加强党的建设，推动各项工作取得新成效。\n'.repeat(lines);
}

/** `的**` repeated `count` times on one line (emphasis-like markers everywhere). */
export function manyStars(count: number): string {
  return '的**'.repeat(count);
}

/** `_的` repeated `count` times on one line (Markdown emphasis delimiters everywhere). */
export function manyUnderscores(count: number): string {
  return '_的'.repeat(count);
}

/** `count` announcements, each followed by the headings it announces (all at the top level). */
export function manyAnnouncements(count: number): string {
  return '下面，我讲三点意见。\n一、抓落实\n要抓好落实。\n二、抓统筹\n要统筹推进。\n三、抓督查\n要加强督查。\n'.repeat(count);
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** `count` enumeration items (一是/二是/…) in a single paragraph. */
export function manyMarkers(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += `${ORDINALS[i % 10]}是加强管理，`;
  return `${out}。\n`;
}
