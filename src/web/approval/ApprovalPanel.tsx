// 审核批复 tab (Art.11–14): the approval route recorded at application and its reasons, the NDRC
// approval where R-NDRC applies, the joint review, the revision deadline and the joint review form.
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JointReview } from '../api/approval-types';
import type { DocumentsResult, Project } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { formatDateTime, usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { isAtOrAfter } from '../plan/stages';
import { JointReviewCard } from './JointReviewCard';
import { RevisionFormCard } from './RevisionFormCard';
import { RoutePreview } from './RoutePreview';
import { FindingLines } from './RouteParts';

export function ApprovalPanel({ project, tick }: { project: Project; tick: number }) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const route = project.approvalRoute ?? null;
  const applied = route !== null;
  const review = useApi<JointReview>(applied ? `/projects/${project.id}/joint-review?t=${tick}` : null).data;
  const docs = useApi<DocumentsResult>(applied ? `/projects/${project.id}/documents?t=${tick}` : null).data;
  if (!route) return <RoutePreview project={project} />;
  const path = route.simplifiedPaths.find((s) => s.code === route.path);
  const ndrc = project.ndrcApproval ?? null;
  return (
    <div data-testid="approval-panel">
      <Card title={t('route.title')} style={{ marginBottom: 16 }} data-testid="route-card">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'ndrc',
              label: cite('Art.12'),
              children: route.ndrcRequired ? (
                <Tag color={ndrc ? 'green' : 'orange'} data-testid="ndrc-status">
                  {ndrc ? `${t('ndrc.recorded')}：${ndrc.docNumber}（${ndrc.date}）` : t('ndrc.none')}
                </Tag>
              ) : (
                <Tag data-testid="ndrc-status">{t('ndrc.notRequired')}</Tag>
              ),
            },
            {
              key: 'path',
              label: t('route.path'),
              children: path ? `${cite(path.article)}：${pick(path.zh, path.en)}` : t('application.standard'),
            },
            { key: 'at', label: t('route.submittedAt'), children: formatDateTime(route.at) },
          ]}
        />
        <FindingLines findings={route.findings} />
      </Card>
      {review && <JointReviewCard review={review} />}
      {/* The revision and the form follow a joint review that passed (Art.14): from `revision` on. */}
      {isAtOrAfter(project.stage, 'revision') && (
        <RevisionFormCard
          project={project}
          review={review}
          scanUploaded={(docs?.items ?? []).some((d) => d.docType === 'joint_review_scan')}
        />
      )}
    </div>
  );
}
