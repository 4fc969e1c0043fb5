// A system's own documents (SPEC §6): the evidence of its sharing, security tests, O&M reports and exit
// when no project of it holds the file; uploaded by the owner unit or the data bureau.
import { Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type DocumentType } from '../../domain/documents';
import type { DocVersion } from '../api/plan-types';
import type { InfoSystem } from '../api/system-types';
import { downloadHref } from '../delivery/useDelivery';
import { formatDateTime, usePick } from '../i18n/format';
import { UploadButton } from '../projects/documents/UploadButton';

const card = { style: { marginBottom: 16 } };

/** The types a system holds itself: the server's SYSTEM_DOCUMENT_TYPES, which GET /systems/:id does not send. */
const SYSTEM_DOC_TYPES: DocumentType[] = [
  'sharing_evidence',
  'security_test_report',
  'om_report',
  'exit_material',
  'other',
];

export function SystemDocumentsCard({
  system,
  canUpload,
  onUploaded,
}: {
  system: InfoSystem;
  canUpload: boolean;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const pick = usePick();
  const [docType, setDocType] = useState<DocumentType>('other');
  return (
    <Card title={t('systems.documents')} data-testid="system-documents" {...card}>
      <Typography.Paragraph type="secondary">{t('systems.documentsIntro')}</Typography.Paragraph>
      {canUpload && (
        <Space style={{ marginBottom: 12 }}>
          <Select
            style={{ width: 240 }}
            value={docType}
            onChange={setDocType}
            aria-label={t('systems.docType')}
            options={SYSTEM_DOC_TYPES.map((c) => ({
              value: c,
              label: pick(DOCUMENT_TYPES[c].zh, DOCUMENT_TYPES[c].en),
            }))}
          />
          <UploadButton
            path={`/systems/${system.id}/documents`}
            docType={docType}
            accept=""
            maxBytes={Number.MAX_SAFE_INTEGER}
            onUploaded={onUploaded}
          />
        </Space>
      )}
      {system.documents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('systems.noDocuments')} />
      ) : (
        <Table<DocVersion>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={system.documents}
          columns={[
            {
              title: t('systems.docType'),
              dataIndex: 'docTypeName',
              width: 200,
              render: (_: string, d) => pick(d.docTypeName, d.docTypeNameEn),
            },
            {
              title: t('docs.versions'),
              dataIndex: 'fileName',
              render: (name: string, d) => (
                <Space>
                  <Tag>v{d.version}</Tag>
                  <a href={downloadHref(d.id)}>{name}</a>
                </Space>
              ),
            },
            {
              title: t('common.updatedAt'),
              dataIndex: 'uploadedAt',
              width: 220,
              render: (v: string, d) => `${formatDateTime(v)}${d.uploadedByName ? ` · ${d.uploadedByName}` : ''}`,
            },
          ]}
        />
      )}
    </Card>
  );
}
