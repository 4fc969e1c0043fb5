// Calendar module (SPEC §5 Time): Asia/Shanghai calendar dates, PRC working days with 调休,
// 民法典 Art.201–203 periods, and deadlines stored with their rule. Pure: the only thing loaded at
// import time is the static holiday table generated from chinese-days (generate-holidays.ts).
import { createCalendar, type WorkingCalendar } from './calendar.js';
import { HOLIDAY_DATA } from './holidays-data.js';

export * from './dates.js';
export * from './calendar.js';
export * from './deadlines.js';
export { HOLIDAY_DATA } from './holidays-data.js';

/**
 * The calendar built from the shipped table. The server may instead build one with
 * createCalendar(tableFromDataBureau) and pass that to the same functions.
 */
export const defaultCalendar: WorkingCalendar = createCalendar(HOLIDAY_DATA);
