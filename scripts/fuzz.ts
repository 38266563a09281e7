// npm run fuzz: the property tests of test/support/properties.ts with many more cases and a
// fresh seed (printed, so that a failure can be replayed: npm run fuzz -- --seed N --runs N).
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import {
  anyDraft,
  checkCrashIsolated,
  checkDeterministic,
  checkEncodings,
  checkFixes,
  checkSpans,
  mutatedDraft,
} from '../test/support/properties';

const { values } = parseArgs({ options: { seed: { type: 'string' }, runs: { type: 'string' } } });
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
const scale = values.runs ? Number(values.runs) : 3000;
const properties: [string, fc.IProperty<[{ text: string; format: 'text' | 'markdown' }]>, number][] = [
  ['spans inside the text, on code-point boundaries; no crash', fc.property(anyDraft, checkSpans), scale],
  ['deterministic, with or without the paragraph cache', fc.property(anyDraft, checkDeterministic), Math.ceil(scale / 4)],
  ['fixes change only their spans and settle', fc.property(mutatedDraft, checkFixes), Math.ceil(scale / 4)],
  ['a throwing rule is isolated', fc.property(anyDraft, checkCrashIsolated), Math.ceil(scale / 10)],
  ['encodings round trip', fc.property(anyDraft, checkEncodings), Math.ceil(scale / 4)],
];
console.log(`seed ${seed}`);
let total = 0;
let failed = false;
for (const [name, property, numRuns] of properties) {
  const started = Date.now();
  const details = fc.check(property, { seed, numRuns });
  total += details.numRuns;
  console.log(`${details.failed ? 'FAIL' : 'ok  '} ${name}: ${details.numRuns} cases, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (details.failed) {
    failed = true;
    console.log(`  counterexample: ${JSON.stringify(details.counterexample)}`);
    console.log(`  ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  }
}
console.log(`${total} cases in all`);
process.exitCode = failed ? 1 : 0;
