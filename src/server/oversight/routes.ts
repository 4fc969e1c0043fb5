// The oversight chapter's routes (Art.22, 31, 33; issue 10): performance evaluations, third-party
// assignments, spot checks, oversight requests, the project's panel and the sanctions in force. The
// rectification ladder itself is three project actions (src/server/projects/actions/rectification.ts).
import type { ZApp } from '../zapp.js';
import { assignmentRoutes } from './assignments.js';
import { evaluationRoutes } from './evaluations.js';
import { panelRoutes } from './panel.js';
import { requestRoutes } from './requests.js';
import { spotCheckRoutes } from './spot-checks.js';

export async function oversightRoutes(app: ZApp) {
  await app.register(evaluationRoutes);
  await app.register(assignmentRoutes);
  await app.register(spotCheckRoutes);
  await app.register(requestRoutes);
  await app.register(panelRoutes);
}
