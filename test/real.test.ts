import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gwlintJson, ROOT } from './support/cli';
import { GROUPS } from './support/score';

// Real published government texts are numbered and written correctly: the rules must stay
// almost silent on them (a false alarm on a sound draft teaches writers to ignore the tool).
const DIR = join(ROOT, 'test', 'fixtures', 'real', 'clean');
const PER_20K_CEILING: Record<string, number> = {
  placeholder: 0.5,
  residue: 0.5,
  'numbering/sequence': 1,
  'numbering/announced-count': 1,
  repetition: 1,
  // At most one per 10,000 characters.
  punctuation: 2,
};

describe('real published texts (test/fixtures/real/clean)', () => {
  it('draw almost no findings', () => {
    const files = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(DIR, f));
    const { run, results } = gwlintJson(files);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const chars = files.reduce((n, f) => n + readFileSync(f, 'utf8').length, 0);
    const lines: string[] = [];
    const over: string[] = [];
    for (const [group, rules] of Object.entries(GROUPS)) {
      const hits = results.flatMap((r) => r.messages.filter((m) => m.ruleId && rules.includes(m.ruleId)).map((m) => `${r.filePath.split('/').pop()}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      const per20k = (hits.length / chars) * 20000;
      lines.push(`      ${group.padEnd(26)} ${hits.length} findings, ${per20k.toFixed(2)} per 20,000 characters`);
      if (PER_20K_CEILING[group] !== undefined && per20k > PER_20K_CEILING[group]) over.push(`${group}:\n${hits.join('\n')}`);
    }
    console.log(`      ${files.length} texts, ${chars} characters\n${lines.join('\n')}`);
    assert.deepEqual(over, [], 'too many findings on real published texts');
  });
});
