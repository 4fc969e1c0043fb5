// Before the application (Art.11, 12): the route the platform would take for the project as it
// stands — whether 区发改局 must approve, why, and the documents it needs — so the declarant can
// prepare them. The four facts that change it are asked in the application form itself.
import { Alert, Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalRouteResult } from '../api/approval-types';
import type { DocumentsResult, Project } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { FindingLines, SlotList } from './RouteParts';

export function RoutePreview({ project }: { project: Project }) {
  const { t } = useTranslation();
  const listed = project.stage === 'listed';
  const route = useApi<ApprovalRouteResult>(listed ? `/projects/${project.id}/approval-route` : null).data;
  const docs = useApi<DocumentsResult>(listed ? `/projects/${project.id}/documents` : null).data;
  if (!listed) return <Empty description={t('route.none')} data-testid="approval-empty" />;
  const uploaded = new Set((docs?.items ?? []).map((d) => d.docType));
  return (
    <Card title={t('route.preview')} loading={!route} data-testid="route-preview">
      {route && (
        <>
          <Alert
            type={route.ndrcRequired ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 12 }}
            title={route.ndrcRequired ? t('application.ndrcYes') : t('application.ndrcNo')}
            description={t('route.previewHint')}
          />
          <FindingLines findings={route.findings} />
          <SlotList slots={route.requiredDocuments} uploaded={uploaded} />
        </>
      )}
    </Card>
  );
}
