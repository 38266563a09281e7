import type { Paragraph } from '../../document/model';
import type { PlaceholderKind } from './kinds';

// The title of a form for the reader to fill in: 回执, 报名表, 情况统计表, 意见征求表.
const FORM_TITLE = /^(?:回执|.{0,16}(?:回执|报名表|登记表|申请表|信息表|调查表|情况表|统计表|汇总表|反馈表|推荐表|审批表|意见表|征求表|确认单|签收单))$/;
const MARKER_OR_ATTACHMENT = /^(?:附件|[0-9０-９一二三四五六七八九十]+[.．、]|[（(][0-9一二三四五六七八九十]+[）)])/;

/** Blanks that a form leaves for its reader: fields, check boxes, a date to sign. */
export const FORM_FIELDS: ReadonlySet<PlaceholderKind> = new Set(['underscores', 'boxes', 'spacedBlank', 'emptyBrackets']);

/**
 * The index of the first paragraph of a form at the end of a draft (a receipt, an application
 * form), where the blanks are for the reader; the number of paragraphs when there is none. A
 * form's title stands on a line of its own; an item of the attachment list (`3.……统计表`) is no title.
 */
export function formStart(paragraphs: readonly Paragraph[]): number {
  for (const p of paragraphs) {
    const title = p.text.replace(/[\s#*]/g, '');
    if (title.length <= 20 && FORM_TITLE.test(title) && !MARKER_OR_ATTACHMENT.test(title)) return p.index;
  }
  return paragraphs.length;
}
