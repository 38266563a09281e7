import assert from 'node:assert/strict';
import { lint } from '../server/src/core/engine';

describe('heading-sequence', () => {
  it('names every later sibling that its renumbering fix changes, and nothing it leaves alone', () => {
    const text = '一、总体要求\n二、主要任务\n四、保障措施\n五、组织实施\n六、工作要求\n';
    const [finding, ...others] = lint(text).filter((f) => f.ruleId === 'heading-sequence');
    assert.equal(others.length, 0);
    assert.equal(text.slice(...finding.span), '四、');
    assert.deepEqual(
      finding.related!.map((r) => [text.slice(...r.span), r.message]),
      [['五、', '自动修复时改为“四、”'], ['六、', '自动修复时改为“五、”']],
    );
    // The fix touches the reported marker, the related markers and the text between them, nothing after.
    const last = finding.related![finding.related!.length - 1].span;
    assert.ok(finding.fix!.span[0] >= finding.span[0] && finding.fix!.span[1] <= last[1], JSON.stringify(finding.fix));
  });

  it('gives no related locations when the fix changes the reported heading alone', () => {
    const text = '一、总体要求\n二、主要任务\n二、保障措施\n';
    const [finding] = lint(text).filter((f) => f.ruleId === 'heading-sequence');
    assert.equal(text.slice(...finding.span), '二、');
    assert.equal(finding.related, undefined);
  });
});
