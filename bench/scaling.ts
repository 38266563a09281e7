// How lint time grows with the size of hostile inputs (issue 13): 1×, 2×, 4×, 8× of each shape,
// with the growth factor from one size to the next (2.0 is linear) and 10 MB of mixed drafts
// against 1 MB. Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/core/engine';
import { getSegmenter } from '../server/src/host/segmenter';
import {
  manyAnnouncements,
  manyMarkers,
  manyStars,
  manyUnderscores,
  mixedDrafts,
  oneLineText,
  repeatedParagraphs,
  repeatTo,
} from '../test/support/hostile';

const segmenter = (): ReturnType<typeof getSegmenter> => getSegmenter('jieba', []);
lint('同志们：进一步进一步加强。', { segmenter });

function ms(text: string, format: 'text' | 'markdown' = 'text'): number {
  const t0 = performance.now();
  lint(text, { segmenter, format });
  return performance.now() - t0;
}

const shapes: [string, (scale: number) => string, 'text' | 'markdown'][] = [
  ['one-line text (100k chars)', (k) => oneLineText(100_000 * k), 'text'],
  ['repeated paragraphs (5,000 lines)', (k) => repeatedParagraphs(5_000 * k), 'text'],
  ['many markers (10,000 一是…)', (k) => manyMarkers(10_000 * k), 'text'],
  ['many announcements (1,000)', (k) => manyAnnouncements(1_000 * k), 'text'],
  ['的** (40,000)', (k) => manyStars(40_000 * k), 'text'],
  ['_的 in Markdown (25,000)', (k) => manyUnderscores(25_000 * k), 'markdown'],
];
console.log('input                                   1× ms    2× ms    4× ms    8× ms   growth per doubling');
for (const [name, make, format] of shapes) {
  const times = [1, 2, 4, 8].map((k) => ms(make(k), format));
  const growth = times.slice(1).map((t, i) => (t / times[i]).toFixed(2)).join(' ');
  console.log(`${name.padEnd(36)} ${times.map((t) => t.toFixed(0).padStart(8)).join(' ')}   ${growth}`);
}
const drafts = mixedDrafts();
const charsPerMB = (drafts.length / Buffer.byteLength(drafts)) * 1e6;
const one = ms(repeatTo(drafts, Math.floor(charsPerMB)));
const ten = ms(repeatTo(drafts, Math.floor(10 * charsPerMB)));
console.log(`\nmixed drafts: 1 MB ${one.toFixed(0)} ms, 10 MB ${ten.toFixed(0)} ms (${(ten / one).toFixed(1)}×)`);
