// 月度监测报送 (Art.32): the big data center downloads the template and uploads the month's rows (.xlsx
// or .csv); the answer lists the rows with errors by row number and column, and what was kept.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postForm } from '../api/client';
import { useNotify } from '../app/useNotify';
import type { SubmitResult } from './types';

export function MonitoringImportPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [result, setResult] = useState<SubmitResult | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (file: File) => {
    setBusy(true);
    try {
      const fd = new FormData();
      fd.append('file', file);
      setResult(await postForm<SubmitResult>('/monitoring/import', fd));
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('monitoring.menuImport')} data-testid="monitoring-import">
      <Typography.Paragraph type="secondary">{t('monitoring.importIntro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} href="/api/v1/monitoring/template.xlsx">
          {t('monitoring.template')}
        </Button>
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy}>
            {t('monitoring.upload')}
          </Button>
        </Upload>
      </Space>
      {result && (
        <>
          <Alert
            type={result.errors.length ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 16 }}
            title={t('monitoring.result', { ...result, errors: result.errors.length })}
            description={result.listed.length ? t('monitoring.listed', { n: result.listed.length }) : undefined}
            data-testid="monitoring-import-result"
          />
          {result.errors.length > 0 && (
            <Table
              rowKey={(e) => `${e.row}-${e.column}`}
              size="small"
              title={() => t('monitoring.errors')}
              dataSource={result.errors}
              pagination={false}
              columns={[
                { title: t('monitoring.row'), dataIndex: 'row', width: 80 },
                { title: t('monitoring.column'), dataIndex: 'column', width: 180 },
                { title: t('monitoring.message'), dataIndex: 'message' },
              ]}
            />
          )}
        </>
      )}
    </Card>
  );
}
