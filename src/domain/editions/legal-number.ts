// Legal number words (SPEC §4): 超过 = strictly more than; 以上 / 以下 / 不超过 include the number.
// A rule never writes `>` or `>=` against a threshold itself: it asks whether an amount is
// "<word> <value>" as the edition words it, so the inclusivity comes from the regulation's text.
import type { LegalNumberWord } from './types.js';

/** Whether `amount` is "<word> <line>", e.g. isPhraseTrue(50万, '以上', 50万) === true. */
export function isPhraseTrue(amount: number, word: LegalNumberWord, line: number): boolean {
  switch (word) {
    case '以上':
    case '不少于':
      return amount >= line;
    case '超过':
      return amount > line;
    case '以下':
    case '不超过':
      return amount <= line;
    case '不足':
      return amount < line;
    default: {
      const never: never = word;
      throw new Error(`Unknown legal number word ${String(never)}`);
    }
  }
}

/** Convenience for a Threshold / word-carrying param. */
export function meets(amount: number, t: { value: number; word: LegalNumberWord }): boolean {
  return isPhraseTrue(amount, t.word, t.value);
}
