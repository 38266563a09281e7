import type { DraftText } from './model';

// The fields of an e-mail's header as a mail program exports them, colon and all.
const HEADER_FIELD = /^[ \t　]*(?:发件人|收件人|抄送|密送|发送时间|日期|时间|主题|附件|From|To|Cc|Bcc|Date|Sent|Subject)[ \t]*[:：]/i;
const SENDER_OR_RECIPIENT = /^[ \t　]*(?:发件人|收件人|From|To)[ \t]*[:：]/i;

/**
 * The paragraphs of an e-mail header at the top of a draft (发件人: … 收件人: … 主题: …),
 * written by the mail program, not by the writer: their half-width colons are no slip.
 */
export function mailHeader(draft: DraftText): ReadonlySet<number> {
  return draft.view('mail-header', () => {
    const lines: number[] = [];
    for (const p of draft.paragraphs) {
      if (!HEADER_FIELD.test(p.text)) break;
      lines.push(p.index);
    }
    const isHeader = lines.length >= 2 && lines.some((k) => SENDER_OR_RECIPIENT.test(draft.paragraphs[k].text));
    return new Set(isHeader ? lines : []);
  });
}
