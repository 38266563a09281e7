import type { Span } from '../types';
import type { DraftText } from './model';
import { parseChineseNumeral, parseDigits } from './numerals';

// A paragraph headed by a label and its number: 问题1：…, 任务二：…, 措施3.…
const LABELLED = /^[ \t　]*(问题|任务|措施|事项|建议|案例|风险点|举措)([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?=[：:、.．\s　])/;

// A host's speakers in turn, wherever the words stand: 请第一位发言的…同志, 第二位作交流发言的是….
// A rank (居全省第三位, 排名第二位) is no turn.
const SPEAKER = /(?<!居|列|排名|排在|名列|跃居|升至|降至|升到|降到|退居|稳居)第([一二三四五六七八九十]{1,3})位(?=发言|作(?:交流|表态|典型)?发言|交流|同志|嘉宾|代表|专家|领导)/g;

/** One labelled paragraph: its label, its number, where the marker and the number stand. */
export interface LabelledItem {
  readonly label: string;
  readonly value: number;
  readonly marker: Span;
  readonly numeral: Span;
}

/**
 * The paragraphs that a 整改报告 or a list of tasks numbers with a label (问题1, 问题2 …), one
 * series per label, in order, and a host's speakers in turn (第一位, 第二位 …). Unlike an enumeration, such a series runs on across headings
 * (问题3 under （二） follows 问题2 under （一）), or starts again from 1 under a new one.
 */
export function labelledSeries(draft: DraftText): readonly (readonly LabelledItem[])[] {
  return draft.view('labelled-series', () => {
    const byLabel = new Map<string, LabelledItem[]>();
    for (const p of draft.paragraphs) {
      const m = LABELLED.exec(p.text);
      if (!m) continue;
      const value = /^[0-9０-９]/.test(m[2]) ? parseDigits(m[2]) : parseChineseNumeral(m[2]);
      if (!value) continue;
      const numeralStart = p.start + m[0].length - m[2].length;
      const item: LabelledItem = { label: m[1], value, marker: [p.start + m[0].length - m[1].length - m[2].length, p.start + m[0].length], numeral: [numeralStart, p.start + m[0].length] };
      const series = byLabel.get(m[1]) ?? [];
      series.push(item);
      byLabel.set(m[1], series);
    }
    const speakers: LabelledItem[] = [];
    for (const p of draft.paragraphs) {
      if (!p.text.includes('位')) continue;
      for (const m of p.text.matchAll(SPEAKER)) {
        const value = parseChineseNumeral(m[1]);
        const start = p.start + m.index;
        if (value) speakers.push({ label: '第位', value, marker: [start, start + m[0].length], numeral: [start + 1, start + 1 + m[1].length] });
      }
    }
    if (speakers.length) byLabel.set('第位', speakers);
    return [...byLabel.values()].filter((s) => s.length >= 2);
  });
}
