import type { Paragraph } from '../../document/model';
import type { Report } from '../../rule';
import type { Span } from '../../types';

/** A report found in a paragraph's text, with offsets of the paragraph (as memoised), moved to the draft's offsets. */
export function inDraft(report: Report, paragraph: Paragraph): Report {
  const move = (span: Span): Span => [span[0] + paragraph.start, span[1] + paragraph.start];
  return { ...report, span: move(report.span), ...(report.fix ? { fix: { span: move(report.fix.span), text: report.fix.text } } : {}) };
}
