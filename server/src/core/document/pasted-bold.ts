/** Where the two `**` of a bold stretch start, and whether the bold holds the whole line. */
export interface PastedBold {
  readonly open: number;
  readonly close: number;
  readonly wholeLine: boolean;
}

// `**…**` at a line's start, up to the line's end, or a label ending in a colon inside or after it.
const BOLD_AT_START = /^[ \t　]*(\*\*)[^*\s][^*\n]*?(?<=[^*\s])(\*\*)(?:(?<=[：:]\*\*)|(?=[ \t　]*$|[：:]))/d;

/**
 * Markdown bold pasted into a text file, where no Markdown is parsed, as an AI answer or a web
 * page brings it: a line in bold (`**一、坚持党建引领**`) or a bold label at its start
 * (`**工作目标：**…`, `**责任单位**：…`). Its asterisks are markup, not a masked word.
 */
export function pastedBold(line: string): PastedBold | undefined {
  const m = BOLD_AT_START.exec(line);
  if (!m) return undefined;
  const close = m.indices![2][0];
  return { open: m.indices![1][0], close, wholeLine: line.slice(close + 2).trim() === '' };
}
