// Pieces of an approval route (Art.11, 12) shown in the application form, its preview and the
// approval tab: the reasons (rule, article, words) and the documents with whether each is uploaded.
import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocSlot } from '../api/approval-types';
import type { Finding } from '../api/plan-types';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';

export function FindingLines({ findings, header, testId }: { findings: Finding[]; header?: string; testId?: string }) {
  const pick = usePick();
  const cite = useCite();
  return (
    <List
      size="small"
      header={header}
      dataSource={findings}
      style={{ marginBottom: 12 }}
      data-testid={testId}
      renderItem={(f) => (
        <List.Item>
          <Space size={4} wrap>
            <Typography.Text code>{f.rule}</Typography.Text>
            <Typography.Text type="secondary">{cite(f.article)}</Typography.Text>
            <span>{pick(f.message, f.messageEn)}</span>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** A slot is satisfied by any of its document types being uploaded (e.g. 可研 or 建设方案, Art.11). */
export function SlotList({ slots, uploaded, testId }: { slots: DocSlot[]; uploaded: Set<string>; testId?: string }) {
  const { t } = useTranslation();
  const pick = usePick();
  return (
    <List
      size="small"
      header={t('application.documents')}
      dataSource={slots}
      data-testid={testId}
      renderItem={(s) => {
        const have = s.anyOf.some((c) => uploaded.has(c));
        return (
          <List.Item>
            <Space>
              {pick(s.zh, s.en)}
              <Tag color={have ? 'green' : 'red'}>{t(have ? 'application.uploaded' : 'application.missing')}</Tag>
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
