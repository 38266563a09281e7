import { PAGE_FURNITURE } from '../../document/page-count';

/** What a piece of template-site residue is; each kind has its own message. */
export type ResidueKind = 'truncation' | 'navigation' | 'toolbar' | 'credit' | 'furniture' | 'address' | 'assistant' | 'transcript' | 'forward' | 'onlineDocument';

/**
 * How far a residue unit reaches from the matched marker:
 * - `self`: the match itself;
 * - `bracket`: the enclosing bracket pair (or to the line end when it is never closed),
 *   with `……` wrappers on either side;
 * - `title`: the marker and the linked title after it (navigation links);
 * - `list`: the marker and the short items after it (related columns, tags);
 * - `clause`: the clause around the marker, up to sentence punctuation.
 */
export type Extent = 'self' | 'bracket' | 'title' | 'list' | 'clause';

/**
 * One kind of residue marker.
 * `strength`: `strong` markers are residue wherever they stand; `weak` ones (作者:, 时间:)
 * count only on a line that also carries strong residue.
 */
export interface ResiduePattern {
  readonly kind: ResidueKind;
  readonly re: RegExp;
  readonly extent: Extent;
  readonly strength: 'strong' | 'weak';
  /** The marker must start a unit: line start, after a space, a bracket or sentence punctuation. */
  readonly boundary?: boolean;
  /** Text that every match contains: a line without it is not searched (a slow pattern made cheap). */
  readonly requires?: RegExp;
  /** An extra test on the match and its line; the pattern is ignored when it returns false. */
  readonly accept?: (line: string, start: number, end: number) => boolean;
  /**
   * A page's header, which a page has once: lines of this shape all down a draft are a chat
   * export's sender lines (name, date, time), the form of what was pasted, as an e-mail's
   * header is.
   */
  readonly header?: boolean;
}

const NUM = String.raw`\s*\d+\s*`;
const COLON = String.raw`\s*[:：]`;

// Words that make a site name, a credit or a 来源 value clearly belong to a web page.
const SITE_WORD = /网|文库|站|原创|网络|网友|小编|会员|投稿|上传|佚名|http|www|\.com|\.cn|\.net/i;
// Subjects that make 仅供参考 a site disclaimer rather than a caveat about data in a report.
const DISCLAIMER_SUBJECT = /(?:本文|本篇|文章|范文|内容|资料|文档|本站|模板|素材|范本|此文)[^，,。；;]{0,6}$/;

function isSiteValue(line: string, start: number, end: number): boolean {
  return SITE_WORD.test(line.slice(start, end));
}

function isDisclaimer(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 12), start);
  const after = line.slice(end);
  if (DISCLAIMER_SUBJECT.test(before)) return true;
  if (/^[，,]?\s*(?:请勿|勿|禁止|转载|抄袭|不得)/.test(after)) return true;
  // Standing alone as its own clause (a line, or a bracket): a pasted footer.
  const clauseBefore = before.split(/[，,。；;！？!?（(【[]/).pop() ?? '';
  const clauseAfter = after.split(/[，,。；;！？!?）)】\]]/)[0];
  return clauseBefore.trim() === '' && clauseAfter.trim() === '';
}

// An official account, a QR code or a reply keyword, then what it gives: the full text, a download.
const PAYWALL = /(?:公众号|二维码|回复)[^。！？!?\n]{0,30}?(?:获取|查看|阅读|下载|领取|解锁)[^。！？!?\n，,]{0,8}?(?:全文|完整|剩余|余下|原文|文档|范文|源文件|可编辑|word|Word|WORD)|(?:全文|完整(?:内容|版)?|剩余内容|余下内容)[^。！？!?\n]{0,12}?(?:扫描|扫码|识别)[^。！？!?\n]{0,8}?(?:二维码|公众号)|回复\s*[“"「【][^”"」】\n]{1,10}[”"」】]\s*(?:即可|就能|便可|可)?(?:免费)?(?:获取|领取|下载)/g;

/** Not a form that asks for a code (回复“1”表示同意): the lure offers the text itself. */
function isPaywall(line: string, start: number, end: number): boolean {
  return !/表示|即视为/.test(line.slice(start, end));
}

/** A serial code: six digits or more, or digits with letters or separators (`GW-2024-0315`), not a word. */
function isSerialCode(line: string, start: number, end: number): boolean {
  const code = line.slice(start, end).replace(/^[^:：]*[:：]\s*/, '');
  return /^\d{6,}$/.test(code) || (/\d/.test(code) && /[A-Za-z\-_/]/.test(code) && code.length >= 6);
}

/** Not the 版记 line of a briefing (责任编辑：陈　晨　（共印120份）), which is the document's own. */
function isNotImprint(line: string): boolean {
  return !/共印|印数/.test(line);
}

/** A short line without sentence punctuation: a title. */
function isTitleLine(line: string): boolean {
  return line.trim().length <= 60 && !/[。，,；;！？!?]/.test(line);
}

function isSiteUrl(line: string, start: number, end: number): boolean {
  const url = line.slice(start, end);
  const label = line.slice(Math.max(0, start - 10), start);
  // The address of the page copied (本文链接, 转载自, 出处) is residue whoever runs the site.
  if (/(?:(?:本文|原文|文章)(?:链接|地址|网址)|出处|转载(?:自|于)?)[^。]{0,3}$/.test(label)) return true;
  // A government, school or organisation site a notice points its readers to (网址：…gov.cn) is content.
  if (/\.(?:gov|edu|org)(?:\.cn)?(?:[/:]|$)/i.test(url)) return false;
  if (/(?:链接|地址|网址|来源)[^。]{0,3}$/.test(label)) return true;
  if (/网\s*$/.test(label)) return true;
  return line.trim() === url;
}

/** Every residue marker the rule knows, strongest evidence first. */
export const PATTERNS: readonly ResiduePattern[] = [
  // Truncation notices of paid previews.
  { kind: 'truncation', extent: 'bracket', strength: 'strong', re: new RegExp(String.raw`(?:省略|已?隐藏(?:了)?)\s*[:：]?${NUM}字`, 'g') },
  // A 文库 preview's lure at its cut: 全部文档内容请下载后查看。喜欢就下载吧.
  { kind: 'truncation', extent: 'self', strength: 'strong', re: /(?:全部|完整|全文|剩余)(?:文档)?(?:内容)?请?下载后(?:查看|阅读)|喜欢就下载吧/g },
  { kind: 'truncation', extent: 'bracket', strength: 'strong', re: /(?:正式|VIP|vip|付费|注册)会员|会员可?(?:完整|免费)?(?:阅读|查看|下载)|开通\s*(?:VIP|vip|会员)|升级\s*(?:VIP|会员)/g },
  { kind: 'truncation', extent: 'bracket', strength: 'strong', re: new RegExp(String.raw`(?:全文|文章|本文|全篇|文档)共${NUM}(?:字|页)`, 'g') },
  { kind: 'truncation', extent: 'bracket', strength: 'strong', re: new RegExp(String.raw`(?:当前|目前|仅|只)(?:只)?(?:显示|展示|预览)${NUM}(?:字|页)|(?:剩余|还剩|余下)${NUM}(?:字|页)未?`, 'g') },
  { kind: 'truncation', extent: 'bracket', strength: 'strong', re: /(?:预览|试读|试看)(?:已)?结束|请阅读下面提示信息|余下全文|未完待续/g },
  { kind: 'truncation', extent: 'self', strength: 'strong', re: /展开阅读全文(?:[ \t　]*[∨⌄﹀▼↓vV])?/g },
  { kind: 'truncation', extent: 'bracket', strength: 'strong', boundary: true, re: /未完(?=[,，、.。…)）\s]|$)/g },
  { kind: 'truncation', extent: 'bracket', strength: 'strong', boundary: true, re: /(?:点击)?(?:阅读|查看|展开|下载)(?:全文|完整版|全部)(?![件部])|免费下载|下载(?:文档|完整版|全文)/g, requires: /[阅查展载]/ },

  // Navigation between the site's pages.
  { kind: 'navigation', extent: 'title', strength: 'strong', boundary: true, re: /(?:上|下)一(?:篇|页|条|章)(?:文章)?(?:\s*[:：]|\s+(?=\S))/g },
  { kind: 'navigation', extent: 'list', strength: 'strong', boundary: true, re: /(?:相关|热门|最新|精彩|推荐|延伸|猜你)(?:栏目|推荐|文章|阅读|范文|专题|搜索|内容|下载)(?:\s*[:：]|\s+(?=\S)|(?=\s*$))/g },
  // A portal page's strip of links to the documents it explains.
  { kind: 'navigation', extent: 'list', strength: 'strong', boundary: true, re: /相关(?:文件|链接)\s*[:：]/g },
  { kind: 'navigation', extent: 'list', strength: 'strong', boundary: true, re: /猜你喜欢(?:\s*[:：])?|看了本文的人还看了|换一换(?=\s*$|\s*[|】\]])|当前位置\s*[:：]|您的位置\s*[:：]/g },
  { kind: 'navigation', extent: 'self', strength: 'strong', boundary: true, re: /返回(?:顶部|首页|列表|目录)|查看更多(?:\s*>+)?|更多精彩(?:内容)?/g },
  { kind: 'navigation', extent: 'self', strength: 'strong', boundary: true, re: /(?:(?:当前|您的|您现在的)位置\s*[:：]\s*)?首页(?:\s*[>›»]\s*[^\s>›»。，,|]{1,20})+/g },

  // Toolbars: bracketed buttons, font size switches, print and close links.
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /[【[][^【】[\]\n]{0,6}(?:收藏|打印|关闭|字号|字体|以稿换稿|加入会员|投稿|分享|纠错|复制|推荐给|返回|下载|评论)[^【】[\]\n]{0,6}[】\]]/g },
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /(?:字号|字体)\s*[:：]?\s*[【[]?\s*[大小]\s*[】\]]?\s*[【[]?\s*中\s*[】\]]?\s*[【[]?\s*[小大]\s*[】\]]?/g },
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /[【[]\s*[大小]\s+中\s+[小大]\s*[】\]]/g },
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /(?:(?:打印|关闭)(?:本页|此页|本文|窗口)|(?:加入|点击)收藏|收藏(?:本文|本页|此文|本站))(?!\p{Script=Han})|分享到\s*[:：]|复制链接/gu },

  // Credits and disclaimers.
  { kind: 'credit', extent: 'clause', strength: 'strong', re: /(?:本文|本篇|此文|该文|文章)(?:由|来自|转自|系)[^。，,；;\n]{1,24}?(?:整理|发布|提供|收集|上传|编辑|原创|转载|分享)/g },
  // A site's plug between two sentences: 更多主持词范文请关注本站.
  { kind: 'credit', extent: 'self', strength: 'strong', re: /更多[\p{Script=Han}]{0,8}?(?:范文|文章|资料|模板|素材|精彩内容)[^。！？\n]{0,6}?(?:请|敬请|欢迎)?(?:关注|访问|登录|收藏)(?:本站|本网|我们|公众号|我的主页)/gu },
  { kind: 'credit', extent: 'clause', strength: 'strong', re: /小编|转载请注明|版权归原作者|如有侵权|侵权(?:请)?联系|(?:希望|但愿)[^。]{0,8}对(?:你|您)[^。]{0,8}有(?:所)?帮助/g },
  { kind: 'credit', extent: 'self', strength: 'strong', re: /[\p{Script=Han}A-Za-z0-9]{1,6}(?:范文网|文库|文秘网|公文网|作文网|文档网|材料网|写作网)(?![上络])/gu, requires: /范文网|文库|文秘网|公文网|作文网|文档网|材料网|写作网/ },
  { kind: 'credit', extent: 'clause', strength: 'strong', re: /仅供(?:参考|学习|借鉴|交流)(?:和|与|、)?(?:学习|借鉴|交流|参考)?/g, accept: isDisclaimer },
  { kind: 'credit', extent: 'self', strength: 'strong', boundary: true, re: /(?:(?:文章|本文|信息)?来源|发布者|发布人|上传者|发布单位)\s*[:：]\s*[^\s,，。；;|【】[\]]{1,24}/g, accept: isSiteValue },
  { kind: 'credit', extent: 'self', strength: 'strong', boundary: true, re: /(?:作者|发布者|上传者)\s*[:：]\s*(?:佚名|会员上传|网友(?:上传|投稿)?|匿名|小编|admin|本站|网络)/gi },
  // A two-character name is padded to three with a space (陈　思): the space does not end it.
  // A briefing's own 版记 has its editor too, with the copies printed (责任编辑：陈　晨　（共印120份）).
  { kind: 'credit', extent: 'self', strength: 'strong', boundary: true, re: /下载本文|(?:责任编辑|责编)\s*[:：]\s*(?:\p{Script=Han}[ 　]\p{Script=Han}(?!\p{Script=Han})|[^\s,，。]{1,8})/gu, accept: isNotImprint },
  // An official account's byline may set its credits off with a bar: 文字｜校长办公室  编辑｜李晓雯.
  { kind: 'credit', extent: 'self', strength: 'weak', boundary: true, re: /(?:作者|来源|简介|编辑|审核|审校|校对|排版|美编|监制|初审|复审|终审|(?:浏览|点击|阅读|访问)(?:次数|量|数)?)\s*[:：]\s*[^\s,，。:：｜【】[\]]{0,10}|(?:文字|图片|摄影|文案|编辑|责编|审核|排版|校对|监制)\s*｜\s*[^\s,，。:：｜【】[\]]{1,10}/g },
  { kind: 'credit', extent: 'self', strength: 'weak', boundary: true, re: /(?:发布|更新|上传)?(?:时间|日期)\s*[:：]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/g },
  { kind: 'credit', extent: 'self', strength: 'weak', boundary: true, re: /阅读\s*\d*\s*次/g },
  // A document site's upload details: who uploaded it, its pages, format and size.
  { kind: 'credit', extent: 'self', strength: 'strong', boundary: true, re: /(?:上传人|上传者|贡献者)\s*[:：]\s*[^\s,，。]{1,16}|(?:文件|文档)?大小\s*[:：]\s*\d+(?:\.\d+)?\s*[KMG]B|(?:文档|文件)?格式\s*[:：]\s*(?:DOCX?|docx?|PDF|pdf|WPS|wps)(?![A-Za-z])/g },
  { kind: 'credit', extent: 'self', strength: 'strong', boundary: true, re: /文档贡献者\s*[:：]\s*[^\s,，。]{1,16}|上传于\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d+\s*次浏览|\d+\s*人已下载/g },
  { kind: 'credit', extent: 'self', strength: 'weak', boundary: true, re: /(?:上传|发布)时间\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|页数\s*[:：]\s*\d+\s*页?|下载(?:次数|量)\s*[:：]\s*\d+/g },

  // A news portal's mobile page: the app banner, and the byline of its publish time.
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /打开\s*(?:APP|App|app|客户端)(?:\s*(?:阅读|查看|看全文|观看))?|(?:APP|App|app|客户端)内(?:打开|阅读|查看)|下载\s*(?:APP|App|客户端)(?:\s*(?:阅读|查看))?/g },
  { kind: 'credit', extent: 'self', strength: 'strong', re: /^\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?=\s+(?:来源|作者|编辑|发布|浏览|阅读)|\s*$)/g },
  // A WeChat official account's article: the follow prompt, the QR code, the bar under the article.
  { kind: 'toolbar', extent: 'clause', strength: 'strong', re: /点击(?:上方|下方|标题下)(?:蓝字|“[^”\n]{1,12}”|[^\s，,。]{0,8}?)[\s，,]*(?:关注|订阅)|长按(?:识别|扫描)?(?:图中|下方|上方)?(?:二维码|图片)(?:[，,\s]*(?:关注|加入|添加)[^\s。]{0,16})?/g },
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /(?:阅读原文|分享|收藏|点赞|在看|转发|写?留言)(?:[\s　|]+(?:阅读原文|分享|收藏|点赞|在看|转发|写?留言)){2,}(?=[\s　]*$)/g },

  // The header of an official account's article: the account, the time it was posted, where from.
  { kind: 'credit', extent: 'self', strength: 'strong', header: true, re: /^[ \t　]*[^\s，。：:；]{2,16}(?:[ \t　]+[^\s，。：:；]{1,16}){0,3}[ \t　]+\d{4}(?:年|-)\d{1,2}(?:月|-)\d{1,2}日?[ \t　]+\d{1,2}:\d{2}(?:[ \t　]+\p{Script=Han}{2,4})?[ \t　]*$/gu },
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /(?:微信)?扫一扫[，,]?(?:关注|下载|分享|打开)(?:该|本)?(?:公众号|小程序|APP|App)?/g },
  { kind: 'navigation', extent: 'list', strength: 'strong', boundary: true, re: /往期(?:推荐|回顾|精选|文章)(?:\s*[:：]|\s+(?=\S)|(?=\s*$))/g },
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /^[ \t　]*阅读原文[ \t　]*$/g },
  // An article's call to get something through its original page: 点击下方“阅读原文”，获取课件.
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /点击(?:下方|上方|左下角|文末)?[“"]?阅读原文[”"]?[，,]?\s*(?:即可)?(?:获取|下载|领取|观看|报名)[^。！\n]{0,30}[。！]?/g },
  // What WeChat's own page shows around an article, copied with it.
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /预览时标签不可点|(?:继续|向上)滑动看下一个|轻触阅读原文|微信扫一扫可打开此内容[，,]?使用完整服务|[：，。]*视频\s*小程序\s*赞[，,]?\s*轻点两下取消赞\s*在看[，,]?\s*轻点两下取消在看(?:\s*(?:分享|留言|收藏|听过))*/g },

  // An AI assistant's answer pasted whole: its lead-in before the draft and its offer after it.
  { kind: 'assistant', extent: 'self', strength: 'strong', re: /^[ \t　]*(?:(?:好的|当然(?:可以)?|没问题|可以)[，,！!。]\s*)?(?:以下|下面|这)是(?:(?:为|给)(?:你|您))?[^\n。]{0,40}?(?:供(?:你|您)参考|(?:为|给)(?:你|您)(?:撰写|起草|准备|整理|写)的[^\n。：:]{0,30})[：:。！!]?/g },
  { kind: 'assistant', extent: 'self', strength: 'strong', re: /(?:以上|上述)(?:内容|稿件|文稿|范文|模板|发言稿|讲话稿|材料)(?:仅供参考[，,])?(?:(?:你|您)?可以?)根据(?:你|您)?(?:的)?(?:实际|具体)情况[^\n。]{0,16}?(?:调整|修改|增减|完善)[^\n。]{0,12}[。！!]?|如(?:需|有需要|果需要)[^\n。]{0,20}?(?:请|欢迎)?(?:随时)?告诉我[^\n。]{0,12}[。！!]?/g },
  // A speech-to-text export: the speaker and the time before each stretch of speech.
  { kind: 'transcript', extent: 'self', strength: 'strong', re: /^[ \t　]*(?:说话人|发言人|讲话人|Speaker)\s*\d{1,2}[ \t　]+\d{1,2}:\d{2}(?::\d{2})?/g },

  // Lures of a site's mobile page and of paid content behind an official account, a QR code or a reply keyword.
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /(?:(?:手机|微信)?扫一扫[，,\s]*)?(?:在|用)手机(?:上)?(?:打开|阅读|浏览|查看)(?:当前页|本页|此页|本文|全文)|(?:手机|微信)?扫一扫(?=\s*$)/g },
  { kind: 'truncation', extent: 'clause', strength: 'strong', re: PAYWALL, accept: isPaywall },
  { kind: 'truncation', extent: 'clause', strength: 'strong', re: /(?:以下|剩余|余下|本文)(?:内容)?(?:为|是)付费内容|(?:付费|购买|登录)后(?:即)?可?(?:查看|阅读|下载)(?:全文|完整|剩余|余下|全部)|内容已隐藏/g },

  // Footers of a government or portal site.
  { kind: 'furniture', extent: 'self', strength: 'strong', re: /版权所有(?![人者])\s*[:：©]?\s*[^\s，。；|]{0,24}|(?:Copyright|©)\s*[^\s，。；|]{0,30}/g },
  { kind: 'furniture', extent: 'self', strength: 'strong', re: /网站标识码\s*[:：]?\s*[A-Za-z0-9]{0,16}|(?:[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])?ICP(?:备案号?|证)\s*[:：]?\s*\d*(?:号|-\d+)*|(?:[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])?公网安备\s*\d+号?/g },

  // Page furniture.
  { kind: 'furniture', extent: 'self', strength: 'strong', re: new RegExp(PAGE_FURNITURE, 'g') },
  // A site's serial number, not a word's part (合同编号): `编号:136929198`, `编号：GW20231107035`, `编号：AB-2024-0315`.
  { kind: 'furniture', extent: 'self', strength: 'strong', re: /(?<!\p{Script=Han})(?:文档|文章|资料|范文)?编号\s*[:：]\s*[A-Za-z0-9][A-Za-z0-9\-_/.]{3,30}/gu, accept: isSerialCode },
  { kind: 'furniture', extent: 'self', strength: 'strong', re: new RegExp(String.raw`[[【](?:标签|Tags?|TAG|关键词|关键字)${COLON}[^\]】\n]{0,30}[\]】]`, 'gi') },
  { kind: 'furniture', extent: 'list', strength: 'strong', boundary: true, re: /(?:标签|Tags?)\s*[:：](?=\s*\S)/gi },
  { kind: 'furniture', extent: 'self', strength: 'strong', re: /<\/?(?:br|p|div|span|strong|font|img|b|i|em|u)(?:\s[^<>\n]{0,80})?\s*\/?>/gi },
  { kind: 'furniture', extent: 'self', strength: 'strong', re: /&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|emsp|ensp);?|&#\d{2,5};|&nb?s?p?(?=[[【\s]|$)/g },
  { kind: 'furniture', extent: 'title', strength: 'weak', boundary: true, re: /第[一二三四五六七八九十\d]{1,3}篇\s*[:：]/g },

  { kind: 'furniture', extent: 'self', strength: 'strong', re: /(?:精选|参考|优秀|经典|通用|热门)范文|范文(?:大全|模板|精选|网|库|下载|参考|样本)/g },
  { kind: 'furniture', extent: 'self', strength: 'strong', re: /范文(?=\s*$)/g, accept: isTitleLine },

  // An office system's buttons copied below the document: 打印　导出PDF　查看流程　关闭.
  { kind: 'toolbar', extent: 'self', strength: 'strong', re: /^[ \t　]*(?:(?:打印|导出(?:PDF|Word|pdf|word)?|下载|查看流程|流程跟踪|关闭|返回|保存|收藏|转发|办理|签收)[ \t　]+){2,}(?:打印|导出(?:PDF|Word|pdf|word)?|下载|查看流程|流程跟踪|关闭|返回|保存|收藏|转发|办理|签收)[ \t　]*$/g },

  // A message forwarded in a chat app: its 【转发】 tag and the line of who forwarded it, and when.
  { kind: 'forward', extent: 'self', strength: 'strong', re: /^[ \t　]*[【[](?:转发|转载)[】\]]|^[ \t　]*(?:转发自|分享自)\s*[：:][^。！？\n]{1,60}$/g },

  // An online document's line of who edited it last, and when (腾讯文档, 金山文档, 飞书): 最近编辑：刘洋　编辑于 3月12日 16:45.
  { kind: 'onlineDocument', extent: 'self', strength: 'strong', re: /^[ \t　]*(?:(?:最近|最后)(?:编辑|修改)(?:者|人)?\s*[：:][^\n]{1,20}?[ \t　]*)?(?:编辑|修改|更新)于\s*(?:\d{4}[年/-])?\d{1,2}[月/-]\d{1,2}日?\s*\d{1,2}:\d{2}[ \t　]*$/g },

  // An official account's picture caption (▲座谈会现场): weak, since a speaker's outline bullets its points with ▲ too.
  { kind: 'furniture', extent: 'self', strength: 'weak', re: /^[ \t　]*[▲△][^\s，。：:；;！？!?▲]{2,20}[ \t　]*$/g },

  // A content system's picture, pasted as its placeholder: with its caption when it starts the line.
  { kind: 'furniture', extent: 'self', strength: 'strong', re: /^[ \t　]*[[【](?:图片|图|视频)[\]】][^\n]{0,150}$|[[【](?:图片|视频)[\]】]/g },

  // Addresses of the sites.
  { kind: 'address', extent: 'self', strength: 'strong', re: /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~/?#@!$&'*+=%:]+/gi, accept: isSiteUrl },
  { kind: 'address', extent: 'self', strength: 'strong', boundary: true, re: /(?:本文|原文)(?:链接|地址|网址)\s*[:：]/g },
];

/** Words that end the title of a speech or document (used to find running titles). */
export const TITLE_END = /(?:讲话|讲话稿|主持词|发言|致辞|报告|通知|方案|意见|总结|心得体会|演讲稿|材料|范文)/g;
