import type { Rule } from '../rule';
import placeholder from './placeholder';
import templateResidue from './template-residue';
import doubledWord from './doubled-word';
import repeatedSentence from './repeated-sentence';
import overusedPhrase from './overused-phrase';
import headingSequence from './heading-sequence';
import headingPunctuation from './heading-punctuation';
import headingHierarchy from './heading-hierarchy';
import listSequence from './list-sequence';
import announcedCount from './announced-count';
import punctuationWidth from './punctuation-width';
import punctuationPairing from './punctuation-pairing';
import punctuationDoubled from './punctuation-doubled';
import punctuationMisuse from './punctuation-misuse';
import numberFormat from './number-format';

/** Every rule, in the order their findings are documented. */
export const RULES: readonly Rule[] = [
  // rules are added here, one import each
  placeholder,
  templateResidue,
  doubledWord,
  repeatedSentence,
  overusedPhrase,
  headingSequence,
  headingPunctuation,
  headingHierarchy,
  listSequence,
  announcedCount,
  punctuationWidth,
  punctuationPairing,
  punctuationDoubled,
  punctuationMisuse,
  numberFormat,
] as Rule[];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
