import type { Paragraph } from '../../document/model';
import type { PlaceholderKind } from './kinds';

// The title of a form for the reader to fill in: 回执, 报名表, 情况统计表, 意见征求表, 承诺书.
const FORM_KINDS = '回执|报名表|登记表|申请表|信息表|调查表|情况表|统计表|汇总表|反馈表|推荐表|审批表|意见表|征求表|征询表|申报表|备案表|测评表|确认单|签收单|承诺书|确认书|委托书';
// A title may say whose and which event's form it is (2024年“春风行动”专场招聘会参会回执): its
// length is bounded by the line's (TITLE_LENGTH), not by what comes before the kind.
const FORM_TITLE = new RegExp(`(?:${FORM_KINDS})$`);
const TITLE_LENGTH = 24;
const MARKER_OR_ATTACHMENT = /^(?:附件|[0-9０-９一二三四五六七八九十]+[.．、]|[（(][0-9一二三四五六七八九十]+[）)])/;

/** Blanks that a form leaves for its reader: fields, check boxes, a date to sign. */
export const FORM_FIELDS: ReadonlySet<PlaceholderKind> = new Set(['underscores', 'boxes', 'spacedBlank', 'emptyBrackets']);

// In a page that lost its line breaks: a form's title between spaces (after its attachment
// label, `附件2 报名表`), its first field right after (`单位名称：____`, `是□`).
const MID_LINE_FORM = new RegExp(`(?<=^|[\\s　])(?:附件[ 　]*[0-9０-９一二三四五六七八九十]{0,2}[ 　]+)?([^\\s　。，；：:]{0,16}?(?:${FORM_KINDS})|回[ 　]*执)(?=[\\s　])`, 'g');
// A form's first field to fill, at the start of what is tested: 单位名称：____, □同意.
const FIELD_AHEAD = /^[\s　]*[^。；]{0,24}?(?:[：:][ 　]*[_＿]{2}|□)/;
// A paragraph this long may hold a whole page.
const FLATTENED = 150;

/**
 * Where the form at the end of a draft starts (a receipt, an application form), as an offset
 * of the draft: its blanks are for the reader. Infinity when there is none. A form's title
 * stands on a line of its own, or mid-line in a one-line copy with a field after it; an item
 * of the attachment list (`3.……统计表`) is no title.
 */
export function formStart(paragraphs: readonly Paragraph[]): number {
  for (const p of paragraphs) {
    const title = p.text.replace(/[\s#*]/g, '');
    if (title.length <= TITLE_LENGTH && !MARKER_OR_ATTACHMENT.test(title)) {
      if (FORM_TITLE.test(title)) return p.start;
      // Any other 表 or 单 whose first line is a field to fill (小区名称：____, □同意).
      const next = paragraphs[p.index + 1];
      if (/(?:表|单|问卷)$/.test(title) && next && FIELD_AHEAD.test(next.text)) return p.start;
    }
    if (p.text.length < FLATTENED || !/回执|表|单/.test(p.text)) continue;
    for (const m of p.text.matchAll(MID_LINE_FORM)) {
      if (!MARKER_OR_ATTACHMENT.test(m[1]) && FIELD_AHEAD.test(p.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return p.start + m.index;
    }
  }
  return Infinity;
}
