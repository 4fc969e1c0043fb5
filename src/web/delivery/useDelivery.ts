// GET /projects/:id/delivery for the delivery forms and the 验收运行 tab.
import type { Delivery } from '../api/delivery-types';
import { useApi } from '../api/useApi';

export function useDelivery(projectId: string, tick = 0) {
  return useApi<Delivery>(`/projects/${projectId}/delivery${tick ? `?t=${tick}` : ''}`);
}

/** "/api/v1/documents/:id/download" */
export const downloadHref = (documentId: string) => `/api/v1/documents/${documentId}/download`;
