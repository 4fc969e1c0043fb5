// The edition's periods of the delivery chapter (Art.25 试运行, Art.27 验收报告, Art.29 质保), read from
// the project's edition (GET /rules?edition=, `parameters`) and counted the domain's way (民法典 Art.202,
// addMonths; an earliest-allowed date never moves). Nothing here types a number of months.
import { addMonths } from '../../domain/calendar/dates';
import type { Duration } from '../../domain/editions/types';
import type { Project } from '../api/plan-types';
import { useEditionParams } from '../plan/useRules';

const months = (d: Duration) => (d.unit === 'year' ? d.value * 12 : d.value);

export interface DeliveryPeriods {
  trialMin: Duration;
  trialMinSoftware: Duration;
  trialMax: Duration;
  acceptanceReportPeriod: Duration;
  warrantyMin: Duration;
}

/** The project's delivery periods, or undefined while GET /rules is loading. */
export function useDeliveryPeriods(project: Pick<Project, 'editionId'>): DeliveryPeriods | undefined {
  const params = useEditionParams(project.editionId);
  if (!params) return undefined;
  const keys = ['trialMin', 'trialMinSoftware', 'trialMax', 'acceptanceReportPeriod', 'warrantyMin'] as const;
  if (keys.some((k) => !params[k])) return undefined;
  return params as unknown as DeliveryPeriods;
}

/**
 * The acceptance window a trial start opens (Art.25): the earliest day (1 month, 3 for software
 * development, never moved) and 6 months after, which the server moves to a working day off a rest day.
 */
export function windowFor(p: DeliveryPeriods, startedOn: string, softwareDevelopment: boolean) {
  const min = softwareDevelopment ? p.trialMinSoftware : p.trialMin;
  return {
    months: months(min),
    earliest: addMonths(startedOn, months(min)),
    max: months(p.trialMax),
    latest: addMonths(startedOn, months(p.trialMax)),
  };
}

/** The first day the warranty may end (Art.29: 不少于三年 from the acceptance, as R-WARRANTY counts it). */
export function warrantyMinimumEnd(p: DeliveryPeriods, acceptanceDate: string): string {
  return addMonths(acceptanceDate, months(p.warrantyMin));
}

/** A period in whole units of its own (3 years → 3, 1 month → 1). */
export const periodValue = (d: Duration) => d.value;
