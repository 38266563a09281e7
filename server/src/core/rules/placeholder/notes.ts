import { isSpace } from '../../document/chars';
import { scanMatches, type Placeholder, type ScanLine } from './kinds';
import { allMatches } from '../../matches';

const PENDING = '待(?:补充|补|定|核实|核|完善|确认|填写|填|更新|修改|查|写|录入|提供)';
// An editor's note in square brackets: 【待补充：典型案例】, [TODO], 【此处插入图表】.
const SQUARE_NOTE = new RegExp(
  `[【\\[［]\\s*(?:${PENDING}|此处|这里|需(?:要)?(?:补充|核实|填写|确认|完善)|请(?:补充|填写|核实|确认)|补充|填写|插入|添加|暂缺|TODO|TBD|FIXME)[^【】\\[\\]［］\\n]{0,80}[】\\]］]`,
  'g',
);
// Any short 【…】 whose words ask for work still to be done or checked, wherever they stand:
// 【数据需再次核对】, 【请办公室提供最新数据】, 【是否属实？】. A label (【说明】, 【典型案例】) asks nothing.
const BRACKET_NOTE = /【[^【】\n]{1,40}】/g;
// A site's credit in brackets asks the reader, not the writer (【公文素材库整理，转载请注明出处】): template-residue's.
const SITE_CREDIT = /转载|侵权|版权|出处|素材库|范文网|来源于网络/;
// A template's slot for a name or figure, inside a sentence: 加强对【单位名称】重点岗位的监督.
// At a line's start or after a sentence end, 【时间】 labels what follows.
const SLOT = /(?<=[\p{Script=Han}A-Za-z0-9，,、（(“])【[^【】\n]{0,8}?(?:名称|姓名|单位|部门|职务|职称|时间|日期|年份|地点|数字|数据|金额|数额|数量|人数|比例)】/gu;
const ASKS_FOR_WORK =
  /待|需|须|请|核实|核对|核查|核准|确认|补充|补全|补齐|后补|完善|更新|填写|填入|修改|修订|替换|插入|删除|删去|删掉|改为|改成|斟酌|推敲|商榷|存疑|是否|暂缺|暂无|暂定|未定|不确定|TODO|TBD|FIXME|[？?]/;
// A reviewer's comment exported with the text (Word's [批注1: …], 【批注：…】, 【修改意见：…】): a note to the writer, whatever it says.
// A label alone (【修改意见】 heading a form's column) says nothing to anyone.
const REVIEW_COMMENT = /[【[［]\s*(?:批注\s*\d*\s*[:：]?|(?:审阅意见|修改意见|修改建议|审核意见)\s*[:：])[^【】[\]［］\n]{2,80}[】\]］]/g;
// A note to a colleague in an online document: （@王磊 请补充今年的数据）.
const AT_NOTE = /[（(]\s*@[\p{Script=Han}A-Za-z][^（）()\n]{0,80}[）)]/gu;
// The same in round brackets, where words like 补充 also open ordinary asides, so fewer starts.
const ROUND_NOTE = new RegExp(
  `[（(]\\s*(?:${PENDING}|此处|这里|需(?:要)?(?:补充|核实|填写)|请(?:补充|填写|核实)|TODO|TBD|FIXME)[^（）()\\n]{0,80}[）)]`,
  'g',
);
// （具体数字）, （具体时间待定）: the name of what is missing, and nothing else; （具体时间如有调整另行通知） is an aside.
const MISSING_NAMED = /[（(]\s*具体(?:数字|数据|数额|金额|人数|次数|天数|时间|日期|名称|名单|单位)(?:待定|待补充?|待填写?|待确定)?\s*[）)]/g;
const TODO = /(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])/g;
// 具体项目如下：（略）, 教育、医疗等方面（略）: what the writer has still to write, which nobody can read aloud.
const LEFT_OUT = /[（(](?:此处|以下|下略|内容|具体内容|具体项目|具体情况)?从?略[）)]/g;
// 此处插入…: an instruction to the writer, up to the end of its clause.
const INSERT_HERE =
  /(?:此处(?:插入|填写|填入|粘贴|补充|添加|加入|增加|放置|写入|列举|引用|补)|(?:这里|在此)(?:插入|填写|填入|粘贴|放置))[^。；！？;!?\n]{0,40}/g;
const ELLIPSIS = /[.．]{3,}|…+|。{3,}|[·・]{3,}/g;
// What may stand right before a lone ellipsis: a sentence end, a colon, or an item marker.
const OPENS_CONTENT = /(?:^|[。！？；：:;!?]|[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|首先|其次|再次|最后)$/;

// An HTML comment of a Markdown draft that holds a note for later (<!-- 待补充：年终考核数据 -->);
// a gwlint directive or a remark that asks nothing is no note.
const COMMENT_NOTE = new RegExp(`${PENDING}|TODO|TBD|FIXME|需(?:要)?(?:补充|核实|核对|填写|确认|更新)|请(?:补充|填写|核实|核对|确认)|补充|核实`);

/** Whether an HTML comment (`<!-- … -->`) is a note the writer left for later. */
export function isNoteComment(comment: string): boolean {
  return !comment.includes('gwlint-') && COMMENT_NOTE.test(comment);
}

/** 【待补充…】, [TODO], （待定）: notes the writer left for later. */
export function scanEditorNotes(line: ScanLine): Placeholder[] {
  const asking = allMatches(BRACKET_NOTE, line.text).filter((m) => ASKS_FOR_WORK.test(m[0]) && !SITE_CREDIT.test(m[0]));
  const leftOut = line.text.includes('略') ? allMatches(LEFT_OUT, line.text) : [];
  const comments = /批注|意见|建议/.test(line.text) ? allMatches(REVIEW_COMMENT, line.text) : [];
  const atNotes = line.text.includes('@') ? allMatches(AT_NOTE, line.text) : [];
  const notes = [...allMatches(SQUARE_NOTE, line.text), ...asking, ...comments, ...atNotes, ...allMatches(ROUND_NOTE, line.text), ...allMatches(MISSING_NAMED, line.text), ...allMatches(INSERT_HERE, line.text), ...leftOut].map(
    (m): Placeholder => ({ kind: 'editorNote', start: m.index, end: m.index + m[0].trimEnd().length }),
  );
  const slots = (line.text.includes('【') ? allMatches(SLOT, line.text) : [])
    .filter((m) => !ASKS_FOR_WORK.test(m[0]))
    .map((m): Placeholder => ({ kind: 'slot', start: m.index, end: m.index + m[0].length }));
  return [...notes, ...slots];
}

// A Markdown task item that is a note to a colleague, not a checklist for the reader:
// `- [ ] @王磊 12月10日前核实后填入`, `- [ ] 待补充：各街道改造户数`.
const TASK_ITEM = /^([ \t]*[-*+][ \t]+\[ \][ \t]+)(.*)$/;
const NOTE_TO_COLLEAGUE = /@[\p{Script=Han}A-Za-z]|待[^，。；]{0,12}(?:补|确认|核实|填)|补到|填入|后补/u;

/** An open Markdown task item that asks a colleague for work still to be done. */
export function scanTaskNotes(line: ScanLine): Placeholder[] {
  if (!line.markdown) return [];
  const m = TASK_ITEM.exec(line.source);
  if (!m || !NOTE_TO_COLLEAGUE.test(m[2])) return [];
  return [{ kind: 'editorNote', start: m[1].length, end: line.source.trimEnd().length }];
}

/** A bare TODO, TBD or FIXME. */
export function scanTodos(line: ScanLine): Placeholder[] {
  return allMatches(TODO, line.text).map((m) => ({ kind: 'todo', start: m.index, end: m.index + m[0].length }));
}

/**
 * `……`, `...`, `。。。` standing alone where content should be: after a sentence end, a colon
 * or an item marker, and before a sentence end, a space or the end of the paragraph. An
 * ellipsis inside a sentence (`既要……又要……`, `“……”`) is ordinary punctuation.
 */
export function scanLoneEllipses({ text }: ScanLine): Placeholder[] {
  return scanMatches(text, ELLIPSIS, 'ellipsis', (_run, start, end) =>
    OPENS_CONTENT.test(tailBefore(text, start)) &&
    // Nothing but spaces after it, or a space or a sentence end right after it.
    (end >= text.length || isSpace(text[end]) || /^[。！？；，,;!?]/.test(text[end])) &&
    // `…… 剩余 3 页未读`: the ellipsis of a site's truncation notice (template-residue's).
    !TRUNCATION_AFTER.test(text.slice(end, end + 24)),
  );
}

const TRUNCATION_AFTER = /^[\s(（【\[]*[^。；！？]{0,8}?(?:未读|未完|剩余|全文共|余下|继续阅读|省略\s*\d)/;

const NUMERAL_OR_DIGIT = /[一二三四五六七八九十0-9]/;

/**
 * The end of `text` before `at`, trailing spaces trimmed, long enough for `OPENS_CONTENT` to
 * answer as it would on all of it: the last character, the numerals before it, and one more.
 */
function tailBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpace(text[end - 1])) end--;
  let from = end - 1;
  while (from > 0 && NUMERAL_OR_DIGIT.test(text[from - 1])) from--;
  return text.slice(Math.max(0, from - 1), end);
}
