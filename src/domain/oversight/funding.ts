// What a later project's funding depends on in the system it works on (SPEC §4 R-MONITOR, R-NO-FUNDS;
// Art.32, 33): whether the monitoring eliminated the system, whether the project that built it was
// accepted, and whether its 等保 / 密评 / risk assessments pass and are up to date. Pure: the server
// reads the records, this decides what they mean.
import { compareIsoDate, type IsoDate } from '../calendar/index.js';
import type { SecurityRecordKind } from '../delivery/systems.js';
import type { Stage } from '../lifecycle/stages.js';

/** Stages at which a build project has passed its completion acceptance (竣工验收, Art.24–27). */
export const ACCEPTED_STAGES: readonly Stage[] = ['accepted', 'handover', 'operation', 'completed', 'closed'];

export const isAccepted = (stage: Stage): boolean => ACCEPTED_STAGES.includes(stage);

/**
 * The periodic security records Art.33 ¶4 speaks of ("不符合网络和数据安全及密码应用要求，未按等级（分级）
 * 保护标准要求等建设"): the 等保 test, the 密评 and the security risk assessment. The 等保 filing has no
 * pass/fail and is not one of them.
 */
export const FUNDING_SECURITY_KINDS: readonly SecurityRecordKind[] = [
  'mlps_test',
  'crypto_assessment',
  'risk_assessment',
];

export interface SecurityRecordFact {
  kind: SecurityRecordKind;
  date: IsoDate;
  result: string;
  nextDueOn: IsoDate | null;
}

export interface SecurityProblem {
  kind: SecurityRecordKind;
  /** The latest record of that kind. */
  date: IsoDate;
  problem: 'fail' | 'overdue';
  nextDueOn: IsoDate | null;
}

/**
 * Per kind, the latest record decides: failed (result 'fail'), or overdue (its next one was due before
 * `today` — the due day itself is still in time). A kind with no record is no problem here: the
 * platform refuses on records, not on their absence (docs/rules.md R-NO-FUNDS).
 */
export function securityProblems(records: readonly SecurityRecordFact[], today: IsoDate): SecurityProblem[] {
  const out: SecurityProblem[] = [];
  for (const kind of FUNDING_SECURITY_KINDS) {
    const latest = records
      .filter((r) => r.kind === kind)
      .sort((a, b) => compareIsoDate(a.date, b.date))
      .at(-1);
    if (!latest) continue;
    if (latest.result === 'fail') out.push({ kind, date: latest.date, problem: 'fail', nextDueOn: latest.nextDueOn });
    else if (latest.nextDueOn !== null && compareIsoDate(latest.nextDueOn, today) < 0)
      out.push({ kind, date: latest.date, problem: 'overdue', nextDueOn: latest.nextDueOn });
  }
  return out;
}

/** A system a project builds on, upgrades, continues or maintains, with what decides its funding. */
export interface FundedSystemFacts {
  code: string;
  name: string;
  /** The monitoring eliminated it (Art.32): the day of the decision; null otherwise. */
  eliminatedOn: IsoDate | null;
  /** Its build projects that have not passed the completion acceptance (Art.33 ¶4 "未经验收"). */
  unacceptedBuilds: readonly { code: string; name: string }[];
  /** Failed or overdue security records (Art.33 ¶4). */
  securityProblems: readonly SecurityProblem[];
}
