// Property tests with a fixed seed (issue 13); `npm run fuzz` runs the same properties longer.
import fc from 'fast-check';
import { anyDraft, checkCrashIsolated, checkDeterministic, checkEncodings, checkFixes, checkSpans, mutatedDraft, randomText } from './support/properties';

const SEED = 20261206;
const runs = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

describe('properties (fixed seed)', function () {
  this.timeout(120_000);

  it('lint never throws; every span lies inside the text on code-point boundaries', () => {
    fc.assert(fc.property(anyDraft, checkSpans), runs(150));
  });

  it('the same text gives the same findings twice, with or without the paragraph cache', () => {
    fc.assert(fc.property(anyDraft, checkDeterministic), runs(40));
  });

  it('fixes change only their spans, settle, and leave no more findings of the rule that made them', () => {
    fc.assert(fc.property(mutatedDraft, checkFixes), runs(30));
  });

  it('a rule that throws is one internal-error finding and the others still run', () => {
    fc.assert(fc.property(anyDraft, checkCrashIsolated), runs(20));
  });

  it('each supported encoding gives back the same text and the same findings', () => {
    fc.assert(fc.property(fc.oneof(mutatedDraft, randomText.map((text) => ({ text, format: 'text' as const }))), checkEncodings), runs(30));
  });
});
