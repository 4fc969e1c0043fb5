// 申报材料 [data-testid=documents-panel] (Art.10(1)): the four required materials (✓/✗), upload per
// type, every version with its SM3 digest and a download link; a version never submitted may be
// withdrawn by the unit that uploaded it.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, List, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { del } from '../../api/client';
import type { DocItem, DocumentsResult, DocVersion } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { problemText, useNotify } from '../../app/useNotify';
import { formatDateTime, usePick } from '../../i18n/format';
import { useCite } from '../../plan/cite';
import { UploadButton } from './UploadButton';

const size = (n: number) =>
  n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

export function DocumentsPanel({
  projectId,
  tick,
  onChanged,
}: {
  projectId: string;
  tick: number;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const { data, error, loading, reload } = useApi<DocumentsResult>(`/projects/${projectId}/documents`);
  const [otherType, setOtherType] = useState<string>();
  useEffect(() => {
    if (tick > 0) reload();
  }, [tick, reload]);
  const changed = () => {
    reload();
    onChanged();
  };
  const accept = (data?.allowedExtensions ?? []).map((e) => `.${e}`).join(',');

  const withdraw = async (d: DocVersion) => {
    try {
      await del(`/documents/${d.id}`);
      notify.success(t('docs.withdrawn'));
      changed();
    } catch (e) {
      notify.error(e, reload);
    }
  };

  const versionRow = (d: DocVersion, withdrawable: boolean) => (
    <Space size={8} wrap key={d.id} data-testid="doc-version">
      <Tag>v{d.version}</Tag>
      <a href={`/api/v1/documents/${d.id}/download`} data-testid="doc-download">
        {d.fileName}
      </a>
      <Typography.Text type="secondary">{size(d.sizeBytes)}</Typography.Text>
      <Tooltip title={`SM3 ${d.sm3}`}>
        <Typography.Text code className="govit-mono">
          SM3 {d.sm3.slice(0, 12)}…
        </Typography.Text>
      </Tooltip>
      <Typography.Text type="secondary">
        {formatDateTime(d.uploadedAt)}
        {d.uploadedByName ? ` · ${d.uploadedByName}` : ''}
      </Typography.Text>
      {d.submittedAt ? <Tag color="blue">{t('docs.submitted')}</Tag> : <Tag>{t('docs.notSubmitted')}</Tag>}
      {withdrawable && (
        <Popconfirm title={t('docs.withdrawConfirm', { name: d.fileName })} onConfirm={() => withdraw(d)}>
          <Button size="small" type="link" danger data-testid="doc-withdraw">
            {t('docs.withdraw')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  const byType = new Map((data?.items ?? []).map((i) => [i.docType, i]));
  const upload = (code: string, label?: string) =>
    data?.canUpload &&
    data.docTypes.some((d) => d.code === code) && (
      <UploadButton
        projectId={projectId}
        docType={code}
        accept={accept}
        maxBytes={data.maxBytes}
        label={label}
        onUploaded={changed}
      />
    );

  return (
    <Card data-testid="documents-panel" loading={loading && !data} title={t('docs.title')}>
      {error && <Alert type="error" showIcon title={problemText(error, i18n.language)} />}
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {t('docs.intro', {
              article: cite(data.requiredArticle ?? 'Art.10(1)'),
              types: data.allowedExtensions.join(', '),
              mb: Math.floor(data.maxBytes / 1048576),
            })}
          </Typography.Paragraph>
          {!data.canUpload && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('docs.readOnly')} />}
          <Table
            size="middle"
            rowKey="code"
            pagination={false}
            dataSource={data.requiredTypes}
            data-testid="required-materials"
            columns={[
              {
                title: t('docs.material'),
                key: 'name',
                width: 200,
                render: (_, r) => (
                  <Space>
                    {r.uploaded ? (
                      <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="✓" />
                    ) : (
                      <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label="✗" />
                    )}
                    {pick(r.zh, r.en)}
                  </Space>
                ),
              },
              {
                title: t('docs.status'),
                key: 'st',
                width: 100,
                render: (_, r) => (
                  <Tag
                    color={r.uploaded ? 'green' : 'red'}
                    data-testid={`required-${r.code}`}
                    data-uploaded={String(r.uploaded)}
                  >
                    {r.uploaded ? t('docs.uploadedYes') : t('docs.uploadedNo')}
                  </Tag>
                ),
              },
              {
                title: t('docs.versions'),
                key: 'v',
                render: (_, r) => <Versions item={byType.get(r.code)} row={versionRow} />,
              },
              {
                title: t('common.actions'),
                key: 'a',
                width: 120,
                render: (_, r) => upload(r.code, byType.has(r.code) ? t('docs.newVersion') : undefined),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('docs.others')}
          </Typography.Title>
          {data.canUpload && (
            <Space style={{ marginBottom: 12 }}>
              <Select
                style={{ width: 220 }}
                placeholder={t('docs.chooseType')}
                value={otherType}
                onChange={setOtherType}
                options={data.docTypes
                  .filter((d) => !data.requiredTypes.some((r) => r.code === d.code))
                  .map((d) => ({ value: d.code, label: pick(d.zh, d.en) }))}
              />
              {otherType && upload(otherType)}
            </Space>
          )}
          <List
            size="small"
            dataSource={(data.items ?? []).filter((i) => !data.requiredTypes.some((r) => r.code === i.docType))}
            locale={{ emptyText: t('docs.noOthers') }}
            renderItem={(i) => (
              <List.Item>
                <Space orientation="vertical" size={2}>
                  <strong>{pick(i.docTypeName, i.docTypeNameEn)}</strong>
                  <Versions item={i} row={versionRow} />
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}

function Versions({ item, row }: { item?: DocItem; row: (d: DocVersion, withdrawable: boolean) => ReactNode }) {
  if (!item) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {item.versions.map((v) => row(v, !!v.withdrawable))}
    </Space>
  );
}
