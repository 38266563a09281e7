import { codeTable } from '../../document/chars';
import { CJK_PUNCTUATION, codeAt, DIGIT, LATIN, SPACE } from './marks';

/** What is wrong with a bracket or quote of a paragraph. */
export type PairProblem = 'unclosed' | 'unopened' | 'mismatch' | 'reversed';

/** A paired mark that has no partner, or the wrong one, at an offset of its paragraph. */
export interface PairFinding {
  readonly problem: PairProblem;
  readonly at: number;
  readonly found: string;
  /** The partner it lacks, or for a mismatch the mark that was expected here. */
  readonly partner: string;
  /** The replacement, where one is unambiguous. */
  readonly fix?: string;
}

export interface PairScan {
  /** Mismatched and reversed marks, and marks left open inside a pair that closed. */
  readonly findings: readonly PairFinding[];
  /** Marks still open at the paragraph's end, outermost first: the next line may close them. */
  readonly open: readonly PairFinding[];
  /** Closing marks with nothing open before them in the paragraph, in order. */
  readonly unopened: readonly PairFinding[];
}

const CLOSE_OF: Readonly<Record<string, string>> = {
  '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '(': ')', '【': '】', '〔': '〕', '「': '」', '『': '』',
};
const OPEN_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CLOSE_OF).map(([o, c]) => [c, o]));
const PAIRED = codeTable(Object.keys(CLOSE_OF).join('') + Object.values(CLOSE_OF).join(''));
// Marks of one shape written for one another: （…) and 《…〉 are the same pair mistyped.
const SAME_SHAPE: Readonly<Record<string, string>> = { '(': '（', '（': '(', '《': '〈', '〈': '《' };
// Half-width parentheses take part only as partners of full-width ones; alone they are Latin text or list markers.
const HALF = codeTable('()');

const MAX_DEPTH = 16;

interface Open {
  readonly ch: string;
  readonly at: number;
}

/**
 * Pairs the quotes and brackets of a paragraph (`“”` `‘’` `《》` `〈〉` `（）` `【】` `〔〕` `「」`
 * `『』`, and `()` where it meets a full-width partner) in one pass with a stack, and reports
 * what stays unpaired or is paired with the wrong mark. `skip(at)` leaves out marks that
 * belong to heading numbers; a closing bracket of a list marker (`1）`) that closes nothing
 * is the marker's own.
 */
export function scanPairs(text: string, skip: (at: number) => boolean, listMarker: (at: number) => boolean): PairScan {
  const findings: PairFinding[] = [];
  const unopened: PairFinding[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < text.length; i++) {
    if (PAIRED[text.charCodeAt(i)] !== 1 || skip(i)) continue;
    const ch = text[i];
    // it’s, don’t: an apostrophe.
    if ((ch === '’' || ch === '‘') && codeAt(LATIN, text, i - 1) && codeAt(LATIN, text, i + 1)) continue;
    const top = stack[stack.length - 1] as Open | undefined;
    if (ch in CLOSE_OF) {
      // “…“ : quotes do not nest in themselves; the second one faces the wrong way.
      if ((ch === '“' || ch === '‘') && top?.ch === ch) {
        if (nextQuote(text, i, ch, CLOSE_OF[ch]) === CLOSE_OF[ch]) {
          // “…“…”: the first quotation was never closed, the second is.
          findings.push(unclosed(top));
          stack[stack.length - 1] = { ch, at: i };
        } else {
          // “…“ and no closing quote after: the second one faces the wrong way.
          findings.push({ problem: 'reversed', at: i, found: ch, partner: CLOSE_OF[ch], fix: CLOSE_OF[ch] });
          stack.pop();
        }
      } else {
        // A paragraph that only opens (a pasted list of 《…): keep the stack short, so that each mark costs little.
        const dropped = stack.length === MAX_DEPTH ? stack.shift() : undefined;
        if (dropped && dropped.ch !== '(') findings.push(unclosed(dropped));
        stack.push({ ch, at: i });
      }
      continue;
    }
    const open = OPEN_OF[ch];
    if (top?.ch === open) {
      stack.pop();
      continue;
    }
    if (top && SAME_SHAPE[top.ch] === open) {
      // （…) or (…）: make the half-width one full-width; 《…〉: close as opened.
      const halfOpen = top.ch === '(';
      if (halfOpen) findings.push({ problem: 'mismatch', at: top.at, found: top.ch, partner: ch, fix: '（' });
      else findings.push({ problem: 'mismatch', at: i, found: ch, partner: top.ch, fix: CLOSE_OF[top.ch] });
      stack.pop();
      continue;
    }
    if (listMarker(i)) continue;
    // A half-width ) counts only where it closes a ( (which the width rule makes full-width):
    // (…“…)…” crosses a quotation as surely as （…“…）…” does.
    if (HALF[text.charCodeAt(i)] === 1 && !stack.some((o) => o.ch === '(')) continue;
    if ((ch === '”' || ch === '’') && !stack.some((o) => o.ch === open) && nextQuote(text, i, open, ch) === ch) {
      // ”…” with nothing open: the first one faces the wrong way.
      findings.push({ problem: 'reversed', at: i, found: ch, partner: ch, fix: open });
      stack.push({ ch: open, at: i });
      continue;
    }
    const depth = stack.map((o) => o.ch).lastIndexOf(open);
    if (depth < 0 && ch === '）' && isLetterMarker(text, i)) continue;
    if (depth < 0) {
      unopened.push({ problem: 'unopened', at: i, found: ch, partner: open });
      continue;
    }
    // Whatever was opened inside and not closed before this mark is unclosed.
    for (const inner of stack.splice(depth).slice(1)) {
      if (inner.ch !== '(') findings.push(unclosed(inner));
    }
  }
  findings.sort((a, b) => a.at - b.at);
  return { findings, open: stack.filter((o) => o.ch !== '(').map(unclosed), unopened };
}

/** `a）` `B）` at a clause start: a list marker with a closing bracket only. */
function isLetterMarker(text: string, i: number): boolean {
  if (!codeAt(LATIN, text, i - 1) && !codeAt(DIGIT, text, i - 1)) return false;
  return i - 2 < 0 || codeAt(SPACE, text, i - 2) || codeAt(CJK_PUNCTUATION, text, i - 2);
}

function unclosed(o: Open): PairFinding {
  return { problem: 'unclosed', at: o.at, found: o.ch, partner: CLOSE_OF[o.ch] };
}

/** The next quote of the same kind after `from`, opening or closing. */
function nextQuote(text: string, from: number, opening: string, closing: string): string | undefined {
  for (let k = from + 1; k < text.length; k++) if (text[k] === opening || text[k] === closing) return text[k];
  return undefined;
}

/** Whether a paragraph opens with `“` (after leading whitespace): the continuation of a quotation. */
export function opensWithQuote(text: string): boolean {
  let k = 0;
  while (k < text.length && SPACE[text.charCodeAt(k)] === 1) k++;
  return text[k] === '“';
}
