import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * jieba's dictionary (dict.txt of jieba-rs, as @node-rs/jieba ships it: `word frequency tag`
 * per line) in the compact form that server/src/host/segmenters/jieba-dictionary.ts reads:
 * the total frequency, then one line per first character with the rest of each word and its
 * frequency, sorted, tags dropped. A word listed twice keeps its last frequency and is counted
 * once in the total, as jieba-rs's `load_dict` does.
 */
export function compactJiebaDictionary(root: string): string {
  const source = readFileSync(join(root, 'node_modules', '@node-rs', 'jieba', 'dict.txt'), 'utf8');
  const frequencies = new Map<string, number>();
  for (const line of source.split('\n')) {
    const [word, frequency] = line.trim().split(/\s+/);
    if (word) frequencies.set(word, frequency === undefined ? 0 : Number(frequency));
  }
  let total = 0;
  const groups = new Map<string, [string, number][]>();
  for (const [word, frequency] of frequencies) {
    total += frequency;
    const first = String.fromCodePoint(word.codePointAt(0)!);
    const group = groups.get(first) ?? [];
    group.push([word.slice(first.length), frequency]);
    groups.set(first, group);
  }
  const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const lines = [...groups.keys()].sort(byCodeUnits).map((first) => {
    const entries = groups.get(first)!.sort((a, b) => byCodeUnits(a[0], b[0]));
    return [first, ...entries.map(([rest, frequency]) => `${rest} ${frequency}`)].join('\t');
  });
  return `${total}\n${lines.join('\n')}\n`;
}
