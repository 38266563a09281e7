import { defineRule, type CommonOptions } from '../rule';

export default defineRule<CommonOptions>({
  meta: {
    id: 'announced-count',
    description: '“讲三点意见”“以下四个方面”等预告的数目应与其后实际列出的项数一致',
    details:
      '讲话稿和汇报材料常先预告数目（讲三点意见、提两点要求、强调以下四个方面、有三项议程、' +
      '聚焦“五个如何”），再逐项展开。删改之后，预告的数目常与其后实际的标题或列举项数不符。' +
      '本规则找出紧随预告之后的那一组标题或列举，比较项数，在预告处报告，并标出各项的位置。' +
      '数目可以用汉字或阿拉伯数字（讲3点意见、办好5件实事）；各项可以是标题、一是/第一/一方面/第一件事/第一项议程等列举、' +
      'Markdown 的无序列表，引号提法之后用“、”“；”隔开的短语（“两个清单”，即责任清单、任务清单），' +
      '或冒号之后列出的地点、单位、人员名称（整治五条背街小巷：人民路西巷、文昌巷……）和带引号的名称（获得两项荣誉：“……”“……”）。' +
      '预告的是活动、措施、问题等事项而冒号后只列了几个短语时，不作比较（短语未必一项一个）。' +
      '“两个确立”“四个意识”“三个一批”等固定提法不是预告。',
    examples: { bad: ['下面，我讲三点意见。\n一、……\n二、……'], good: ['下面，我讲两点意见。\n一、……\n二、……'] },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      mismatch: '预告“{{announcement}}”共{{announced}}项，其后实际列出{{found}}项',
    },
    options: {},
    defaultOptions: {},
  },
  check(draft, context) {
    for (const a of draft.announcements) {
      if (a.items.length === a.count) continue;
      context.report({
        messageId: 'mismatch',
        data: { announcement: draft.slice(a.span).replace(/^[“"]|[”"]$|[\r\n]+/g, ''), announced: a.count, found: a.items.length },
        span: a.span,
        related: a.items.map((span, k) => ({ span, message: `第${k + 1}项：${draft.slice(span).trim()}` })),
      });
    }
  },
});
