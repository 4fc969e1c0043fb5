// Shapes of the delivery API (Measures Art.16–33): GET /projects/:id/delivery (progress, payments,
// supervision reports, yearly self-evaluations, trial runs, acceptance attempts, linked systems), the
// trial/acceptance summaries of GET /projects/:id and the project's timeline. Money is always integer
// fen; days are YYYY-MM-DD (Asia/Shanghai); instants are ISO strings. Generated from the server's
// response schemas (src/server/projects/responses.ts, delivery-responses.ts) into ./openapi.d.ts
// (`npm run openapi`); the names here are the web's.
import type { Duration } from '../../domain/editions/types';
import type { components } from './openapi';

type S = components['schemas'];

/** The current trial run and acceptance attempt, as GET /projects/:id sends them (presentDelivery), and the service end. */
export type DeliveryFields = Pick<S['Project'], 'trial' | 'acceptance' | 'serviceEndOn'>;

export type MoneyRecord = S['MoneyRecord'];
export type SelfEvaluationState = S['SelfEvaluationState'];
export type WindowPosition = S['WindowPosition'];
export type SelfEvaluationRow = S['SelfEvaluationRow'];
export type TrialRow = S['TrialRow'];
export type AssetItem = S['AssetItem'];
export type AcceptanceRow = S['AcceptanceRow'];
/** The acceptance window a trial start opens (GET /projects/:id/trial/window, Art.25). */
export type AcceptanceWindow = S['AcceptanceWindow'];

/** GET /projects/:id/delivery */
export type Delivery = S['Delivery'];

/** The edition's periods as GET /rules?edition= sends them (`parameters`). */
export type EditionPeriod = Duration;

/** One line of GET /projects/:id/timeline. */
export type TimelineItem = S['TimelineItem'];
/** GET /projects/:id/timeline */
export type Timeline = S['Timeline'];
