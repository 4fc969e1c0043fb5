// The official PRC working-day calendar as data the data bureau maintains (SPEC §5; issue: "as
// data …, updatable without a code change"). The shipped table (chinese-days) is the base; a
// year entered here (e.g. 2027 once the State Council publishes it) overrides or extends it.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.js';
import { settings } from '../../db/schema.js';
import {
  CalendarYearNotCoveredError,
  createCalendar,
  describeDeadline,
  HOLIDAY_DATA,
  isWorkingDay,
  type DeadlineRule,
  type HolidayTable,
  type WorkingCalendar,
} from '../../domain/calendar/index.js';
import { AppError } from '../errors.js';
import { auditTx } from '../audit/record.js';
import { requirePermission, requireUser } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { CalendarSchema, CalendarYearSchema, ComputedDeadlineSchema } from './responses.js';

const KEY = 'holiday_table';

async function overrides(db: Db | Tx): Promise<HolidayTable> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  return (row?.value as HolidayTable | undefined) ?? {};
}

/** The calendar in force: shipped years plus the data bureau's entries. */
export async function calendarInForce(db: Db | Tx): Promise<WorkingCalendar> {
  return createCalendar({ ...HOLIDAY_DATA, ...(await overrides(db)) });
}

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');

export async function calendarRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/calendar',
    {
      schema: {
        tags: ['platform'],
        summary: '法定节假日与调休工作日数据（覆盖年份）',
        response: { 200: CalendarSchema },
      },
    },
    async (req) => {
      requireUser(req);
      const own = await overrides(db);
      const table = { ...HOLIDAY_DATA, ...own };
      return {
        years: Object.keys(table).map(Number).sort(),
        source: Object.fromEntries(
          Object.keys(table).map((y) => [y, y in own ? ('data_bureau' as const) : ('shipped' as const)]),
        ),
        table,
      };
    },
  );

  // Public: a date rule of SPEC §5 worked out on the calendar in force, so anyone can check a deadline.
  app.get(
    '/calendar/compute',
    {
      schema: {
        tags: ['platform'],
        summary: '期限计算（公开）：某日后第N个工作日、N个月后的期限（遇休息日顺延）或最早日期（不顺延）',
        security: [],
        querystring: z
          .object({
            from: isoDate,
            workingDays: z.coerce.number().int().min(1).max(366).optional(),
            months: z.coerce.number().int().min(1).max(120).optional(),
            kind: z.enum(['deadline', 'earliest']).default('deadline'),
          })
          .refine(
            (q) => (q.workingDays === undefined) !== (q.months === undefined),
            '请给出 workingDays 或 months 之一',
          ),
        response: { 200: ComputedDeadlineSchema },
      },
    },
    async (req) => {
      const q = req.query;
      const rule: DeadlineRule =
        q.workingDays !== undefined
          ? { kind: 'working-days-after', n: q.workingDays }
          : { kind: q.kind === 'earliest' ? 'earliest-months-after' : 'months-after', n: q.months! };
      const cal = await calendarInForce(db);
      try {
        const d = describeDeadline(cal, q.from, rule);
        return { ...d, workingDay: isWorkingDay(cal, d.date) };
      } catch (err) {
        if (err instanceof CalendarYearNotCoveredError) {
          throw new AppError(
            422,
            'CALENDAR_YEAR_NOT_COVERED',
            `官方工作日历尚未覆盖所需年份，请区数据局先录入该年度的节假日安排：${err.message}`,
            { messageEn: err.message },
          );
        }
        throw err;
      }
    },
  );

  app.put(
    '/calendar/:year',
    {
      schema: {
        tags: ['platform'],
        summary: '录入/更新某年的法定节假日与调休上班日（区数据局，依国务院办公厅通知）',
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: z.object({
          holidays: z.array(isoDate).max(60),
          workdays: z.array(isoDate).max(20),
          basis: z.string().trim().min(4, '请注明依据的通知文号').max(200),
        }),
        response: { 200: CalendarYearSchema },
      },
    },
    async (req) => {
      await requirePermission(req, 'call.manage');
      const year = String(req.params.year);
      const entry = {
        holidays: [...new Set(req.body.holidays)].sort(),
        workdays: [...new Set(req.body.workdays)].sort(),
      };
      try {
        createCalendar({ [year]: entry }); // validates: dates in that year, workdays on weekends, no overlap
      } catch (err) {
        throw new AppError(400, 'BAD_CALENDAR', `节假日数据无效：${(err as Error).message}`, {
          messageEn: (err as Error).message,
        });
      }
      await db.transaction(async (tx) => {
        const own = await overrides(tx);
        const next = { ...own, [year]: entry };
        await tx
          .insert(settings)
          .values({ key: KEY, value: next, updatedBy: req.auth!.user.id, updatedAt: req.now })
          .onConflictDoUpdate({
            target: settings.key,
            set: {
              value: next,
              version: sql`${settings.version} + 1`,
              updatedAt: req.now,
              updatedBy: req.auth!.user.id,
            },
          });
        await auditTx(tx, req, {
          action: 'calendar.updated',
          outcome: 'success',
          targetType: 'calendar',
          targetId: year,
          detail: { ...entry, basis: req.body.basis },
        });
      });
      return { year: Number(year), ...entry, basis: req.body.basis };
    },
  );
}
