// Plan years in Beijing time: the calendar year now, and the plan year a new call is for (Art.8).

/** The Beijing-time calendar year now (the plan year of a new call is usually this + 1). */
export function shanghaiYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}

/** The plan year a new call is for: next year, or the year after once this year's 10-15 deadline has passed (Art.8). */
export function nextPlanYear(now = new Date()): number {
  const y = shanghaiYear(now);
  const deadline = new Date(`${y}-10-15T23:59:59.999+08:00`);
  return now.getTime() > deadline.getTime() ? y + 2 : y + 1;
}
