import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PATTERNS } from '../server/src/core/rules/template-residue/patterns';
import { requiredChars, TriggerIndex } from '../server/src/core/trigger-chars';

const chars = (re: RegExp): string | undefined => {
  const set = requiredChars(re);
  return set && [...set].map((c) => String.fromCharCode(c)).sort().join('');
};

function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textsUnder(path);
    return /\.(txt|md)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('trigger characters', () => {
  it('names, for each alternative, the part of a match that a line is least likely to hold', () => {
    assert.equal(chars(/省略\d+字/), '略');
    assert.equal(chars(/(?:上|下)一篇/), '篇');
    assert.equal(chars(/(?:上|下)(?:篇|页)/), '篇页');
    assert.equal(chars(/[【[]\s*[大小]\s+中/), '[【');
    assert.equal(chars(/(?:收藏|打印)本页|分享到/), '享页');
  });

  it('names none when a match may avoid every character', () => {
    assert.equal(chars(/\s+/), undefined);
    assert.equal(chars(/(?:篇|\d*)/), undefined);
    assert.equal(chars(/[^。]{2}/), undefined);
    assert.equal(chars(/\p{Script=Han}+/u), undefined);
    assert.equal(chars(/(?=省略)/), undefined);
  });

  it('counts the other cases of a letter under the i flag, and an astral character by its high surrogate', () => {
    assert.equal(chars(/vip/i), 'Vv');
    assert.ok(requiredChars(/k/iu)?.has(0x212a));
    assert.deepEqual([...requiredChars(/𠀀/u)!], ['𠀀'.charCodeAt(0)]);
  });

  it('never leaves out a residue pattern that matches a line of any fixture text', () => {
    const index = new TriggerIndex(PATTERNS);
    const mayMatch = new Uint8Array(PATTERNS.length);
    const matched = new Set<number>();
    let lines = 0;
    for (const text of textsUnder(join(__dirname, 'fixtures'))) {
      for (const line of text.split('\n')) {
        lines++;
        index.candidates(line, mayMatch);
        PATTERNS.forEach((pattern, i) => {
          pattern.re.lastIndex = 0;
          if (!pattern.re.test(line)) return;
          matched.add(i);
          assert.equal(mayMatch[i], 1, `pattern ${pattern.re} matches but was left out: ${line}`);
        });
      }
    }
    for (const pattern of PATTERNS) pattern.re.lastIndex = 0;
    // The check means something only if the fixtures exercise most patterns.
    assert.ok(lines > 10_000 && matched.size >= PATTERNS.length * 0.6, `${matched.size} of ${PATTERNS.length} patterns matched in ${lines} lines`);
  });
});
