import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

// A character class larger than this names no useful trigger (\s, \w, [^…], a script).
const MAX_CLASS = 64;

// The most frequent characters of Chinese official prose, and its punctuation: a part of a
// match made of these is a poor trigger (nearly every line holds 一, 是 or a colon), so the
// rarest part of a sequence is preferred. Only speed depends on this list, never a result.
const COMMON = new Set(
  [...'的一是在不了有和人这中大为上个国我以要时来用们生到作地于出就分对成会可主发年动同工也能下过说产种面而方后多定行学法所民得经十三之进着等部度家力里如化高自二理起小现实加量都两体制机当使点从业本去把性好应开合还因由其些然前外天政四日社义事平形相全表间与关各重新内数正心反明看原利比或第向道此变条没结解问意建月公无系情者最立代已通并提直题党程展五员位入常文总次品式设及管特件长求基资级少知将组见计期根论运农指区强放决做必先回则任取据处给保治造规领海口导压志金增争济术交受联认共权收证改清再采转更单切打教安场身例真务具万每目至达积示议报完类名确才科信话整空元今集传许步群广记需段研界且观持众书复容须际商非验难近千周委素备半办省列习响支感便团往历市何除构府准值号率维划选标写效查型按格养置层专状育识适属包住调满县局照参引该严'].map((c) => c.charCodeAt(0)).concat([...'，。、；：:,.;（）()“”'].map((c) => c.charCodeAt(0))),
);
const COMMON_WEIGHT = 20;

/** How often a line is likely to hold one of these characters, roughly: common ones count more. */
function weight(chars: ReadonlySet<number>): number {
  let w = 0;
  for (const c of chars) w += COMMON.has(c) ? COMMON_WEIGHT : 1;
  return w;
}

/**
 * The characters (UTF-16 code units) of which every match of `re` holds at least one, read
 * from the pattern itself; undefined when no small set can be named (a pattern that may
 * match any character, or nothing at all but a position). A text without any of them cannot
 * match: `TriggerIndex` uses this to skip patterns that cannot match a line.
 */
export function requiredChars(re: RegExp): ReadonlySet<number> | undefined {
  const pattern = parseRegExpLiteral(re).pattern;
  const needed = alternativesNeed(pattern.alternatives);
  return needed && re.ignoreCase ? withCaseVariants(needed) : needed;
}

function alternativesNeed(alternatives: readonly AST.Alternative[]): Set<number> | undefined {
  const union = new Set<number>();
  for (const alternative of alternatives) {
    const needed = sequenceNeed(alternative.elements);
    if (!needed) return undefined;
    for (const c of needed) union.add(c);
  }
  return union;
}

/** Every element of a sequence is in the match: any one of them will do, and the rarest is best. */
function sequenceNeed(elements: readonly AST.Element[]): Set<number> | undefined {
  let best: Set<number> | undefined;
  let bestWeight = Infinity;
  for (const element of elements) {
    const needed = elementNeed(element);
    if (!needed) continue;
    const w = weight(needed);
    if (w < bestWeight) [best, bestWeight] = [needed, w];
  }
  return best;
}

function elementNeed(element: AST.Element): Set<number> | undefined {
  switch (element.type) {
    case 'Character':
      return new Set(codeUnit(element.value));
    case 'CharacterClass':
      return element.negate ? undefined : classNeed(element.elements);
    case 'CharacterSet':
      return element.kind === 'digit' && !element.negate ? range(0x30, 0x39) : undefined;
    case 'Quantifier':
      return element.min >= 1 ? elementNeed(element.element) : undefined;
    case 'Group':
    case 'CapturingGroup':
      return alternativesNeed(element.alternatives);
    default:
      // Assertions match a position; a back-reference, whatever its group matched.
      return undefined;
  }
}

function classNeed(elements: readonly AST.CharacterClassElement[]): Set<number> | undefined {
  const chars = new Set<number>();
  for (const element of elements) {
    let part: Set<number> | undefined;
    if (element.type === 'Character') part = new Set(codeUnit(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MAX_CLASS && element.max.value <= 0xffff)
      part = range(element.min.value, element.max.value);
    else if (element.type === 'CharacterSet' && element.kind === 'digit' && !element.negate) part = range(0x30, 0x39);
    if (!part) return undefined;
    for (const c of part) chars.add(c);
    if (chars.size > MAX_CLASS) return undefined;
  }
  return chars;
}

/** A code point as the code unit every string holding it has: itself, or its high surrogate. */
function codeUnit(codePoint: number): number[] {
  return [codePoint > 0xffff ? String.fromCodePoint(codePoint).charCodeAt(0) : codePoint];
}

function range(from: number, to: number): Set<number> {
  const chars = new Set<number>();
  for (let c = from; c <= to; c++) chars.add(c);
  return chars;
}

// Under the `i` flag with `u`, these also match ASCII letters: ſ matches s, the Kelvin sign k.
const FOLDS_TO_ASCII: Readonly<Record<string, string>> = { s: 'ſ', k: '\u212a' };

function withCaseVariants(chars: Set<number>): Set<number> {
  const out = new Set(chars);
  for (const c of chars) {
    const ch = String.fromCharCode(c);
    for (const variant of [ch.toLowerCase(), ch.toUpperCase(), FOLDS_TO_ASCII[ch.toLowerCase()]]) {
      if (variant?.length === 1) out.add(variant.charCodeAt(0));
    }
  }
  return out;
}

/**
 * Which of several patterns may match a text, found in one pass over its characters: a
 * pattern whose required characters (`requiredChars`) the text lacks is left out. Patterns
 * for which no such characters can be named are always in.
 */
export class TriggerIndex {
  private readonly always: number[] = [];
  /** For each code unit that some pattern needs, the patterns that need it. */
  private readonly byChar = new Map<number, number[]>();
  private readonly isTrigger = new Uint8Array(0x10000);

  /** `patterns[i]` is the pattern of item i; `requires`, when given, is a test every match passes too. */
  constructor(patterns: readonly { readonly re: RegExp; readonly requires?: RegExp }[]) {
    patterns.forEach((p, i) => {
      const own = requiredChars(p.re);
      const extra = p.requires ? requiredChars(p.requires) : undefined;
      const needed = own && extra ? (weight(own) <= weight(extra) ? own : extra) : (own ?? extra);
      if (!needed) {
        this.always.push(i);
        return;
      }
      for (const c of needed) {
        this.isTrigger[c] = 1;
        const list = this.byChar.get(c);
        if (list) list.push(i);
        else this.byChar.set(c, [i]);
      }
    });
  }

  /** Marks in `mayMatch` (one flag per pattern, cleared here) the patterns that may match `text`. */
  candidates(text: string, mayMatch: Uint8Array): void {
    mayMatch.fill(0);
    for (const i of this.always) mayMatch[i] = 1;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (this.isTrigger[c] === 0) continue;
      for (const i of this.byChar.get(c)!) mayMatch[i] = 1;
    }
  }
}
