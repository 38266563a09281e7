import { TITLE_END } from './patterns';

// A page title is at least this long, and the document's own title follows it within a few characters.
const MIN_TITLE = 8;
const MAX_GAP = 12;
const HEAD = 120;

/**
 * Finds the page title a template site puts before the document's own title on the same
 * line (`…会议上的讲话范文在全县…会议上的讲话`, `编号:541193579县委书记在…讲话201X/X/XX在…讲话`):
 * a title followed, within a few characters, by a copy of its own ending.
 * Looks only at the start of the line, or right after residue that starts it.
 */
export function findRunningTitle(
  line: string,
  units: readonly { readonly start: number; readonly end: number; readonly strength: string }[],
): { start: number; end: number } | undefined {
  let from = units.find((u) => u.start === 0 && u.strength === 'strong')?.end ?? 0;
  while (from < line.length && /\s/.test(line[from])) from++;
  const head = line.slice(from, from + HEAD);
  for (const m of head.matchAll(TITLE_END)) {
    const end = m.index + m[0].length;
    const title = head.slice(0, end);
    if (/[。，,！？!?；;]/.test(title)) return undefined;
    const core = title.replace(/范文$/, '');
    if (core.length < MIN_TITLE) continue;
    for (let gap = 0; gap <= MAX_GAP; gap++) {
      if (/[。，,！？!?；;\s]/.test(line.slice(from + end, from + end + gap))) break;
      const at = from + end + gap;
      for (let len = Math.min(core.length, 60); len >= MIN_TITLE; len--) {
        const copy = line.slice(at, at + len);
        if (copy.length === len && core.endsWith(copy)) return { start: from, end: from + end + (line.startsWith('范文', from + end) ? 2 : 0) };
      }
    }
  }
  return undefined;
}
