// Who and what the demo history (demo-delivery.ts) is about: its projects of the plan year — three
// build projects of units that declare directly (no sector authority, Art.9) and the O&M project of
// the park's new platform — the old system that platform replaces, and the helpers its steps share.
import type { Db } from '../../db/client.js';
import { addDays, type IsoDate, parseIsoDate } from '../../domain/calendar/index.js';
import { type Fen, wan } from '../../domain/money.js';
import type { DemoBody, DemoCall, DemoClient } from './demo-client.js';
import type { DemoProjectSpec } from './demo-form.js';

/** The history being planned: its day arithmetic and its queue of steps. */
export interface DemoHistory {
  api: DemoClient;
  db: Db;
  planYear: number;
  today: IsoDate;
  /** The day, or the next working day where the calendar knows the year. */
  workday(d: IsoDate): IsoDate;
  /** Like workday, but always before today. */
  late(d: IsoDate): IsoDate;
  /** Queues a step on a Beijing day at a time (HH:MM). */
  on(day: IsoDate, time: string, run: () => Promise<void>): void;
  earliestAcceptance(trialStart: IsoDate): IsoDate;
  warrantyEnd(acceptedOn: IsoDate): IsoDate;
}

interface DemoProject extends DemoProjectSpec {
  who: string;
  kind: 'build' | 'operate';
  controlFen: Fen;
  contractFen: Fen;
  /** The supervision contract (Art.19: over 50万); null below the line. */
  supervisionFen: Fen | null;
  /** Payments: the advance, on going live, the rest after acceptance (build projects). */
  pay: [Fen, Fen, Fen];
}

export const P = {
  edu: {
    who: 'edu',
    kind: 'build',
    name: '智慧教育云平台',
    totalFen: wan(260),
    resource: '中小学生学籍信息',
    scenario: '义务教育入学报名“一件事”网上办理',
    target: ['入学报名网上办理率', '不低于90%'],
    controlFen: wan(255),
    contractFen: wan(250),
    supervisionFen: wan(5),
    pay: [wan(75), wan(100), wan(75)],
  },
  street: {
    who: 'street',
    kind: 'build',
    name: '项里街道网格化社会治理平台',
    totalFen: wan(85),
    resource: '网格事件信息',
    scenario: '网格事件发现、派单、处置、反馈闭环',
    target: ['事件按时办结率', '不低于95%'],
    controlFen: wan(83),
    contractFen: wan(80),
    supervisionFen: wan(2),
    pay: [wan(24), wan(32), wan(24)],
  },
  park: {
    who: 'park',
    kind: 'build',
    name: '经开区企业服务一体化平台',
    totalFen: wan(360),
    resource: '园区企业基础信息',
    scenario: '惠企政策“免申即享”',
    target: ['政策兑现平均办理时长', '不超过5个工作日'],
    controlFen: wan(352),
    contractFen: wan(350),
    supervisionFen: wan(7),
    pay: [wan(105), wan(140), wan(105)],
  },
  om: {
    who: 'park',
    kind: 'operate',
    name: '经开区企业服务一体化平台运维服务',
    totalFen: wan(36),
    resource: '园区企业基础信息',
    scenario: '平台运行维护、安全保障与用户支持',
    target: ['系统可用率', '不低于99.5%'],
    controlFen: wan(35),
    contractFen: wan(34),
    supervisionFen: null,
    pay: [0, 0, 0],
  },
} satisfies Record<string, DemoProject>;
export type Key = keyof typeof P;
export const ALL: Key[] = ['edu', 'street', 'park', 'om'];
export const BUILDS: Key[] = ['edu', 'street', 'park'];
/** The park's portal of 2016, in the register before the platform: the new platform replaces it. */
export const OLD_SYSTEM = '经开区企业服务平台';

/** What every step reaches: the history, the ids as they are made, calls as the demo accounts. */
export interface Cast {
  h: DemoHistory;
  id: Record<Key, string>;
  sys: { old: string; park: string };
  org: Map<string, string>;
  as(who: string): DemoCall;
  url(k: Key, path?: string): string;
  /** POST on a project, by its declarant unless `who` says otherwise. */
  post(k: Key, path: string, body?: unknown, who?: string): Promise<DemoBody>;
  /** Uploads a document to a project (by its declarant unless `who`); returns its id. */
  doc(k: Key, type: string, who?: string): Promise<string>;
  /** Runs one step for each of the projects, in order. */
  each(keys: Key[], f: (k: Key) => Promise<unknown>): () => Promise<void>;
}

export function castOf(h: DemoHistory): Cast {
  const id: Record<Key, string> = { edu: '', street: '', park: '', om: '' };
  const url = (k: Key, path = '') => `/projects/${id[k]}${path}`;
  return {
    h,
    id,
    sys: { old: '', park: '' },
    org: new Map(),
    as: (who) => h.api.as(who),
    url,
    post: (k, path, body = {}, who = P[k].who) => h.api.as(who)('POST', url(k, path), body),
    doc: async (k, type, who = P[k].who) =>
      (await h.api.upload(who, url(k, '/documents'), type, `${P[k].name}-${type}.pdf`)).id,
    each: (keys, f) => async () => {
      for (const k of keys) await f(k);
    },
  };
}

/** The implementer reports progress, the supervisor files a report on it (Art.16, 19). */
export async function reportProgress(c: Cast, k: Key, day: IsoDate, milestone: string, percent: number) {
  await c.post(k, '/progress', { milestone, percent }, 'zhongwu');
  // A report filed early in a month covers the month before.
  const { year, month } = parseIsoDate(addDays(day, -7));
  await c.post(
    k,
    '/supervision-reports',
    {
      period: `${year}年${month}月`,
      summary: `进度、质量、投资受控；${milestone}。`,
      documentId: await c.doc(k, 'supervision_report', 'supervisor'),
    },
    'supervisor',
  );
}
