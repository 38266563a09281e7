import { hardWraps, lineAfter } from '../document/wraps';
import { defineRule, type CommonOptions } from '../rule';
import { paragraphMarkers } from './punctuation/marks';
import { opensWithQuote, scanPairs, type PairFinding, type PairScan } from './punctuation/pairs';

export default defineRule<CommonOptions>({
  meta: {
    id: 'punctuation-pairing',
    description: '引号、书名号、括号应在段内成对使用，前后配套',
    details:
      '在一个段落内检查“”‘’《》〈〉（）【】〔〕「」『』是否成对：只有前一半或只有后一半的报告为不配对；' +
      '前后不配套的（如“(来源：中国政府网）”“《…〉”）报告并可自动改正；方向用反的引号（“…“、”…”）报告并可自动改正。' +
      '嵌套引号“…‘…’…”是正确用法。按 GB/T 15834—2011 4.1.3.2，引文有多段时每段开头用前引号、只在最后一段末尾用后引号，' +
      '因此后一段以前引号开头时，前一段未闭合的前引号不报告。从 PDF 复制、按固定宽度折行的文字中，' +
      '在一行末尾打开、在下一行开头闭合的引号或括号也不报告。标题序号中的括号由 heading-punctuation 检查。',
    examples: {
      bad: ['要坚持“不敢腐、不能腐、不想腐一体推进。', '认真学习《习近平谈治国理政。', '(来源：中国政府网）', '落实“放管服“改革'],
      good: ['要坚持“不敢腐、不能腐、不想腐”一体推进。', '他说：“要记住‘人民至上’。”', '“第一段引文……\n“第二段引文。”'],
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      unclosed: '“{{found}}”没有配对的“{{partner}}”',
      unopened: '“{{found}}”前面没有配对的“{{partner}}”',
      mismatch: '“{{found}}”与“{{partner}}”不配套',
      reversed: '引号方向用反了，此处应为“{{fix}}”',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    const markers = paragraphMarkers(draft);
    const paragraphs = draft.paragraphs;
    const scans: PairScan[] = paragraphs.map((p) => {
      const { heading, list, key } = markers[p.index];
      return draft.memo(p, 'punctuation-pairing', () => scanPairs(p.text, (at) => heading.has(at), (at) => list.has(at)), key);
    });
    // What the next line closes, by paragraph index: a line cut by the page of a PDF copy, or a
    // title set on two lines (关于印发《…建设 ⏎ 工作要点》的通知), may close what it opened, also
    // across a page break's page number. Memoised scans are shared by equal paragraphs: keyed by index.
    const wraps = hardWraps(draft);
    const closedBelow = new Map<number, Set<PairFinding>>();
    const openedAbove = new Map<number, Set<PairFinding>>();
    const entry = (map: Map<number, Set<PairFinding>>, k: number): Set<PairFinding> => map.get(k) ?? map.set(k, new Set()).get(k)!;
    for (let k = 0; k + 1 < paragraphs.length; k++) {
      const open = scans[k].open;
      let next = open.length === 0 ? undefined : lineAfter(draft, k);
      // A long title or quotation of a PDF copy may fill a whole line between its two marks.
      if (wraps.has(k)) for (let hops = 0; next && hops < MAX_SPANNED && isBare(scans[next.index]); hops++) next = lineAfter(draft, next.index);
      const closing = next ? scans[next.index].unopened : [];
      for (let o = open.length - 1, c = 0; o >= 0 && c < closing.length && open[o].partner === closing[c].found; o--, c++) {
        entry(closedBelow, k).add(open[o]);
        entry(openedAbove, next!.index).add(closing[c]);
      }
    }
    for (let k = 0; k < paragraphs.length; k++) {
      const scan = scans[k];
      if (scan.findings.length === 0 && scan.open.length === 0 && scan.unopened.length === 0) continue;
      const runsOn = k + 1 < paragraphs.length && opensWithQuote(paragraphs[k + 1].text);
      let excused = false;
      const open = scan.open.filter((f) => {
        if (closedBelow.get(k)?.has(f)) return false;
        // A quotation that runs on into a paragraph opening with “ closes there or later (GB/T 15834 4.1.3.2).
        if (f.found === '“' && runsOn && !excused) return !(excused = true);
        return true;
      });
      const findings = [...scan.findings, ...open, ...scan.unopened.filter((f) => !openedAbove.get(k)?.has(f))].sort((a, b) => a.at - b.at);
      const base = paragraphs[k].start;
      for (const f of findings) {
        const span = [base + f.at, base + f.at + 1] as const;
        context.report({
          messageId: f.problem,
          data: { found: f.found, partner: f.partner, fix: f.fix ?? '' },
          span,
          ...(f.fix ? { fix: { span, text: f.fix } } : {}),
        });
      }
    }
  },
});

// Lines of a PDF copy that one title or quotation may fill between its two marks.
const MAX_SPANNED = 3;

/** A line with no brackets or quotes of its own. */
function isBare(scan: PairScan): boolean {
  return scan.open.length === 0 && scan.unopened.length === 0 && scan.findings.length === 0;
}
