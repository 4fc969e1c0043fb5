// The edition's periods of the delivery chapter (Art.25 试运行, Art.27 验收报告, Art.29 质保), read from
// the project's edition (GET /rules?edition=, `parameters`) for the forms' words. The dates themselves
// (window, warranty minimum) come from the server, computed by the domain on the calendar in force.
import type { Duration } from '../../domain/editions/types';
import type { Project } from '../api/plan-types';
import { useEditionParams } from '../plan/useRules';

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

/** A period in whole units of its own (3 years → 3, 1 month → 1). */
export const periodValue = (d: Duration) => d.value;
