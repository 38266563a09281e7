import { joinedWraps } from '../document/wraps';
import { defineRule } from '../rule';
import type { Span } from '../types';
import type { Paragraph } from '../document/model';
import { excludedSpans } from './placeholder/exclusions';
import { FORM_FIELDS, formStart } from './placeholder/forms';
import type { Placeholder, ScanLine, Scanner } from './placeholder/kinds';
import { scanCrosses, scanLetters } from './placeholder/letters';
import { scanMou } from './placeholder/mou';
import { isNoteComment, scanEditorNotes, scanLoneEllipses, scanTaskNotes, scanTodos } from './placeholder/notes';
import {
  scanAsterisks,
  scanBoxes,
  scanCircles,
  scanEmptyBrackets,
  scanSpacedBlanks,
  scanUnderscores,
} from './placeholder/symbols';

// Notes come first: a note that holds another placeholder (【待补充XX】) is reported once, as a note.
const SCANNERS: readonly Scanner[] = [
  scanTaskNotes,
  scanEditorNotes,
  scanTodos,
  scanAsterisks,
  scanUnderscores,
  scanLetters,
  scanCrosses,
  scanMou,
  scanCircles,
  scanBoxes,
  scanEmptyBrackets,
  scanSpacedBlanks,
  scanLoneEllipses,
];

export default defineRule({
  meta: {
    id: 'placeholder',
    description: '检查稿件中尚未填写的占位符（**、XX、××、某某、□、（　　）、【待补充】等）',
    details:
      '范文模板和起草过程中常留下待填写的位置：被星号遮挡的字词（**建工作）、下划线空白（____户）、' +
      '代替名称或数字的字母和符号（XX县、xx%、20xx年、x月x日、××事故、×部长）、某某、〇〇、□□、' +
      '只有空格的括号（（　　）、[ ]）、编辑批注（【待补充】、【此处待核实】、【请办公室提供数据】等要求补充或核对的批注，[TODO]、此处插入…）以及单独占位的省略号。' +
      '回执、报名表等留给读者填写的表格中的空栏和方框不报告。' +
      '这些内容一旦印发或宣读就是明显的差错。正常词语不报告：某些、某种、某个、某一、3×4、“数据要素×”、' +
      '二〇〇八年、XXL、网址和标识符中的下划线、Markdown 的 **加粗**。',
    examples: {
      bad: ['XX县2024年共完成投资xx亿元。', '全镇共有脱贫户____户。', '刚才，×部长宣读了表彰决定。', '【待补充：典型案例】'],
      good: ['某些地方仍存在形式主义问题。', '二〇〇八年以来，全县经济总量翻了一番。', '实施“数据要素×”三年行动。'],
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      asterisks: '星号“{{text}}”是被遮挡或待填写的内容，请补全',
      underscores: '下划线“{{text}}”是待填写的空白，请补全',
      letters: '“{{text}}”是代替名称或数字的占位字母，请替换为实际内容',
      crosses: '“{{text}}”是代替名称或数字的占位符号，请替换为实际内容',
      mou: '“{{text}}”是代替名称的占位字，请替换为实际名称',
      circles: '“{{text}}”是占位符号，请替换为实际内容',
      boxes: '方框“{{text}}”是待填写的空白，请补全',
      emptyBrackets: '“{{text}}”中没有内容，是待填写的空白',
      spacedBlank: '此处用空格留白，数字或日期尚未填写',
      slot: '“{{text}}”是模板中留给名称或数字的空位，请替换为实际内容',
      editorNote: '编辑批注“{{text}}”仍留在稿中，请补全内容后删除',
      todo: '待办标记“{{text}}”仍留在稿中，请补全内容后删除',
      ellipsis: '省略号“{{text}}”单独占位，此处内容尚未写出',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    const markdown = draft.format === 'markdown';
    const form = formStart(draft.paragraphs);
    // In a form for the reader (回执), and after a signature, stamp or date label, fields and
    // check boxes are meant to stay blank. `at`: where the blank starts in the draft.
    const forReader = (p: Placeholder, text: string, at: number): boolean => FORM_FIELDS.has(p.kind) && (at > form || isSignatureField(text, p.start) || FORM_ROW.test(text));
    // In a PDF copy, a placeholder may be cut by a hard wrap (【待补充 ⏎ 典型案例】): the lines
    // of each wrapped text are read joined, in the draft's offsets.
    const joined = markdown ? [] : joinedWraps(draft);
    const inJoined = new Set(joined.flatMap((j) => j.indices));
    for (const j of joined) {
      for (const p of findPlaceholders({ text: j.text, source: j.text, markdown: false })) {
        const span: Span = [j.offsets[p.start], j.offsets[p.end - 1] + 1];
        if (forReader(p, j.text, span[0])) continue;
        context.report({ messageId: p.kind, data: { text: j.text.slice(p.start, p.end) }, span });
      }
    }
    // A note hidden from the rendered page in an HTML comment is still in the file that is sent.
    for (const span of draft.comments) {
      const comment = draft.source.slice(span[0], span[1]);
      if (isNoteComment(comment)) context.report({ messageId: 'editorNote', data: { text: comment }, span });
    }
    for (const paragraph of draft.paragraphs) {
      if (inJoined.has(paragraph.index)) continue;
      const source = markdown ? draft.source.slice(paragraph.start, paragraph.end) : paragraph.text;
      const line: ScanLine = { text: paragraph.text, source, markdown };
      // In Markdown the source may differ from the prose view: then it is part of the key.
      const extra = markdown && source !== paragraph.text ? source : '';
      for (const p of draft.memo(paragraph, markdown ? 'placeholder:md' : 'placeholder', () => findPlaceholders(line), extra)) {
        if (forReader(p, paragraph.text, paragraph.start + p.start)) continue;
        // A lone `……` line is never part of a wrapped text: checked here only.
        if (p.kind === 'ellipsis' && standsForSpeech(draft.paragraphs[paragraph.index - 1], paragraph.text)) continue;
        context.report({
          messageId: p.kind,
          data: { text: paragraph.text.slice(p.start, p.end) },
          span: [paragraph.start + p.start, paragraph.start + p.end],
        });
      }
    }
  },
});

// A host's words that give the floor to a speaker: 有请……发言，大家欢迎！ 请……讲话。
const GIVES_FLOOR = /(?:有请|请)[^。！？]{0,40}(?:发言|讲话|致辞|介绍|推介|宣读|汇报|报告|表态)[^。！？]{0,30}[。！!]?$/;

/**
 * A host script's `……` on a line of its own after the host gives the floor: the speaker's
 * words, which the host's script leaves out, not a gap in it.
 */
function standsForSpeech(previous: Paragraph | undefined, text: string): boolean {
  return previous !== undefined && /^[\s　]*(?:……|…|\.{3,6})[\s　]*$/.test(text) && GIVES_FLOOR.test(previous.text.trim());
}

// A row of fields for whoever fills the form in (填报单位：____　联系电话：____): every blank on it is theirs.
const FORM_ROW = /填报单位|填报人|填表人|填报日期|填表日期|填表说明/;

// The fields a form leaves for whoever signs it, wherever the form stands: stamp, signature, date.
// Those who sign (承诺人：____), and a signature block's own date line (日　期：____年__月__日).
const SIGNATURE_LABEL =
  /(?:盖章|签字|签名|签章|填报日期|填表日期|填报人|填表人|签发日期|承诺人|申请人|签收人|领取人|经办人|报名人)[）)]?[ \t　]*[:：][ \t　]*$|(?:^|[ \t　])日[ \t　]*期[ \t　]*[:：][ \t　]*$|[_＿]{1,8}年[ \t　]*[_＿]{0,4}(?:月[ \t　]*[_＿]{0,4})?$/;

/** Whether the blank at `start` follows a signature, stamp or date label (负责人签字：____, ____年__月__日). */
function isSignatureField(text: string, start: number): boolean {
  return SIGNATURE_LABEL.test(text.slice(Math.max(0, start - 12), start));
}

/** Every placeholder of a paragraph, outside URLs and residue notices, none inside another. */
export function findPlaceholders(line: ScanLine): Placeholder[] {
  // What is excluded and what is already kept, character by character: each candidate is
  // checked over its own length, however many placeholders the line holds.
  const candidates = SCANNERS.flatMap((scan) => scan(line));
  // Most paragraphs hold no candidate: then nothing else is built for them.
  if (candidates.length === 0) return [];
  const excluded = new Uint8Array(line.text.length + 1);
  for (const [s, e] of excludedSpans(line.text)) excluded.fill(1, s, e);
  const taken = new Uint8Array(line.text.length + 1);
  const kept: Placeholder[] = [];
  for (const p of candidates) {
    if (covers(excluded, p) || covers(taken, p)) continue;
    taken.fill(1, p.start, p.end);
    kept.push(p);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether any character of `p` is marked in `marks`. */
function covers(marks: Uint8Array, p: Placeholder): boolean {
  for (let i = p.start; i < p.end; i++) if (marks[i] === 1) return true;
  return false;
}
