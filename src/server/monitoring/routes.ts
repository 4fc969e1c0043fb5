// Monthly monitoring and the elimination list (SPEC §4 R-MONITOR; Art.32): submission by the big data
// center (JSON, .xlsx/.csv, the template), the list and the data bureau's decisions, and a system's
// monthly history. Multipart is registered here for the upload (its own size limit).
import multipart from '@fastify/multipart';
import { documentStore } from '../documents/routes.js';
import { IMPORT_MAX_BYTES } from '../systems/import-systems.js';
import type { ZApp } from '../zapp.js';
import { eliminationRoutes } from './elimination.js';
import { monitoringHistoryRoutes } from './history.js';
import { submitMonitoringRoutes } from './submit.js';

export async function monitoringRoutes(app: ZApp) {
  const store = documentStore(app.services.config);
  await app.register(multipart, {
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
  });
  await submitMonitoringRoutes(app, store);
  await eliminationRoutes(app);
  await monitoringHistoryRoutes(app);
}
