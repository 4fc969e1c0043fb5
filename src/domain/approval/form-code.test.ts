import { describe, expect, it } from 'vitest';
import { wan } from '../money.js';
import {
  approvedDataDigest,
  formCodeMatches,
  formShortCode,
  normalizeShortCode,
  SHORT_CODE_PATTERN,
  verifyUrl,
  type JointReviewFormData,
} from './form-code.js';

const data = (): JointReviewFormData => ({
  project: {
    code: 'XM-2027-007',
    name: '宿城区智慧停车管理平台',
    planYear: 2027,
    declaringOrg: '区住建局',
    totalFen: wan(300),
    approvedBudgetFen: wan(280),
    controlPriceFen: wan(260),
    recoveryFen: wan(20),
    category: 'service_system',
    kind: 'build',
  },
  round: 1,
  parties: [
    {
      party: 'data_bureau',
      partyName: '区数据局',
      conclusion: 'pass',
      dimensions: [
        { code: 'intensive', zh: '集约建设', opinion: '依托一体化平台建设' },
        { code: 'sharing', zh: '数据共享', opinion: '泊位数据按目录共享' },
      ],
      overall: '同意',
      reviewer: '李四',
      at: '2027-03-01T02:00:00.000Z',
    },
    {
      party: 'finance',
      partyName: '区财政局',
      conclusion: 'pass',
      dimensions: [{ code: 'estimate', zh: '项目概算', opinion: '概算核减20万元' }],
      overall: '同意，按260万元控制',
      reviewer: '王五',
      at: '2027-03-02T02:00:00.000Z',
    },
  ],
  meeting: null,
});

/** Rebuild every object with its keys in reverse order. */
function reverseKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reverseKeys) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .reverse()
        .map(([k, x]) => [k, reverseKeys(x)]),
    ) as T;
  }
  return v;
}

describe('approvedDataDigest', () => {
  it('is a 64-hex SM3 digest, the same for the same data whatever the key order', () => {
    const d = approvedDataDigest(data());
    expect(d).toMatch(/^[0-9a-f]{64}$/);
    expect(approvedDataDigest(data())).toBe(d);
    const reversed = reverseKeys(data());
    expect(Object.keys(reversed.project)[0]).toBe('kind');
    expect(approvedDataDigest(reversed)).toBe(d);
  });

  it('does not depend on the order parties and dimensions are listed in', () => {
    const d = data();
    d.parties.reverse();
    d.parties[1].dimensions.reverse();
    expect(approvedDataDigest(d)).toBe(approvedDataDigest(data()));
  });

  it('ignores what is not an approved fact (labels, reviewer, time, meeting, year, category)', () => {
    const d = data();
    d.parties[0].dimensions[0].zh = '集约化建设';
    d.parties[0].reviewer = '赵六';
    d.parties[0].at = '2027-03-05T00:00:00.000Z';
    d.meeting = { date: '2027-03-03', attendees: '区数据局、区财政局' };
    d.project.planYear = 2028;
    d.project.category = 'data_system';
    expect(approvedDataDigest(d)).toBe(approvedDataDigest(data()));
  });

  const changes: [string, (d: JointReviewFormData) => void][] = [
    [
      'project code',
      (d) => {
        d.project.code = 'XM-2027-008';
      },
    ],
    [
      'project name',
      (d) => {
        d.project.name += '（二期）';
      },
    ],
    [
      'declaring org',
      (d) => {
        d.project.declaringOrg = '区公安分局';
      },
    ],
    [
      'total by 1 fen',
      (d) => {
        d.project.totalFen += 1;
      },
    ],
    [
      'approved budget by 1 fen',
      (d) => {
        d.project.approvedBudgetFen = wan(280) + 1;
      },
    ],
    [
      'approved budget → null',
      (d) => {
        d.project.approvedBudgetFen = null;
      },
    ],
    [
      'control price',
      (d) => {
        d.project.controlPriceFen = wan(270);
      },
    ],
    [
      'recovery',
      (d) => {
        d.project.recoveryFen = wan(10);
      },
    ],
    [
      'recovery 0 vs null',
      (d) => {
        d.project.recoveryFen = null;
      },
    ],
    [
      'round',
      (d) => {
        d.round = 2;
      },
    ],
    [
      'a conclusion',
      (d) => {
        d.parties[1].conclusion = 'return';
      },
    ],
    [
      'a dimension opinion',
      (d) => {
        d.parties[0].dimensions[1].opinion = '泊位数据按目录共享。';
      },
    ],
    [
      'an opinion moved to another dimension',
      (d) => {
        d.parties[0].dimensions[1].code = 'collaboration';
      },
    ],
    [
      'the overall opinion',
      (d) => {
        d.parties[1].overall = '同意，按270万元控制';
      },
    ],
    [
      'a party left out',
      (d) => {
        d.parties.pop();
      },
    ],
    [
      'a party swapped',
      (d) => {
        d.parties[1].party = 'cyberspace';
      },
    ],
  ];
  it.each(changes)('changes (digest and short code) when the %s changes', (_, change) => {
    const before = approvedDataDigest(data());
    const d = data();
    change(d);
    const after = approvedDataDigest(d);
    expect(after).not.toBe(before);
    expect(formShortCode(after)).not.toBe(formShortCode(before));
  });

  it('treats a missing amount as null', () => {
    const d = data();
    d.project.recoveryFen = null;
    const missing = data();
    delete (missing.project as Partial<JointReviewFormData['project']>).recoveryFen;
    expect(approvedDataDigest(missing)).toBe(approvedDataDigest(d));
  });
});

describe('formShortCode', () => {
  it('is JR- and 12 Crockford base32 characters of the first 60 bits', () => {
    const code = formShortCode(approvedDataDigest(data()));
    expect(code).toMatch(SHORT_CODE_PATTERN);
    expect(code).toMatch(/^JR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(code).not.toMatch(/[ILOU]/);
    expect(formShortCode('0'.repeat(64))).toBe('JR-0000-0000-0000');
    expect(formShortCode('f'.repeat(64))).toBe('JR-ZZZZ-ZZZZ-ZZZZ');
    expect(formShortCode(`000000000000001${'f'.repeat(49)}`)).toBe('JR-0000-0000-0001');
    // 0x123456789abcdef in 5-bit groups: 2 8 26 5 12 30 4 26 23 19 15 15 → 28T5CY4TQKFF (no I/L/O/U)
    expect(formShortCode(`123456789abcdef${'0'.repeat(49)}`)).toBe('JR-28T5-CY4T-QKFF');
  });

  it('only reads the first 60 bits', () => {
    const d = approvedDataDigest(data());
    expect(formShortCode(d.slice(0, 15) + '0'.repeat(49))).toBe(formShortCode(d));
  });

  it('rejects a non-hex or too-short digest', () => {
    expect(() => formShortCode('xyz')).toThrow(RangeError);
    expect(() => formShortCode('abc')).toThrow(RangeError);
  });
});

describe('normalizeShortCode / formCodeMatches / verifyUrl', () => {
  it('accepts what people type', () => {
    expect(normalizeShortCode('jr-abcd-efgh-jkmn')).toBe('JR-ABCD-EFGH-JKMN');
    expect(normalizeShortCode(' JR ABCD EFGH JKMN ')).toBe('JR-ABCD-EFGH-JKMN');
    expect(normalizeShortCode('abcdefghjkmn')).toBe('JR-ABCD-EFGH-JKMN');
    expect(normalizeShortCode('JR-O0IL-0000-0000')).toBe('JR-0011-0000-0000');
    expect(normalizeShortCode('JR-JR00-0000-0000')).toBe('JR-JR00-0000-0000');
    expect(normalizeShortCode('JR-ABCD-EFGH')).toBeNull();
    expect(normalizeShortCode('JR-ABCD-EFGH-JKMU')).toBeNull();
  });

  it('matches the code of the data on record, and not after a change', () => {
    const code = formShortCode(approvedDataDigest(data()));
    expect(formCodeMatches(code, data())).toBe(true);
    expect(formCodeMatches(code.toLowerCase(), data())).toBe(true);
    const d = data();
    d.project.controlPriceFen = wan(261);
    expect(formCodeMatches(code, d)).toBe(false);
    expect(formCodeMatches('garbage', data())).toBe(false);
  });

  it('builds the public verify URL', () => {
    expect(verifyUrl('https://govit.sucheng.gov.cn', 'JR-ABCD-EFGH-JKMN')).toBe(
      'https://govit.sucheng.gov.cn/verify/JR-ABCD-EFGH-JKMN',
    );
    expect(verifyUrl('https://govit.sucheng.gov.cn/', 'JR-ABCD-EFGH-JKMN')).toBe(
      'https://govit.sucheng.gov.cn/verify/JR-ABCD-EFGH-JKMN',
    );
  });
});
