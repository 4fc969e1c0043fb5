// What the monthly monitoring and the elimination list answer (统一监测, SPEC §4 R-MONITOR; Art.32;
// issue 13): a submission's counts and bad rows, a system's monthly history with its flags, and the
// elimination list with each entry's evidence, decision and steps. The serializer checks each answer
// against these; the OpenAPI document and the web's types (src/web/api/openapi.d.ts) are generated
// from them.
import { z } from 'zod';
import { ELIMINATION_STATUSES, FINDING_SEVERITIES, MONITORING_FLAGS } from '../../domain/oversight/monitoring.js';
import { SYSTEM_STATUSES } from '../../domain/delivery/systems.js';
import { type Edition, LEGAL_NUMBER_WORDS } from '../../domain/editions/types.js';
import { int, isoDate, isoDateTime, keysOf, uuid } from '../platform/api-schemas.js';

/** A calendar month, `YYYY-MM`. */
const month = z.string().meta({ description: '月份 YYYY-MM / month' });
const word = z.enum(LEGAL_NUMBER_WORDS);

export const MonitoringFlagSchema = keysOf(MONITORING_FLAGS).meta({ id: 'MonitoringFlag' });
export const EliminationStatusSchema = keysOf(ELIMINATION_STATUSES).meta({ id: 'EliminationStatus' });

/** Why a flag is raised (domain/oversight/monitoring.ts FlagEvidence): the months, the figures, the line. */
export const FlagEvidenceSchema = z
  .object({
    flag: MonitoringFlagSchema,
    article: z.string(),
    months: z.array(month),
    /** The figure per month (CPU %, users + calls, availability %, open high/critical findings). */
    values: z.array(z.number()),
    threshold: z.string(),
    message: z.string(),
    messageEn: z.string(),
  })
  .meta({ id: 'FlagEvidence' });

/** An edition parameter (domain/editions/types.ts Param): the value, its article, since when, its note. */
const param = <T extends z.ZodType>(value: T) =>
  z.object({ value, article: z.string(), effective: isoDate, note: z.string(), noteEn: z.string() });
const duration = param(int).extend({ unit: z.enum(['working_day', 'month', 'year']), word: word.optional() });

/** The edition's monitoring thresholds (Art.32; the Measures set no numbers: platform readings). */
export const MonitoringThresholdsSchema = z
  .object({
    lowUseCpuPercent: param(z.number()).extend({ word }),
    lowUseMonths: duration,
    idleMonths: duration,
    unusableAvailabilityPercent: param(z.number()).extend({ word }),
    seriousRiskSeverities: param(z.array(keysOf(FINDING_SEVERITIES))),
    rectificationPeriod: duration,
  })
  .meta({ id: 'MonitoringThresholds' });

/** POST /monitoring/rows and /monitoring/import: the counts, the bad rows, the systems newly listed. */
export const MonitoringSubmitResultSchema = z
  .object({
    rows: int,
    accepted: int,
    created: int,
    replaced: int,
    errors: z.array(z.object({ row: int, column: z.string(), message: z.string() })),
    listed: z.array(z.object({ systemId: uuid, entryId: uuid, flags: z.array(MonitoringFlagSchema) })),
  })
  .meta({ id: 'MonitoringSubmitResult' });
export type MonitoringSubmitResult = z.output<typeof MonitoringSubmitResultSchema>;

/** One month of a system as the big data center reported it, with its use in percent. */
export const MonitoringMonthSchema = z
  .object({
    month,
    vcpuAllocated: z.number(),
    vcpuUsed: z.number(),
    memoryAllocatedGb: z.number(),
    memoryUsedGb: z.number(),
    storageAllocatedGb: z.number(),
    storageUsedGb: z.number(),
    availabilityPercent: z.number(),
    activeUsers: int,
    calls: int,
    findings: z.object({ critical: int, high: int, medium: int, low: int }),
    /** Null when nothing is allocated. */
    cpuPercent: z.number().nullable(),
    memoryPercent: z.number().nullable(),
    storagePercent: z.number().nullable(),
  })
  .meta({ id: 'MonitoringMonth' });

/** GET /systems/:id/monitoring: the months, the flags raised now, the system's entries on the list. */
export const MonitoringHistorySchema = z
  .object({
    months: z.array(MonitoringMonthSchema),
    flags: z.array(FlagEvidenceSchema),
    thresholds: MonitoringThresholdsSchema,
    entries: z.array(
      z.object({
        id: uuid,
        status: EliminationStatusSchema,
        flags: z.array(MonitoringFlagSchema),
        throughMonth: month,
        listedAt: isoDateTime,
        decidedAt: isoDateTime.nullable(),
        decisionNote: z.string().nullable(),
        rectificationDueOn: isoDate.nullable(),
        cloudReclaimedOn: isoDate.nullable(),
        shutdownOn: isoDate.nullable(),
      }),
    ),
    rule: z.string(),
    article: z.string(),
  })
  .meta({ id: 'MonitoringHistory' });
export type MonitoringHistory = z.output<typeof MonitoringHistorySchema>;

/** What the data bureau may do on an entry now (monitoring.decide). */
export const ELIMINATION_ACTIONS = ['decide', 'record_cloud_reclaim', 'record_shutdown'] as const;

/** An entry of the elimination list: the system, its flags and evidence, the decision and its steps. */
export const EliminationEntrySchema = z
  .object({
    id: uuid,
    system: z.object({
      id: uuid,
      code: z.string(),
      name: z.string(),
      status: keysOf(SYSTEM_STATUSES),
      owner: z.string().nullable(),
    }),
    status: EliminationStatusSchema,
    statusLabel: z.object({ zh: z.string(), en: z.string() }),
    flags: z.array(MonitoringFlagSchema),
    evidence: z.array(FlagEvidenceSchema),
    throughMonth: month,
    listedAt: isoDateTime,
    decidedAt: isoDateTime.nullable(),
    /** The decider's name. */
    decidedBy: z.string().nullable(),
    decisionNote: z.string().nullable(),
    rectificationDueOn: isoDate.nullable(),
    cloudReclaimedOn: isoDate.nullable(),
    cloudReclaimNote: z.string().nullable(),
    shutdownOn: isoDate.nullable(),
    shutdownNote: z.string().nullable(),
    version: int,
    rule: z.string(),
    article: z.string(),
    actions: z.array(z.enum(ELIMINATION_ACTIONS)),
  })
  .meta({ id: 'EliminationEntry' });
export type EliminationEntry = z.output<typeof EliminationEntrySchema>;

/** GET /monitoring/eliminations. */
export const EliminationListSchema = z
  .object({
    items: z.array(EliminationEntrySchema),
    thresholds: MonitoringThresholdsSchema,
    /** Today (Asia/Shanghai) on the server's clock: the web's date pickers take their bounds from the server. */
    today: isoDate,
    /** For the keep form: the earliest rectification deadline allowed for a decision today (the day after). */
    earliestRectificationDueOn: isoDate,
    /** For the keep form: the latest rectification deadline allowed for a decision today (null: no calendar). */
    latestRectificationDueOn: isoDate.nullable(),
  })
  .meta({ id: 'EliminationList' });
export type EliminationList = z.output<typeof EliminationListSchema>;

/** The thresholds as the answers carry them (a copy: the edition's lists are read-only). */
export function presentThresholds(m: Edition['monitoring']): z.output<typeof MonitoringThresholdsSchema> {
  return { ...m, seriousRiskSeverities: { ...m.seriousRiskSeverities, value: [...m.seriousRiskSeverities.value] } };
}
