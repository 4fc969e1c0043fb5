// Building blocks of the response schemas (issue 13). Each area declares what it answers with in
// its own `responses.ts` from these; routes name the schema under `response`, the serializer checks
// every answer against it (platform/response-contract.ts), and the OpenAPI document and the web's
// generated types (src/web/api/openapi.d.ts) come from the same schemas.
//
// Formats are documentation here, not checks: the server produced these values itself, and a
// regex over every date of a 200-row page would cost time for nothing.
import { z } from 'zod';
import { STAGES } from '../../domain/lifecycle/stages.js';

/** An instant, UTC, ISO 8601 (`2026-12-02T01:00:00.000Z`); the web shows it in Asia/Shanghai. */
export const isoDateTime = z.string().meta({ format: 'date-time' });
/** A calendar day in Asia/Shanghai, `YYYY-MM-DD`. */
export const isoDate = z.string().meta({ format: 'date' });
/** Money in integer fen (分). */
export const fen = z.number().int().meta({ description: '金额（分） / amount in fen' });
/** A row id. */
export const uuid = z.string().meta({ format: 'uuid' });
export const int = z.number().int();

/** A code with its Chinese and English names. */
export const Named = z.object({ code: z.string(), name: z.string(), nameEn: z.string() }).meta({ id: 'Named' });

/** `{ ok: true }` of a command that has nothing else to say. */
export const Ok = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });

/** The enum of a domain catalogue's keys (STAGES, ROLES, …), so clients get the codes as a union. */
export function keysOf<K extends string>(catalogue: Record<K, unknown>) {
  return z.enum(Object.keys(catalogue) as [K, ...K[]]);
}

/** A page of a list: the items and the exact total of the filtered list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: int, page: int, pageSize: int });
}

/**
 * A file answer (exports, downloads, archives): the bytes go as they are, no serializer runs. For
 * `response: { 200: fileAnswer('导出的表格', 'text/csv') }`.
 */
export function fileAnswer(description: string, ...contentTypes: string[]) {
  const bytes = z.any().meta({ type: 'string', format: 'binary' });
  return {
    description,
    content: Object.fromEntries(contentTypes.map((t) => [t, { schema: bytes }])),
  };
}

/** A project's stage (src/domain/lifecycle/stages.ts), one component for every answer that names one. */
export const StageSchema = keysOf(STAGES).meta({ id: 'Stage' });
