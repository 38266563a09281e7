import { readFileSync } from 'node:fs';
import type { JsonResult } from './cli';

/**
 * The matching of ../shared/tools/score.py, by which the project is judged: a finding counts
 * when its rule is in the defect's group (or an alt group), it is on the defect's line (or an
 * accepted line), and its columns overlap the defect text (announced-count and repetition need
 * only the line on lines up to 200 characters; a repetition may overlap any copy).
 */
export const GROUPS: Readonly<Record<string, readonly string[]>> = {
  'numbering/sequence': ['heading-sequence', 'heading-punctuation', 'heading-hierarchy', 'list-sequence'],
  'numbering/announced-count': ['announced-count'],
  placeholder: ['placeholder'],
  residue: ['template-residue'],
  repetition: ['doubled-word', 'repeated-sentence'],
  punctuation: ['punctuation-width', 'punctuation-pairing', 'punctuation-doubled', 'punctuation-misuse'],
};
const LINE_ONLY = new Set(['numbering/announced-count', 'repetition']);
const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([g, rules]) => rules.map((r) => [r, g] as const)));

interface Defect {
  rule: string;
  line: number;
  text: string;
  alt_rules?: string[];
  also_accept_lines?: number[];
  first_line?: number;
}

export interface GroupScore {
  found: number;
  total: number;
  tp: number;
  fp: number;
  recall: number;
  precision: number;
}

export interface Score {
  groups: Record<string, GroupScore>;
  falsePositives: string[];
  misses: string[];
}

export function score(files: readonly string[], results: readonly JsonResult[]): Score {
  const byName = new Map(results.map((r) => [r.filePath, r.messages]));
  const counts = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, { found: 0, total: 0, tp: 0, fp: 0 }]));
  const falsePositives: string[] = [];
  const misses: string[] = [];
  for (const file of files) {
    const truth = JSON.parse(readFileSync(file.replace(/\.(txt|md)$/, '.json'), 'utf8')) as { defects: Defect[] };
    const lines = readFileSync(file, 'utf8').split('\n');
    const hit = truth.defects.map(() => false);
    for (const m of byName.get(file) ?? []) {
      const group = m.ruleId ? GROUP_OF.get(m.ruleId) : undefined;
      if (!group) continue;
      const col = m.column - 1;
      const endLine = m.endLine ?? m.line;
      const endCol = endLine !== m.line ? 1e6 : (m.endColumn ?? m.column + 1) - 1;
      let matched = false;
      truth.defects.forEach((d, i) => {
        if (![d.rule, ...(d.alt_rules ?? [])].includes(group)) return;
        const okLines = new Set([d.line, ...(d.also_accept_lines ?? []), ...(d.first_line ? [d.first_line] : [])]);
        if (!okLines.has(m.line) && !(m.line <= d.line && d.line <= endLine)) return;
        const lineText = lines[d.line - 1];
        if (m.line === d.line && (!LINE_ONLY.has(d.rule) || lineText.length > 200)) {
          const slack = LINE_ONLY.has(d.rule) ? 10 : 0;
          const spans: [number, number][] = [];
          for (let k = lineText.indexOf(d.text); k >= 0; k = d.rule === 'repetition' ? lineText.indexOf(d.text, k + 1) : -1) {
            spans.push([k - slack, k + d.text.length + slack]);
          }
          if (spans.length && spans.every(([s, e]) => endCol <= s || col >= e)) return;
        }
        matched = true;
        hit[i] = true;
      });
      if (matched) counts[group].tp++;
      else {
        counts[group].fp++;
        falsePositives.push(`${file.split('/').pop()}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    truth.defects.forEach((d, i) => {
      counts[d.rule].total++;
      if (hit[i]) counts[d.rule].found++;
      else misses.push(`${file.split('/').pop()}:${d.line} ${d.rule} “${d.text}”`);
    });
  }
  const groups: Record<string, GroupScore> = {};
  for (const [g, c] of Object.entries(counts)) {
    groups[g] = { ...c, recall: c.total ? c.found / c.total : 1, precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1 };
  }
  return { groups, falsePositives, misses };
}
