// Wording helpers for the rules of Art.11–19: amounts in the regulation's words, so every finding
// says the amount, the line and whether the line itself counts (SPEC §4: 超过 = strictly more than;
// 以上/以下/不超过 include the number itself). Re-exported by src/domain/approval/text.ts.
import type { LegalNumberWord } from '../editions/types.js';
import { formatFen, formatWan, formatYuan, type Fen } from '../money.js';

/** 4_000_000_01 → "4,000,000.01元" (exact, for sentences). */
export const yuanZh = (fen: Fen): string => formatYuan(fen);
/** 4_000_000_01 → "¥4,000,000.01". */
export const yuanEn = (fen: Fen): string => formatFen(fen);

/** 400_000_000 → "400万元"; 50_000_001 → "50.000001万元" (exact, trailing zeros dropped). */
export function wanZh(fen: Fen): string {
  return formatWan(fen, 6).replace(/\.?0+万元$/, '万元');
}

const WORD_INCLUSIVE: Record<LegalNumberWord, boolean> = {
  以上: true,
  以下: true,
  不超过: true,
  不少于: true,
  超过: false,
  不足: false,
};
const WORD_EN: Record<LegalNumberWord, string> = {
  以上: 'at least',
  以下: 'at most',
  不超过: 'not more than',
  不少于: 'not less than',
  超过: 'over',
  不足: 'under',
};

/** '含本数' when the word includes the line itself (以上/以下/不超过/不少于), else '不含本数'. */
export const inclusiveZh = (word: LegalNumberWord): string => (WORD_INCLUSIVE[word] ? '含本数' : '不含本数');

/** "超过400万元（“超过”不含本数）", "800万元以下（“以下”含本数）" — the line in the regulation's word, saying whether it counts itself. */
export function lineZh(t: { value: Fen; word: LegalNumberWord }): string {
  const amount = wanZh(t.value);
  // 以上/以下 follow the number ("800万元以下"); 超过/不超过/不少于/不足 precede it ("超过400万元").
  const phrase = t.word === '以上' || t.word === '以下' ? `${amount}${t.word}` : `${t.word}${amount}`;
  return `${phrase}（“${t.word}”${inclusiveZh(t.word)}）`;
}

/** "over ¥4,000,000.00 (the line itself is not over)". */
export function lineEn(t: { value: Fen; word: LegalNumberWord }): string {
  return `${WORD_EN[t.word]} ${yuanEn(t.value)} (${WORD_INCLUSIVE[t.word] ? 'inclusive' : 'the line itself does not count'})`;
}

/**
 * pct% of an amount in 元, exactly: 1_000_000_05 fen × 10% → "100,000.005元". pct is an integer,
 * so fen·pct is a whole number of 1/100 fen.
 */
export function percentOfZh(fen: Fen, pct: number): string {
  const n = BigInt(fen) * BigInt(pct); // 1/100 fen = 1/10000 元
  const whole = (n / 10_000n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = (n % 10_000n)
    .toString()
    .padStart(4, '0')
    .replace(/0{1,2}$/, '');
  return `${whole}.${frac}元`;
}
