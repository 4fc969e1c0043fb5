// The verification code printed on the 联合评审表 (Measures Art.14). The form carries a short code
// derived from an SM3 digest of exactly the approved facts; anyone holding a printed form can type
// the code (or scan its QR code) at the platform's verify page, which recomputes the digest from
// the data on record and says whether they still match. Pure: no I/O, no clock.
import type { CategoryCode, JointReviewPartyCode, KindCode } from '../editions/types.js';
import { canonicalJson, sm3Hex } from '../audit/chain.js';

/** 'data_bureau' | 'cyberspace' | 'finance' | 'bigdata_center' */
export type JointReviewFormParty = JointReviewPartyCode;
export type JointReviewFormConclusion = 'pass' | 'return' | 'fail';
export type JointReviewFormDimension =
  | 'intensive'
  | 'integration'
  | 'sharing'
  | 'collaboration'
  | 'security'
  | 'estimate';

/** Everything the 联合评审表 prints. Money is integer fen. */
export interface JointReviewFormData {
  project: {
    code: string;
    name: string;
    planYear: number;
    declaringOrg: string;
    totalFen: number;
    /** 预算审核金额 (finance's approved budget), null when not yet set. */
    approvedBudgetFen: number | null;
    /** 招标控制价, null when not yet set. */
    controlPriceFen: number | null;
    /** 收回金额 (funds taken back), null when none recorded. */
    recoveryFen: number | null;
    category: CategoryCode | null;
    kind: KindCode | null;
  };
  /** Joint-review round (1 for the first review, 2 after a 退回修改 …). */
  round: number;
  parties: {
    party: JointReviewFormParty;
    partyName: string;
    conclusion: JointReviewFormConclusion;
    dimensions: { code: JointReviewFormDimension; zh: string; opinion: string }[];
    /** The party's overall opinion text. */
    overall: string;
    reviewer: string;
    /** ISO instant of the party's decision. */
    at: string;
  }[];
  meeting?: { date: string; attendees: string; minutesFile?: string } | null;
}

/** Bumped if the set of hashed facts ever changes, so old and new digests never collide silently. */
export const FORM_DIGEST_VERSION = 1;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The approved facts, and only those, in a canonical shape: amounts, the project's identity, the
 * round, and per party its conclusion, overall opinion and the opinion on each dimension (keyed by
 * dimension code, not by its label, so relabelling an edition does not change the digest).
 * Parties and dimensions are sorted by code so the order the caller lists them in does not matter.
 * Not hashed: plan year, category, kind, labels, reviewer names, timestamps, meeting details.
 */
export function approvedFacts(data: JointReviewFormData) {
  const p = data.project;
  const parties = data.parties
    .map((x) => ({
      party: x.party,
      conclusion: x.conclusion,
      overall: x.overall,
      dimensions: x.dimensions
        .map((d) => ({ code: d.code, opinion: d.opinion }))
        .sort((a, b) => byString(a.code, b.code) || byString(a.opinion, b.opinion)),
    }))
    .sort((a, b) => byString(a.party, b.party) || byString(canonicalJson(a), canonicalJson(b)));
  return {
    v: FORM_DIGEST_VERSION,
    project: {
      code: p.code,
      name: p.name,
      declaringOrg: p.declaringOrg,
      totalFen: p.totalFen,
      // `?? null`: a missing key and an explicit null are the same fact.
      approvedBudgetFen: p.approvedBudgetFen ?? null,
      controlPriceFen: p.controlPriceFen ?? null,
      recoveryFen: p.recoveryFen ?? null,
    },
    round: data.round,
    parties,
  };
}

/** SM3 (hex, 64 chars) over the canonical JSON of the approved facts. */
export function approvedDataDigest(data: JointReviewFormData): string {
  return sm3Hex(canonicalJson(approvedFacts(data)));
}

/** Crockford base32: no I, L, O, U — easy to read off paper and type. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHORT_CODE_PATTERN = /^JR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** 'JR-XXXX-XXXX-XXXX': the first 60 bits of the digest as 12 Crockford base32 characters. */
export function formShortCode(digest: string): string {
  if (!/^[0-9a-fA-F]{15,}$/.test(digest)) throw new RangeError('formShortCode: digest must be hex, at least 60 bits');
  let bits = BigInt(`0x${digest.slice(0, 15)}`); // 15 hex digits = 60 bits
  let chars = '';
  for (let i = 0; i < 12; i++) {
    chars = CROCKFORD[Number(bits & 31n)] + chars;
    bits >>= 5n;
  }
  return `JR-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/**
 * A code as someone typed it → canonical 'JR-XXXX-XXXX-XXXX', or null if it cannot be one.
 * Case, spaces and hyphens don't matter; O reads as 0 and I/L as 1 (Crockford's decoding rules).
 */
export function normalizeShortCode(input: string): string | null {
  let s = input.toUpperCase().replace(/[\s\-_—–]/g, '');
  if (s.length === 14 && s.startsWith('JR')) s = s.slice(2);
  s = s.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(s)) return null;
  return `JR-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

/** Does a (typed or scanned) code match the data currently on record? */
export function formCodeMatches(code: string, data: JointReviewFormData): boolean {
  const normal = normalizeShortCode(code);
  return normal !== null && normal === formShortCode(approvedDataDigest(data));
}

/** The public verify page for a code: `${publicUrl}/verify/${shortCode}` (trailing slashes dropped). */
export function verifyUrl(publicUrl: string, shortCode: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(shortCode)}`;
}
