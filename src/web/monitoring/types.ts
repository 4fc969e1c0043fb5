// What the monitoring API answers (src/server/monitoring/*), as the web reads it: generated from the
// server's response schemas (src/server/monitoring/responses.ts, `npm run openapi`).
import type { components } from '../api/openapi';

type S = components['schemas'];

export type MonitoringHistory = S['MonitoringHistory'];
export type EliminationEntry = S['EliminationEntry'];
export type EliminationList = S['EliminationList'];
export type SubmitResult = S['MonitoringSubmitResult'];
