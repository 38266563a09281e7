// Each input here once took minutes (issue 13): a rule or a Draft view did work per pair of
// clauses, per match or per announcement. They assert findings; if a cause came back, the test
// would run into mocha's timeout (generous, for a loaded machine) instead of finishing in a
// second or two.
import assert from 'node:assert/strict';
import { lint, MAX_FINDINGS_PER_RULE, OMITTED } from '../server/src/core/engine';
import type { Rule } from '../server/src/core/rule';
import announcedCount from '../server/src/core/rules/announced-count';
import placeholder from '../server/src/core/rules/placeholder';
import repeatedSentence from '../server/src/core/rules/repeated-sentence';
import { Draft } from '../server/src/core/document/draft';
import listSequence from '../server/src/core/rules/list-sequence';
import { manyAnnouncements, manyMarkers, manyStars, manyUnderscores, repeatedParagraphs } from './support/hostile';

const only = (rule: Rule, text: string, format: 'text' | 'markdown' = 'text') => lint(text, { registry: [rule], format });
const count = (findings: ReturnType<typeof lint>, messageId: string) => findings.filter((f) => f.messageId === messageId).length;

describe('linear time on hostile inputs', function () {
  this.timeout(30_000);

  it('one sentence repeated on 50,000 lines: each later line is reported, up to the limit', () => {
    const findings = only(repeatedSentence as Rule, repeatedParagraphs(50_000));
    assert.equal(count(findings, 'paragraph'), MAX_FINDINGS_PER_RULE);
    const omitted = findings.find((f) => f.messageId === OMITTED);
    assert.equal(omitted?.message, `还有 ${49_999 - MAX_FINDINGS_PER_RULE} 处未列出`);
  });

  it('a regulation on one line, its articles repeated: long runs of equal clauses are measured once', () => {
    let articles = '';
    for (let i = 1; i <= 6000; i++) articles += `第${i}项工作要抓好落实，确保按期完成。`;
    const text = `第一条 ${articles.repeat(4)}\n\n要加强应急值班值守，确保信息畅通。\n\n要加强应急值班值守，确保信息畅通。\n`;
    const findings = only(repeatedSentence as Rule, text);
    // Articles repeat by design; only the pasted paragraph is reported.
    assert.deepEqual(
      findings.map((f) => [f.messageId, text.slice(...f.span)]),
      [['paragraph', '要加强应急值班值守，确保信息畅通。']],
    );
  });

  it('20,000 clauses each said twice in one long sentence: the sentence is read once, not once per repetition', () => {
    let text = '';
    for (let i = 0; i < 20_000; i++) {
      const clause = `第${i}项重点工作要抓紧抓实抓好确保按期高质量完成并向区委区政府书面报告进展情况`;
      text += `${clause}，${clause}，`;
    }
    const findings = only(repeatedSentence as Rule, `${text}。\n`);
    assert.equal(count(findings, 'clause'), MAX_FINDINGS_PER_RULE);
    assert.equal(findings.at(-1)?.message, `还有 ${20_000 - MAX_FINDINGS_PER_RULE} 处未列出`);
  });

  it('`的**` repeated 333,333 times: every run of asterisks is a placeholder, up to the limit', () => {
    const findings = only(placeholder as Rule, manyStars(333_333));
    assert.equal(count(findings, 'asterisks'), MAX_FINDINGS_PER_RULE);
    assert.equal(findings.at(-1)?.message, `还有 ${333_333 - MAX_FINDINGS_PER_RULE} 处未列出`);
  });

  it('`的**` repeated 100,000 times in Markdown: too many delimiters to be emphasis, and the runs pair as masks around 的', () => {
    // micromark matches emphasis delimiters in time that grows with the square of their number.
    assert.deepEqual(only(placeholder as Rule, manyStars(100_000), 'markdown'), []);
    const odd = only(placeholder as Rule, manyStars(100_001), 'markdown');
    assert.deepEqual(odd.map((f) => f.span), [[300_001, 300_003]]);
  });

  it('`_的` repeated 200,000 times on one line: in Markdown they pair as emphasis, in plain text they are blanks', () => {
    assert.deepEqual(only(placeholder as Rule, manyUnderscores(200_000), 'markdown'), []);
    const plain = only(placeholder as Rule, manyUnderscores(200_000));
    assert.equal(count(plain, 'underscores'), MAX_FINDINGS_PER_RULE);
  });

  it('10,000 announcements, each with its three headings: each list ends where numbering starts again', () => {
    const text = manyAnnouncements(10_000);
    assert.deepEqual(only(announcedCount as Rule, text), []);
    const short = text.replace('三点意见', '四点意见');
    assert.deepEqual(
      only(announcedCount as Rule, short).map((f) => [f.messageId, f.related?.length]),
      [['mismatch', 3]],
    );
  });

  it('100,000 一是…十是 in one paragraph: ten thousand runs of ten items, none out of sequence', () => {
    const text = manyMarkers(100_000);
    const runs = new Draft(text).enumerations;
    assert.equal(runs.length, 10_000);
    assert.ok(runs.every((run) => run.items.length === 10 && run.items[0].value === 1 && run.items[9].value === 10));
    assert.deepEqual(only(listSequence as Rule, text), []);
  });
});
