import assert from 'node:assert/strict';
import { fixAll } from '../server/src/core/engine';
import rule from '../server/src/core/rules/template-residue';

const fix = (text: string): string => fixAll(text, { registry: [rule] }).text;

describe('template-residue fixes', () => {
  it('removes a truncation notice with its wrapper, leaving one space between the halves', () => {
    assert.equal(
      fix('不能只考 ……(快文网http://www.fanwy.cn省略1111字,正式会员可完整阅读)…… 三要树立一流目标。'),
      '不能只考 三要树立一流目标。',
    );
  });

  it('removes a notice in the middle of a sentence without touching the prose around it', () => {
    assert.equal(
      fix('门前屋后干净整洁。(未完,全文共5999字,当前只显示2888字…)同时，我们打造了示范村。'),
      '门前屋后干净整洁。同时，我们打造了示范村。',
    );
  });

  it('removes navigation at the end of a one-line page, link by link', () => {
    assert.equal(
      fix('| 坚决做好“守 ……(未完,全文共5999字,当前只显示2888字,请阅读下面提示信息。收藏在某讲话) 上一篇:在座谈会上的讲话 下一篇:在揭牌仪式上的讲话 相关栏目:党委 政府 会议主持 |'),
      '| 坚决做好“守 |',
    );
  });

  it('removes a line of residue together with its line break', () => {
    assert.equal(fix('同志们，让我们共同努力！\n上一篇：在全县防汛会议上的讲话\n下一篇：安全生产月活动方案\n'), '同志们，让我们共同努力！\n');
    assert.equal(fix('同志们，让我们共同努力！\n本文链接：https://www.fanwenku8.cn/jianghua/5581.html'), '同志们，让我们共同努力！');
  });

  it('rejoins a word cut by the page number of a 文库 preview', () => {
    const page = '各位委员：'.padEnd(160, '现在举行预备会议') + '请工作人员宣读大会秘';
    assert.equal(fix(`1、${page}\n2、书名单（草案）。`), `${page}书名单（草案）。`);
  });

  it('leaves sound prose alone', () => {
    const prose = '要保护好老字号，县博物馆新收藏文物1200余件。资金来源：县级财政。以上测算数据仅供参考。';
    assert.equal(fix(prose), prose);
  });
});
