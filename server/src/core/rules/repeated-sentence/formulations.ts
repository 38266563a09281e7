/**
 * Fixed political formulations and proper names that sound prose repeats on purpose. Their
 * characters do not count towards the length of a repeated passage, so that a clause made
 * of a formulation and a verb (深入学习贯彻习近平新时代中国特色社会主义思想) is not a finding.
 */
export const FORMULATIONS: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '新时代中国特色社会主义',
  '中国特色社会主义',
  '以习近平同志为核心的党中央',
  '习近平总书记',
  '党中央、国务院',
  '党的二十大和二十届二中全会精神',
  '党的二十大和二十届三中全会精神',
  '党的二十大和二十届历次全会精神',
  '党的二十届历次全会精神',
  '党的二十大精神',
  '党的二十届二中全会精神',
  '党的二十届三中全会精神',
  '党的十八大以来',
  '两个确立',
  '两个维护',
  '四个意识',
  '四个自信',
  '全面建设社会主义现代化国家',
  '社会主义现代化国家',
  '中华民族伟大复兴',
  '人类命运共同体',
  '中国式现代化',
  '新发展理念',
  '新发展格局',
  '高质量发展',
  '全面从严治党',
  '以人民为中心的发展思想',
  '稳中求进工作总基调',
  '统筹发展和安全',
  '新时代党的建设新的伟大工程',
  '新时代党的强军思想',
  '新时代军事战略方针',
  '党对人民军队的绝对领导',
  '社会主义核心价值观',
  '社会主义市场经济',
  '全过程人民民主',
  '人与自然和谐共生',
  '总体国家安全观',
  '乡村振兴战略',
  '共同富裕',
  '马克思主义',
  '党的全面领导',
  '党中央决策部署',
  '中央八项规定精神',
  '不忘初心、牢记使命',
  '自我革命',
  // Sayings that speeches cite again and again.
  '发展是第一要务',
  '人才是第一资源',
  '创新是第一动力',
  '绿水青山就是金山银山',
  '江山就是人民、人民就是江山',
  '人民对美好生活的向往',
  '就是我们的奋斗目标',
  '打铁必须自身硬',
  '空谈误国、实干兴邦',
  '把权力关进制度的笼子里',
  '人民至上、生命至上',
  '党政同责、一岗双责、齐抓共管、失职追责',
  '管行业必须管安全、管业务必须管安全、管生产经营必须管安全',
  '守土有责、守土负责、守土尽责',
  '功成不必在我',
  '功成必定有我',
  '两个毫不动摇',
];

/**
 * The procedure of a meeting, which a host (主持词) repeats for every item by design: voting,
 * calling for opinions, standing up. A repeated passage that contains one is not a finding.
 */
export const PROCEDURE =
  /请举手|委员举手|代表举手|举手表决|表决采取|进行表决|一致通过|鼓掌通过|有什么意见|发表意见|没有意见|手放下|请放下|请起立|请坐下|请就座|进行第.项议程|合影留念|上台领奖|请回座|回到座位|热烈的掌声|掌声欢迎|大家欢迎|应到[^，。]{0,12}\d+名[^。]{0,6}实到/u;

/** What minutes and plans say of every decision they record: who pays, who acts (所需资金由县财政局按程序纳入年度预算). */
export const DECISION_FORMULA = /所需(?:资金|经费)由|纳入(?:年度|部门)?(?:财政)?预算|按程序(?:报批|办理|报请|纳入)/u;

/** Labelled fields that a plan or notice repeats for every task (责任单位：…, 完成时限：…). */
export const FIELD_LABEL = /(?:牵头|责任|配合|参与|主办|承办|协办|实施|主管)单位[：:]|(?:完成|办结|整改)时限[：:]|联系人[：:]|联系电话[：:]|(?:整改|办理|完成|落实|推进)(?:进展|情况|状态|结果)[：:]|(?:责任人|牵头领导|分管领导)[：:]/u;

/**
 * A person's record in a roster (任前公示, a commendation's list of those commended): name, sex,
 * then birth, education and posts (罗　丹，女，汉族，1988年3月生，…). Records say the same of
 * each person (试用期满，经考核合格，拟正式任职) by design.
 */
export const PERSON_RECORD = /^[ \t　]*\p{Script=Han}[\p{Script=Han}　·]{1,5}[，,](?:男|女)[，,]/u;
