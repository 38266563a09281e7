import type { DraftText } from './model';

// The fields of an e-mail's header as a mail program exports them, colon and all; a quoted
// mail's header may carry the quote's `>`.
const HEADER_FIELD = /^[ \t　>]*(?:发件人|收件人|抄送|密送|发送时间|日期|时间|主题|附件|From|To|Cc|Bcc|Date|Sent|Subject)[ \t]*[:：]/i;
const SENDER_OR_RECIPIENT = /^[ \t　>]*(?:发件人|收件人|From|To)[ \t]*[:：]/i;

/**
 * The paragraphs of an e-mail's headers (发件人: … 收件人: … 主题: …): the draft's own at its
 * top, and a quoted mail's below a reply (------ 原始邮件 ------ then 发件人: …). The mail
 * program wrote them, not the writer: their half-width colons and brackets are no slip.
 */
export function mailHeader(draft: DraftText): ReadonlySet<number> {
  return draft.view('mail-header', () => {
    const found = new Set<number>();
    let run: number[] = [];
    const close = (): void => {
      if (run.length >= 2 && run.some((k) => SENDER_OR_RECIPIENT.test(draft.paragraphs[k].text))) for (const k of run) found.add(k);
      run = [];
    };
    for (const p of draft.paragraphs) {
      if (HEADER_FIELD.test(p.text)) run.push(p.index);
      else close();
    }
    close();
    return found;
  });
}
