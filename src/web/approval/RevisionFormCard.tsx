// 终稿修订 and 联合评审表 (Art.14): the 3-working-day deadline with a countdown (late = overdue,
// counted, not blocked — R-REVISE-3WD); once the final version is in, the generated form (.docx /
// PDF) with its verification code, whether the signed scan is uploaded (R-FORM), and the approval.
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JointReview } from '../api/approval-types';
import type { Project } from '../api/plan-types';
import { Countdown } from '../calls/Countdown';
import { formatDateTime } from '../i18n/format';
import { useCite } from '../plan/cite';

export function RevisionFormCard({
  project,
  review,
  scanUploaded,
}: {
  project: Project;
  review: JointReview | undefined;
  scanUploaded: boolean;
}) {
  const { t } = useTranslation();
  const cite = useCite();
  const due = project.revisionDueAt ?? null;
  const submitted = project.revisionSubmittedAt ?? null;
  const overdue = review?.revision.overdue ?? project.revisionOverdue ?? false;
  const inRevision = project.stage === 'revision';
  return (
    <Card
      title={t('revision.title', { article: cite('Art.14') })}
      style={{ marginBottom: 16 }}
      data-testid="revision-card"
    >
      {inRevision && !due && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('revision.noDeadline')} />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'due',
            label: t('revision.due'),
            children: due ? (
              <Space wrap>
                <span data-testid="revision-due">{t('revision.dueValue', { time: formatDateTime(due) })}</span>
                {inRevision && (
                  <Countdown deadlineAt={due} testId="revision-countdown" passedText={t('revision.overdue')} />
                )}
              </Space>
            ) : (
              '—'
            ),
          },
          {
            key: 'sub',
            label: t('revision.submittedAt'),
            children: submitted ? (
              <Space>
                <span>{formatDateTime(submitted)}</span>
                <Tag color={overdue ? 'red' : 'green'} data-testid="revision-status" data-overdue={String(overdue)}>
                  {t(overdue ? 'revision.lateSubmitted' : 'revision.onTime')}
                </Tag>
              </Space>
            ) : (
              '—'
            ),
          },
        ]}
      />
      {overdue && (
        <Typography.Paragraph type="danger" style={{ marginTop: 8 }}>
          {t('revision.overdueHint')}
        </Typography.Paragraph>
      )}

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('jrForm.title', { article: cite('Art.14') })}
      </Typography.Title>
      {!project.formCode ? (
        <Typography.Text type="secondary">{t('jrForm.notReady')}</Typography.Text>
      ) : (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'code',
                label: t('jrForm.code'),
                children: (
                  <Typography.Text code copyable data-testid="form-code">
                    {project.formCode}
                  </Typography.Text>
                ),
              },
              {
                key: 'scan',
                label: t('jrForm.scan'),
                children: (
                  <Tag color={scanUploaded ? 'green' : 'orange'} data-testid="scan-status">
                    {t(scanUploaded ? 'jrForm.scanYes' : 'jrForm.scanNo')}
                  </Tag>
                ),
              },
              { key: 'appr', label: t('jrForm.approvedAt'), children: formatDateTime(project.approvedAt) },
            ]}
          />
          <Space wrap style={{ marginTop: 8 }}>
            <Button
              icon={<DownloadOutlined />}
              href={`/api/v1/projects/${project.id}/joint-review-form.docx`}
              data-testid="download-joint-docx"
            >
              {t('approvalActions.downloadDocx')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={`/api/v1/projects/${project.id}/joint-review-form.pdf`}
              data-testid="download-joint-pdf"
            >
              {t('approvalActions.downloadPdf')}
            </Button>
            <Link to={`/verify/${project.formCode}`}>
              <Button icon={<SafetyCertificateOutlined />}>{t('jrForm.verify')}</Button>
            </Link>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            {t('jrForm.codeHint')}
          </Typography.Paragraph>
          {project.stage === 'form_pending' && !scanUploaded && (
            <Alert type="info" showIcon title={t('jrForm.scanHint')} />
          )}
        </>
      )}
    </Card>
  );
}
