// Shapes of the systems register API (信息系统台账; Art.2, 6, 7, 20, 21, 30, 32, 33): GET /systems (the
// list the person may see), GET /systems/:id (the page, with `actions` and `editableFields`), the
// .xlsx import's answer. Generated from the server's response schemas (src/server/systems/responses.ts,
// `npm run openapi`); the codes the domain owns (statuses, exit steps, security kinds) are its types.
import type { ExitStep, SecurityRecordKind, SystemRelation, SystemStatus } from '../../domain/delivery/systems';
import type { components } from './openapi';

type S = components['schemas'];

export type { ExitStep, SecurityRecordKind, SystemRelation, SystemStatus };

export type InfoSystemSummary = S['InfoSystemSummary'];
export type SystemAction = S['SystemAction'];
export type SecurityRecord = S['SystemSecurityRecord'];
export type OmReport = S['OmReport'];
export type OmPeriod = S['OmPeriod'];
export type SystemExit = S['SystemExit'];
/** GET /systems/:id */
export type InfoSystem = S['InfoSystem'];
/** POST /systems/import */
export type ImportResult = S['SystemImportResult'];
