// The cockpit's answer as the web reads it (GET /api/v1/cockpit, src/server/cockpit/cockpit.ts):
// generated from the server's response schemas (src/server/cockpit/responses.ts, `npm run openapi`).
import type { components } from '../api/openapi';

type S = components['schemas'];

export type PipelineStep = S['PipelineStep'];
export type Figures = S['Figures'];
export type Note = S['CockpitNote'];
export type PartyTimeliness = S['PartyTimeliness'];
export type OversightSection = S['OversightSection'];
export type Cockpit = S['Cockpit'];

/** A figure to drill into: the query of GET /cockpit/projects and the title the list shows (UI state). */
export interface Drill {
  title: string;
  query: Record<string, string | number | undefined>;
}

export type DrillPage = S['CockpitDrillPage'];
