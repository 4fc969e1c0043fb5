// A TEST FIXTURE, not the official calendar: a made-up 2027 holiday table so that tests whose dates
// run into 2027 (acceptance windows, report deadlines) can compute them. The official 2027 notice is
// entered by the data bureau (PUT /api/v1/calendar/2027) or shipped once chinese-days publishes it.
// Shaped like a real year: New Year, a 9-day Spring Festival with two adjusted working weekends, etc.
import type { Client } from './server.js';

export const FIXTURE_2027 = {
  holidays: [
    '2027-01-01',
    '2027-02-05',
    '2027-02-06',
    '2027-02-07',
    '2027-02-08',
    '2027-02-09',
    '2027-02-10',
    '2027-02-11',
    '2027-02-12',
    '2027-02-13',
    '2027-04-05',
    '2027-05-01',
    '2027-05-02',
    '2027-05-03',
    '2027-05-04',
    '2027-05-05',
    '2027-06-09',
    '2027-09-15',
    '2027-10-01',
    '2027-10-02',
    '2027-10-03',
    '2027-10-04',
    '2027-10-05',
    '2027-10-06',
    '2027-10-07',
  ],
  workdays: ['2027-01-30', '2027-02-20', '2027-10-09'],
  basis: '测试夹具（非官方节假日安排）',
};

/** Enters the fixture year as the data bureau would enter the official one. */
export async function enterCalendarFixture(bureau: Client): Promise<void> {
  const res = await bureau.put('/api/v1/calendar/2027', FIXTURE_2027);
  if (res.status !== 200) throw new Error(`calendar fixture: ${res.status} ${JSON.stringify(res.body)}`);
}
