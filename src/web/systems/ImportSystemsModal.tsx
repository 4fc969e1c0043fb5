// Importing existing systems from .xlsx (the data bureau; Art.2 "已建、在建", Art.32 清理、规范和整合):
// download the template, upload the filled workbook, read what was registered and every row that was
// not — by row number and column header, with the reason (POST /systems/import).
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { postForm } from '../api/client';
import type { ImportResult } from '../api/system-types';
import { useNotify } from '../app/useNotify';

export function ImportSystemsModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  return (
    <Modal
      open
      width={880}
      title={t('systems.import')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="import-close">
          {t('common.close')}
        </Button>
      }
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('systems.importIntro')} />
      <Space style={{ marginBottom: 16 }} wrap>
        <Button icon={<DownloadOutlined />} href="/api/v1/systems/import-template.xlsx" data-testid="import-template">
          {t('systems.template')}
        </Button>
        <span data-testid="import-upload">
          <Upload
            showUploadList={false}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            customRequest={async ({ file, onSuccess, onError }) => {
              setBusy(true);
              const fd = new FormData();
              fd.append('file', file as Blob, (file as File).name);
              try {
                const r = await postForm<ImportResult>('/systems/import', fd);
                setResult(r);
                onSuccess?.(r);
              } catch (e) {
                onError?.(e as Error);
                notify.error(e);
              } finally {
                setBusy(false);
              }
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy}>
              {t('systems.chooseFile')}
            </Button>
          </Upload>
        </span>
      </Space>
      {result && (
        <div data-testid="import-result">
          <Alert
            type={result.errors.length ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 16 }}
            title={t('systems.importSummary', {
              rows: result.rows,
              created: result.created.length,
              errors: result.errors.length,
            })}
          />
          <Typography.Title level={5}>{t('systems.createdRows')}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={result.created}
            data-testid="import-created"
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('systems.row'), dataIndex: 'row', width: 80 },
              { title: t('systems.code'), dataIndex: 'code', width: 120 },
              {
                title: t('systems.name'),
                dataIndex: 'name',
                render: (name: string, r) => <Link to={`/systems/${r.id}`}>{name}</Link>,
              },
            ]}
          />
          <Typography.Title level={5}>{t('systems.errorRows')}</Typography.Title>
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            pagination={false}
            dataSource={result.errors}
            data-testid="import-errors"
            columns={[
              { title: t('systems.row'), dataIndex: 'row', width: 80 },
              { title: t('systems.column'), dataIndex: 'column', width: 200 },
              { title: t('systems.message'), dataIndex: 'message' },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
