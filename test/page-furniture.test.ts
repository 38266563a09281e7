import assert from 'node:assert/strict';
import { Draft } from '../server/src/core/document/draft';

const page = (text: string, format: 'text' | 'markdown' = 'text') => {
  const draft = new Draft(text, format);
  return draft.pageFurniture.map((f) => ({ kind: f.kind, text: draft.source.slice(...f.span), removes: draft.source.slice(...f.fix) }));
};

describe('page furniture', () => {
  // A page copied out of a PDF: every line cut at the page's width in mid sentence.
  const wrapped = '为深入贯彻落实上级关于安全生产工作的决策部署，切实\n防范化解重大安全风险，坚决遏制重特大事故的发生，现\n就进一步加强全县安全生产工作的有关事项通知如下，请\n各乡镇、各部门认真抓好贯彻落实，主要负责同志要定期\n';

  it('finds printed page numbers alone on a line, and joins the sentence they split', () => {
    assert.deepEqual(page(`${wrapped}— 2 —\n研究解决安全生产重大问题。`), [{ kind: 'page-number', text: '— 2 —', removes: '\n— 2 —\n' }]);
    assert.deepEqual(page('全文完。\n- 3 -\n第二部分。\n第 4 页\n第三部分。').map((f) => [f.text, f.removes]), [['- 3 -', '- 3 -\n'], ['第 4 页', '第 4 页\n']]);
  });

  it('takes a bare number for a page number only in a series of pages', () => {
    assert.deepEqual(page('上半年完成投资。\n2024\n下半年继续推进。'), []);
    const pageText = '要坚持以人民为中心的发展思想，统筹推进经济发展和安全生产工作。'.repeat(4);
    assert.deepEqual(page(`${pageText}\n2\n${pageText}\n3\n${pageText}\n2024\n丁。`).map((f) => f.text), ['2', '3']);
    // The numbers of a table's rows, one cell a line, or with the cells after a tab, number no pages.
    assert.deepEqual(page('序号\n姓名\n1\n张三\n2\n李四\n3\n王五'), []);
    assert.deepEqual(page(`${pageText}\n1\t\t\t\n${pageText}\n2\t\t\t\n${pageText}`), []);
  });

  it('finds a running header next to a page number, keeping its first copy', () => {
    const found = page(`青山县人民政府文件\n关于加强安全生产的通知\n${wrapped}— 2 —\n青山县人民政府文件\n研究解决重大问题。`);
    assert.deepEqual(found.map((f) => [f.kind, f.text]), [['page-number', '— 2 —'], ['running-header', '青山县人民政府文件']]);
    assert.equal(found.map((f) => f.removes).join(''), '\n— 2 —\n青山县人民政府文件\n');
  });

  it('leaves prose that mentions a page, and Markdown tables and code, alone', () => {
    assert.deepEqual(page('请按照方案第3页的要求报送。\n对照附表第 3 页开展自查。'), []);
    assert.deepEqual(page('| 页码 |\n| --- |\n| — 3 — |\n\n```\n- 4 -\n```\n', 'markdown'), []);
  });

  it('lets the heading scan read a number at the foot of a page with its title on the next page as one heading', () => {
    const draft = new Draft('一、压实责任\n落实到位。\n二、\n— 2 —\n深化隐患排查整治\n三、强化监督检查');
    assert.deepEqual(draft.headings.map((h) => `${draft.slice(h.marker)}${draft.slice(h.title)}`), ['一、压实责任', '二、深化隐患排查整治', '三、强化监督检查']);
  });

  it('finds the page numbers of a 文库 preview', () => {
    const first = '各位委员：'.padEnd(160, '现在举行预备会议') + '请工作人员宣读大会秘';
    assert.deepEqual(page(`1、${first}\n2、书名单（草案）。`).map((f) => [f.kind, f.text, f.removes]), [
      ['preview-page-number', '1、', '1、'],
      ['preview-page-number', '2、', '\n2、'],
    ]);
  });
});
