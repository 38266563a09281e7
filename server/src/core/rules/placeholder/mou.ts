import { isDigit, startsWithAny, TITLES } from './context';
import { scanMatches, type Placeholder, type ScanLine } from './kinds';

// 某 is an ordinary word (某些, 某种, 某个, 某一, 某项, 某地); only these shapes are blanks.
const MOU_RUN = /某+/g;

// Unambiguous surnames: `王某某`, `张某` are anonymised names in a case narrative, not blanks.
// Characters that are also common words (于, 向, 谢, 贺, 任, 高 ...) are left out on purpose.
const SURNAMES = new Set(
  '王李张刘陈杨赵黄周吴徐孙胡朱郭罗梁宋郑韩唐冯董萧彭吕苏卢沈袁邓曹傅邵蒋蔡贾魏薛阎潘杜钟汪姜姚谭廖邹熊郝孔崔毛邱秦侯孟雷汤尹黎乔龚'.split(''),
);

const PLACES = ['县', '市', '区', '镇', '乡', '村', '省', '州'];
// A place followed by the name of an organ: `某县人民政府`, `某市委`, `某镇党委`, `某县长`.
const ORGANS = ['人民政府', '政府', '党委', '委', '人大', '政协', '纪委', '监委', '长', '人民'];
const NUMBER_SIGNS = ['万', '亿', '元', '%', '％'];

/** `某某`, `某县长`, `某同志`, `某县人民政府`, `某月某日`, `某万元`, `《某县…》`. */
export function scanMou({ text }: ScanLine): Placeholder[] {
  return scanMatches(text, MOU_RUN, 'mou', (run, start, end) =>
    !SURNAMES.has(text[start - 1]) && (run.length >= 2 || isSingleMouBlank(text, start, end)),
  );
}

function isSingleMouBlank(text: string, start: number, end: number): boolean {
  if (isDigit(text[start - 1])) return true; // 20某年
  if (startsWithAny(text, end, TITLES)) return true;
  if (startsWithAny(text, end, NUMBER_SIGNS)) return true;
  if (inBlankDate(text, start)) return true;
  const place = PLACES.find((p) => text.startsWith(p, end));
  if (!place) return false;
  if (startsWithAny(text, end + place.length, ORGANS)) return true;
  return isInsideTitle(text, start);
}

/** Whether the 某 at `at` is part of `某月某日` or `某年某月某日` (but `某年某月` alone is vague prose). */
function inBlankDate(text: string, at: number): boolean {
  for (const m of text.slice(Math.max(0, at - 4), at + 6).matchAll(/(?:某年)?某月某日/g)) {
    const s = Math.max(0, at - 4) + m.index;
    if (at >= s && at < s + m[0].length) return true;
  }
  return false;
}

/** Whether `at` lies inside a 《document title》. */
function isInsideTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open;
}
