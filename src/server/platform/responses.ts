// What the platform calls answer (issue 13): the health check and the working-day calendar (SPEC §5).
import { z } from 'zod';
import { int, isoDate } from './api-schemas.js';

/** GET /health, answered with 200 when all holds and 503 otherwise (for load balancers and monitoring). */
export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded', 'unavailable']),
    database: z.object({
      kind: z.enum(['pglite', 'postgres']),
      ok: z.boolean(),
      /** Absent when the database did not answer. */
      latencyMs: z.number().optional(),
    }),
    storage: z.object({
      ok: z.boolean(),
      /** errno code of the failed write (ENOSPC, EACCES, EROFS…). */
      error: z.string().optional(),
      message: z.string().optional(),
      messageEn: z.string().optional(),
    }),
    /** Absent when the database did not answer. */
    uptimeSeconds: int.optional(),
  })
  .meta({ id: 'Health' });
export type Health = z.output<typeof HealthSchema>;

/** One year of the State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知). */
export const HolidayYearSchema = z
  .object({
    /** Days off: statutory holidays and the days moved next to them (放假调休). */
    holidays: z.array(isoDate),
    /** Saturdays/Sundays that are working days (调休上班). */
    workdays: z.array(isoDate),
  })
  .meta({ id: 'HolidayYear' });

export const CalendarSchema = z
  .object({
    years: z.array(int),
    /** Per year: shipped with the platform, or entered by the data bureau. */
    source: z.record(z.string(), z.enum(['data_bureau', 'shipped'])),
    table: z.record(z.string(), HolidayYearSchema),
  })
  .meta({ id: 'Calendar' });

/** PUT /calendar/:year: the year as stored, with the notice it follows. */
export const CalendarYearSchema = HolidayYearSchema.extend({
  year: int,
  basis: z.string().meta({ description: '依据的通知文号 / the notice it follows' }),
}).meta({ id: 'CalendarYear' });

/** GET /calendar/compute: the date, the rule that produced it and its basis (stored together). */
export const ComputedDeadlineSchema = z
  .object({
    date: isoDate,
    rule: z.object({ kind: z.enum(['working-days-after', 'months-after', 'earliest-months-after']), n: int }),
    /** The date the rule counts from (excluded from the count, 民法典 Art.201). */
    basis: isoDate,
    workingDay: z.boolean(),
  })
  .meta({ id: 'ComputedDeadline' });
