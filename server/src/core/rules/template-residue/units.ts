import { PATTERNS, type ResidueKind, type ResiduePattern } from './patterns';
import { findRunningTitle } from './running-title';
import { allMatches } from '../../matches';
import { TriggerIndex } from '../../trigger-chars';

/** A stretch of one line that was pasted from a template site, in offsets of that line. */
export interface ResidueUnit {
  readonly start: number;
  readonly end: number;
  readonly kind: ResidueKind;
  readonly strength: 'strong' | 'weak';
  /** Navigation links stay separate units, one per link, even when they stand side by side. */
  readonly navigation: boolean;
  /** Found by a page header's pattern (`ResiduePattern.header`). */
  readonly header?: boolean;
}

interface Marker {
  readonly pattern: ResiduePattern;
  readonly start: number;
  readonly end: number;
}

const OPENERS = '(（【[〔';
const CLOSERS = ')）】]〕';
const SENTENCE_END = /[。！？!?]/;
const HARD_STOP = /[。！？!?|]/;
// What may separate two pieces of residue that belong to one unit.
const SEPARATOR_ONLY = /^[\s,，、;；·•/]*$/;
// A bracket that a truncation notice sits in is never longer than this.
const BRACKET_REACH = 48;
const BRACKET_SPAN = 140;
// A title or list after a navigation marker on a line of prose is at most this long.
const TITLE_REACH = 80;
const LIST_REACH = 100;
// A line longer than this is text that lost its line breaks: a space ends a link title there.
const SCRAPED_LINE = 150;
const SHORT_LINE = 60;

/**
 * The residue units of one line, merged and in order, before weak ones are judged: what depends
 * on the line alone, found once however the rest of the draft turns out (`keptUnits`).
 */
export function candidateUnits(line: string): ResidueUnit[] {
  const markers = findMarkers(line);
  const units: ResidueUnit[] = [];
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i];
    const next = markers.slice(i + 1).find((n) => n.start >= m.end && n.pattern.strength === 'strong');
    const [start, end] = extend(line, m, next ? next.start : trimmedEnd(line));
    units.push({
      start,
      end,
      kind: m.pattern.kind,
      strength: m.pattern.strength,
      navigation: m.pattern.kind === 'navigation' && m.pattern.extent !== 'self',
      ...(m.pattern.header ? { header: true } : {}),
    });
  }
  const title = findRunningTitle(line, units);
  if (title) units.push({ ...title, kind: 'furniture', strength: 'strong', navigation: false });
  return merge(line, units);
}

/** The units of a line that stay, from its `candidateUnits`, and whether the draft has strong residue elsewhere. */
export function keptUnits(line: string, candidates: readonly ResidueUnit[], residueElsewhere: boolean): ResidueUnit[] {
  return padSpaces(line, wholeFurnitureLine(line, keepWeakNearStrong(line, candidates, residueElsewhere)));
}

/**
 * Widens each unit over the spaces that deleting it would leave doubled, or dangling at the end
 * of the line; a space already taken by the unit before stays with it.
 */
function padSpaces(line: string, units: readonly ResidueUnit[]): ResidueUnit[] {
  const out: ResidueUnit[] = [];
  for (const unit of units) {
    let { start, end } = unit;
    const after = /^[ \t\u3000]+/.exec(line.slice(end))?.[0].length ?? 0;
    const before = /[ \t\u3000]+$/.exec(line.slice(0, start))?.[0].length ?? 0;
    const previousEnd = out.length > 0 ? out[out.length - 1].end : 0;
    if (after > 0 && (before > 0 || start === 0)) end += after;
    else if (before > 0 && end + after === line.length && start - before >= previousEnd) {
      start -= before;
      end += after;
    }
    out.push({ ...unit, start, end });
  }
  return out;
}

/** A short line made mostly of residue pieces (toolbar, author, source, hits) is one unit. */
function wholeFurnitureLine(line: string, units: readonly ResidueUnit[]): readonly ResidueUnit[] {
  if (units.length < 2 || line.length > SCRAPED_LINE || units.filter((u) => u.navigation).length > 1) return units;
  const covered = units.reduce((n, u) => n + line.slice(u.start, u.end).replace(/\s/g, '').length, 0);
  if (covered < 0.6 * line.replace(/\s/g, '').length) return units;
  const lead = units.find((u) => u.strength === 'strong') ?? units[0];
  const start = line.length - line.trimStart().length;
  return [{ ...lead, start, end: line.trimEnd().length, navigation: false }];
}

// Most lines hold none of the characters any pattern needs: one pass over a line finds the few
// patterns worth running (running all of them was a fifth of the engine's time on small drafts).
let triggers: TriggerIndex | undefined;
const mayMatch = new Uint8Array(PATTERNS.length);

function findMarkers(line: string): Marker[] {
  const markers: Marker[] = [];
  (triggers ??= new TriggerIndex(PATTERNS)).candidates(line, mayMatch);
  for (let p = 0; p < PATTERNS.length; p++) {
    if (mayMatch[p] === 0) continue;
    const pattern = PATTERNS[p];
    if (pattern.requires && !pattern.requires.test(line)) continue;
    for (const m of allMatches(pattern.re, line)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (end <= start) continue;
      if (pattern.accept && !pattern.accept(line, start, end)) continue;
      markers.push({ pattern, start, end });
    }
  }
  markers.sort((a, b) => a.start - b.start || b.end - a.end);
  // A marker that must start a unit may also follow right after another marker (下载本文作者:会员上传).
  const kept: Marker[] = [];
  for (const m of markers) {
    if (!m.pattern.boundary || atBoundary(line, m.start) || kept.some((k) => k.end === m.start)) kept.push(m);
  }
  return kept;
}

/** True when a unit may start at `i`: line start, after a space, a bracket, a sentence end or a URL. */
function atBoundary(line: string, i: number): boolean {
  if (i === 0) return true;
  return /[\s|】\])）)〕。！？!?；;，,、:：…>»·•\w]/.test(line[i - 1]);
}

function extend(line: string, m: Marker, limit: number): [number, number] {
  switch (m.pattern.extent) {
    case 'self':
      return [m.start, m.end];
    case 'bracket':
      return bracketExtent(line, m.start, m.end);
    case 'clause':
      return enclosingBracket(line, m.start, m.end) ?? clauseExtent(line, m.start, m.end);
    case 'title':
      return [m.start, titleEnd(line, m.end, limit)];
    case 'list':
      return [m.start, listEnd(line, m.end, limit)];
  }
}

/** The bracket around a truncation notice and the `……` around it; the clause when unbracketed. */
function bracketExtent(line: string, s: number, e: number): [number, number] {
  const open = openerBefore(line, s);
  if (open < 0) return clauseExtent(line, s, e);
  let close = closerAfter(line, e, open);
  // A notice cut off by the end of the page runs to the end of the line.
  if (close < 0) close = trimmedEnd(line) - e <= TITLE_REACH ? trimmedEnd(line) : clauseExtent(line, s, e)[1];
  return [wrapperStart(line, open), wrapperEnd(line, close)];
}

/** The bracket a credit stands in whole (【公文素材库整理，转载请注明出处】), closed on its line; else undefined. */
function enclosingBracket(line: string, s: number, e: number): [number, number] | undefined {
  const open = openerBefore(line, s);
  const close = open < 0 ? -1 : closerAfter(line, e, open);
  return close < 0 ? undefined : [open, close];
}

/** The bracket opened before `s` and not closed before it, within reach and the sentence; -1 when none. */
function openerBefore(line: string, s: number): number {
  for (let i = s - 1; i >= Math.max(0, s - BRACKET_REACH); i--) {
    if (CLOSERS.includes(line[i]) || SENTENCE_END.test(line[i])) return -1;
    if (OPENERS.includes(line[i])) return i;
  }
  return -1;
}

/** Just after the bracket that closes the one opened at `open`, from `e` on; -1 when another opens first or none closes. */
function closerAfter(line: string, e: number, open: number): number {
  for (let i = e; i < Math.min(line.length, open + BRACKET_SPAN); i++) {
    if (OPENERS.includes(line[i])) return -1;
    if (CLOSERS.includes(line[i])) return i + 1;
  }
  return -1;
}

function wrapperStart(line: string, i: number): number {
  const m = /(?:[…⋯]+|\.{2,}|．{2,})\s*$/.exec(line.slice(Math.max(0, i - 12), i));
  return m ? i - m[0].length : i;
}

function wrapperEnd(line: string, i: number): number {
  const m = /^\s*(?:[…⋯]+|\.{2,}|．{2,})/.exec(line.slice(i, i + 12));
  return m ? i + m[0].length : i;
}

/** The clause around a marker: back to the previous clause break, on to the next (a sentence end included). */
function clauseExtent(line: string, s: number, e: number): [number, number] {
  let start = s;
  for (let i = s - 1; i >= Math.max(0, s - 30); i--) {
    if (/[。！？!?；;|，,】)）\]]/.test(line[i])) {
      start = i + 1;
      break;
    }
    if (i === 0) start = 0;
  }
  while (start < s && /\s/.test(line[start])) start++;
  let end = e;
  const stop = line.slice(e, e + 60).search(/[。！？!?；;|，,【(（[]/);
  if (stop >= 0) end = e + stop + (SENTENCE_END.test(line[e + stop]) ? 1 : 0);
  else if (trimmedEnd(line) - e <= 60) end = trimmedEnd(line);
  return [start, Math.max(e, end)];
}

/** Where the linked title after 上一篇 / 下一篇 ends. */
function titleEnd(line: string, e: number, limit: number): number {
  let rest = line.slice(e, Math.max(e, limit));
  const hard = rest.search(HARD_STOP);
  if (hard >= 0) rest = rest.slice(0, hard);
  const lead = rest.length - rest.trimStart().length;
  const space = rest.slice(lead).search(/\s/);
  if (space >= 0 && (line.length > SCRAPED_LINE || rest.trimEnd().length > TITLE_REACH)) rest = rest.slice(0, lead + space);
  if (rest.trimEnd().length > TITLE_REACH) {
    const cut = rest.slice(lead).search(/[，,；;]/);
    rest = cut >= 0 && lead + cut <= TITLE_REACH ? rest.slice(0, lead + cut) : '';
  }
  return e + rest.trimEnd().length;
}

/** Where the short items after 相关栏目 / 标签 end. */
function listEnd(line: string, e: number, limit: number): number {
  let rest = line.slice(e, Math.max(e, limit));
  const hard = rest.search(HARD_STOP);
  if (hard >= 0) rest = rest.slice(0, hard);
  if (rest.trimEnd().length <= LIST_REACH && line.length <= SCRAPED_LINE) return e + rest.trimEnd().length;
  // On a line of prose, take items while they stay short.
  let end = e;
  for (const m of rest.matchAll(/\s*([^\s、，,]+)[、，,]?/g)) {
    if (m[1].length > 20) break;
    end = e + m.index + m[0].trimEnd().length;
    if (end - e > LIST_REACH) break;
  }
  return end;
}

/** The end of the line without trailing spaces and table bars. */
function trimmedEnd(line: string): number {
  return line.replace(/[\s|]+$/, '').length;
}

/** Joins overlapping units, and units separated by nothing but spaces and commas; links stay apart. */
function merge(line: string, units: ResidueUnit[]): ResidueUnit[] {
  const sorted = [...units].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ResidueUnit[] = [];
  for (const u of sorted) {
    const last = out[out.length - 1];
    const touching = last && (u.start < last.end || (!last.navigation && !u.navigation && SEPARATOR_ONLY.test(line.slice(last.end, u.start))));
    if (last && touching && (u.start < last.end || !/\|/.test(line.slice(last.end, u.start)))) {
      if (u.start < last.end && u.end <= last.end) {
        if (u.strength === 'strong' && last.strength === 'weak') out[out.length - 1] = { ...last, strength: 'strong', kind: u.kind };
        continue;
      }
      const strong = last.strength === 'strong' || u.strength === 'strong';
      const lead = last.strength === 'strong' || u.strength === 'weak' ? last : u;
      out[out.length - 1] = { ...lead, start: last.start, end: Math.max(last.end, u.end), strength: strong ? 'strong' : 'weak', navigation: last.navigation && u.navigation };
    } else {
      out.push(u);
    }
  }
  return out;
}

/**
 * Weak units (作者:, 时间:, 第一篇:) count only on a short line of furniture that has strong
 * residue too, or as a short line of their own in a draft that has strong residue elsewhere.
 */
function keepWeakNearStrong(line: string, units: readonly ResidueUnit[], residueElsewhere: boolean): readonly ResidueUnit[] {
  const strong = units.filter((u) => u.strength === 'strong');
  if (strong.length === 0) {
    if (!residueElsewhere) return [];
    const whole = units.length === 1 && units[0].kind === 'furniture' && line.trim().length <= SHORT_LINE && line.slice(units[0].start, units[0].end).trim() === line.trim();
    // 编辑：…　审核：… : a line of nothing but credits, in a page that carries residue elsewhere.
    const covered = units.map((u) => line.slice(u.start, u.end)).join('');
    const credits = units.every((u) => u.kind === 'credit') && line.length <= SCRAPED_LINE && (covered.match(/[:：｜]/g) ?? []).length >= 2 &&
      covered.replace(/\s/g, '').length >= 0.8 * line.replace(/\s/g, '').length;
    return whole || credits ? units : [];
  }
  const covered = units.reduce((n, u) => n + line.slice(u.start, u.end).replace(/\s/g, '').length, 0);
  const furniture = line.length <= SCRAPED_LINE && covered >= 0.5 * line.replace(/\s/g, '').length;
  return units.filter((u) => u.strength === 'strong' || furniture);
}
