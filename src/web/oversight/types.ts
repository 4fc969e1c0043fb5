// What the oversight routes answer (src/server/oversight/*): generated from the server's response
// schemas (src/server/oversight/responses.ts, `npm run openapi`).
import type { components } from '../api/openapi';

type S = components['schemas'];

/** GET /projects/:id/oversight */
export type OversightPanelData = S['OversightPanelData'];
/** GET /evaluation-assignments: one assignment with its evaluator, score and project. */
export type AssignmentItem = S['EvaluationAssignmentList']['items'][number];
export type SpotCheckItem = S['SpotCheckItem'];
export type SpotCheckPool = S['SpotCheckPool'];
export type SpotCheckDraw = S['SpotCheckDraw'];
export type SpotCheckDrawList = S['SpotCheckDrawList'];
/** POST /spot-checks, GET /spot-checks/:drawId */
export type SpotCheckDrawResult = S['SpotCheckDrawResult'];
