import assert from 'node:assert/strict';
import { formatOutline } from '../server/src/cli/outline';
import { Draft } from '../server/src/core/document/draft';
import { parseChineseNumeral, spellLike, toChineseNumeral } from '../server/src/core/document/numerals';
import type { Section } from '../server/src/core/document/model';

const headingsOf = (text: string, format: 'text' | 'markdown' = 'text'): string[] => {
  const d = new Draft(text, format);
  return d.headings.map((h) => `${d.slice(h.marker).trim()}:${h.kind}:${h.level}:${h.value}`);
};
const runsOf = (text: string): string[] => {
  const d = new Draft(text);
  return d.enumerations.map((r) => r.items.map((i) => `${d.slice(i.marker)}=${i.value}`).join(' '));
};
const announcementsOf = (text: string): string[] => {
  const d = new Draft(text);
  return d.announcements.map((a) => `${d.slice(a.span)}:${a.count}:${a.itemsAre}:${a.items.length}`);
};

describe('numerals', () => {
  it('reads and spells Chinese numerals', () => {
    for (const [text, value] of [['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['一百零五', 105], ['两', 2]] as const) {
      assert.equal(parseChineseNumeral(text), value, text);
    }
    for (const bad of ['十四五', '一一', '', '零']) assert.equal(parseChineseNumeral(bad), undefined, bad);
    assert.deepEqual([1, 10, 12, 20, 23, 105].map(toChineseNumeral), ['一', '十', '十二', '二十', '二十三', '一百零五']);
  });

  it('spells a number the way the original was spelled', () => {
    assert.deepEqual([spellLike('四', 3), spellLike('4', 3), spellLike('４', 3), spellLike('④', 3), spellLike('⑷', 3)], ['三', '3', '３', '③', '⑶']);
  });
});

describe('headings', () => {
  it('recognises the four levels of GB/T 9704 and their variants', () => {
    const text = ['一、总体要求', '二.主要任务', '三，保障措施', '（一）加强领导', '(二)压实责任', '(三）强化考核', '（四）、严格问责',
      '1.抓项目', '2、抓招商', '3．抓服务', '（1）定期调度', '(2)跟踪督办', '⑶通报排名'].join('\n');
    assert.deepEqual(headingsOf(text), [
      '一、:numbered:1:1', '二.:numbered:1:2', '三，:numbered:1:3', '（一）:numbered:2:1', '(二):numbered:2:2', '(三）:numbered:2:3',
      '（四）、:numbered:2:4', '1.:numbered:3:1', '2、:numbered:3:2', '3．:numbered:3:3', '（1）:numbered:4:1', '(2):numbered:4:2', '⑶:numbered:4:3',
    ]);
  });

  it('takes ① at a paragraph start as a heading, one level below （1）', () => {
    assert.deepEqual(headingsOf('①坚持项目为王。\n②坚持企业为本。'), ['①:numbered:4:1', '②:numbered:4:2']);
    assert.deepEqual(headingsOf('（1）抓投资\n①抓签约\n②抓开工'), ['（1）:numbered:4:1', '①:numbered:5:1', '②:numbered:5:2']);
  });

  it('recognises chapters, sections and articles, and numbered Markdown headings', () => {
    const md = '# 某某条例\n\n## 第一章 总则\n\n### 第一节 一般规定\n\n第一条 为了规范管理，制定本条例。\n\n第二条　本条例适用于本市。\n\n## 二、附则\n';
    assert.deepEqual(headingsOf(md, 'markdown'), ['第一章:chapter:0:1', '第一节:section:0:1', '第一条:article:0:1', '第二条:article:0:2', '二、:numbered:1:2']);
  });

  it('finds headings mid-line after a sentence end and a space', () => {
    const d = new Draft('下面，我讲三点意见。 一、谋是前提 一要突出系统思维。保持全省前列。 二、干是根本 一是干哪些事？');
    assert.deepEqual(d.headings.map((h) => [d.slice(h.marker), d.slice(h.title), h.midLine]), [['一、', '谋是前提', true], ['二、', '干是根本', true]]);
  });

  it('does not take figures, dates, ranges or references for headings', () => {
    const text = ['1.5%的增幅来之不易。', '2023年6月以来，形势好转。', '3.2万户受益。', '一、二季度增长较快。', '三、四个月后见效。', '1、2月份受春节影响。', '［1］国务院办公厅文件。', '2.5', '第一时间报告。', '（2024年2月26日）'].join('\n');
    assert.deepEqual(headingsOf(text), []);
  });

  it('keeps `四、四季度重点工作` and `一、2025年工作回顾` as headings', () => {
    assert.deepEqual(headingsOf('一、2025年工作回顾\n四、四季度重点工作'), ['一、:numbered:1:1', '四、:numbered:1:4']);
  });

  it('treats （1）…（2） inside one paragraph, and `附件：1.…` continued on the next lines, as lists, not headings', () => {
    assert.deepEqual(headingsOf('（1）加强巡查；（2）及时预警。'), []);
    assert.deepEqual(headingsOf('附件：1.自查报告提纲\n2.问题整改台账\n3.联系人名单'), []);
  });
});

describe('enumerations', () => {
  it('groups every kind of series into runs', () => {
    assert.deepEqual(runsOf('一是定期研究；二是带头示范；四是传导压力。'), ['一是=1 二是=2 四是=4']);
    assert.deepEqual(runsOf('一要压实责任；二要排查隐患；二要强化预警。'), ['一要=1 二要=2 二要=2']);
    assert.deepEqual(runsOf('第一，抓落实；第二，强统筹。'), ['第一，=1 第二，=2']);
    assert.deepEqual(runsOf('其一，投入不足；其二，人才短缺。'), ['其一=1 其二=2']);
    assert.deepEqual(runsOf('一方面要加强宣传，另一方面要完善机制。'), ['一方面=1 另一方面=2']);
    assert.deepEqual(runsOf('重点方向：①新能源；②装备制造；③生物医药。'), ['①=1 ②=2 ③=3']);
    assert.deepEqual(runsOf('主要措施：（1）加强巡查；（2）及时预警。'), ['（1）=1 （2）=2']);
  });

  it('lets 其三 or 第三 break into a 首先/其次 series and 最后 close it', () => {
    assert.deepEqual(runsOf('首先要做目标分解；其次要匹配资源；其三，要匹配责任人；最后，督导考核问效。'), ['首先=1 其次=2 其三=3 最后=4']);
  });

  it('continues a run over the paragraphs under one heading, and ends it at the next heading', () => {
    assert.deepEqual(runsOf('四、希望\n一是坚定信心。\n二是诚信经营。\n五、要求\n三是加强领导。'), ['一是=1 二是=2', '三是=3']);
  });

  it('nests runs: a 二要 closes the 一是 run inside the 一要 item', () => {
    assert.deepEqual(runsOf('一要突出系统思维。一是站位要高。二是统筹协同。二要强化问题导向。一是找准问题。三要树立一流目标。'), [
      '一要=1 二要=2 三要=3', '一是=1 二是=2', '一是=1',
    ]);
  });

  it('starts a new list after a colon, but takes 一是 after a semicolon as a slip in the same list', () => {
    assert.deepEqual(runsOf('主要问题：一是资金不足，二是人才短缺。下一步：一是拓宽渠道，二是引进人才。'), ['一是=1 二是=2', '一是=1 二是=2']);
    assert.deepEqual(runsOf('一是产业链条偏短；二是基础设施有短板；一是人才支撑不足。'), ['一是=1 二是=2 一是=1']);
  });

  it('leaves ordinal words, idioms and lone adverbs alone', () => {
    const text = '要第一时间报告，第一书记要当好第一责任人，进入第一方阵。“一把手”要按照统一要求，一是一、二是二地分析。首先要明确的是目标不变。再次强调，要打通“最后一公里”。';
    assert.deepEqual(runsOf(text), ['首先=1']);
  });
});

describe('announcements', () => {
  it('finds the count and the items that follow', () => {
    assert.deepEqual(announcementsOf('下面，我讲三点意见。\n一、统一思想\n二、突出重点\n三、强化保障'), ['三点意见:3:headings:3']);
    assert.deepEqual(announcementsOf('我再强调两点：一是坚持群众自愿；二是严把质量关；三是统筹资金。'), ['两点:2:enumeration:3']);
    assert.deepEqual(announcementsOf('存在以下四个方面的不足：一是学习不够；二是调研不深；三是作风不实。'), ['以下四个方面的不足:4:enumeration:3']);
    assert.deepEqual(announcementsOf('要回答好“四个如何”：一是如何找；二是如何讲；三是如何谈。'), ['“四个如何”:4:enumeration:3']);
    assert.deepEqual(announcementsOf('大家要有两种意识：①大局意识。\n三要树立一流目标。'), ['两种意识:2:enumeration:1']);
    assert.deepEqual(announcementsOf('会议共有三项议程：一是传达精神；二是审议方案；三是研究工作。'), ['三项议程:3:enumeration:3']);
  });

  it('lets the rest of the clause come between, and takes the nearest of several counts', () => {
    assert.deepEqual(announcementsOf('下面，我讲三点意见，不一定对，供大家参考。\n一、统一思想\n二、突出重点\n三、强化保障'), ['三点意见:3:headings:3']);
    assert.deepEqual(announcementsOf('全县共有十二个乡镇，其中三个乡镇作了发言：一是城关镇；二是东城镇；三是西城镇。'), ['三个乡镇作了发言:3:enumeration:3']);
  });

  it('counts only the headings of the level the announcement governs', () => {
    const text = '二、主要工作\n主要抓了三个方面的工作：\n（一）工业经济\n1.企业培育\n2.园区建设\n（二）招商引资\n（三）安全生产\n三、存在不足';
    assert.deepEqual(announcementsOf(text), ['三个方面的工作:3:headings:3']);
  });

  it('ignores counted slogans, back references and counts with nothing listed after them', () => {
    const text = [
      '深刻领悟“两个确立”的决定性意义，增强“四个意识”，坚持“三个一批”滚动推进，签约一批、开工一批。',
      '除了质量、进度、安全这三个方面外，还要抓好资金监管。',
      '我们要大力发展三大主导产业，推行“一村一品”。',
      '其中超过50万元的村达到5个。',
      '（四）加强人才队伍建设。',
    ].join('\n');
    assert.deepEqual(announcementsOf(text), []);
  });
});

describe('section tree', () => {
  const text = '在全市经济工作会议上的讲话\n同志们：\n一、形势\n（一）成绩\n1.投资\n2.消费\n（二）问题\n二、任务\n（一）项目\n附件1\n一、民生实事\n';
  const d = new Draft(text);
  const show = (sections: readonly Section[]): unknown[] =>
    sections.map((s) => [d.slice(s.heading.marker), ...(s.children.length ? [show(s.children)] : [])]);

  it('nests headings by level under the title, with attachments as new roots', () => {
    assert.equal(d.outline.title?.text, '在全市经济工作会议上的讲话');
    assert.deepEqual(show(d.outline.sections), [
      ['一、', [['（一）', [['1.'], ['2.']]], ['（二）']]],
      ['二、', [['（一）']]],
      ['附件1', [['一、']]],
    ]);
  });

  it('gives each section the span up to the next heading that does not nest in it', () => {
    const first = d.outline.sections[0];
    assert.equal(d.slice(first.span), '一、形势\n（一）成绩\n1.投资\n2.消费\n（二）问题');
    assert.equal(d.slice(first.children[0].children[1].span), '2.消费');
  });

  it('is computed once and shared', () => {
    assert.equal(d.outline, d.outline);
    assert.equal(d.headings, d.headings);
  });

  it('prints as a tree for `gwlint --outline`', () => {
    assert.equal(
      formatOutline(new Draft('讲话\n一、形势\n（一）成绩\n二、任务\n'), { color: false }),
      '讲话\n├─ 一、形势  2\n│  └─ （一）成绩  3\n└─ 二、任务  4\n',
    );
    assert.match(formatOutline(new Draft('一、形势'), { color: true }), /\x1b\[36m一、\x1b\[0m形势/);
  });
});
