// 审计发现 (Art.34, 31; issue 10): the audit bureau records findings (text, severity, article, answer due date);
// the project's owner answers each once. The server decides who sees and does what (canRecord / canAnswer;
// 403 for everyone else).
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import { useApi } from '../api/useApi';
import { problemText } from '../app/useNotify';
import { formatDateTime, usePick } from '../i18n/format';

interface AuditFinding {
  id: string;
  text: string;
  severity: string;
  severityName: string;
  severityNameEn: string;
  article: string;
  answerDueOn: string;
  state: 'open' | 'overdue' | 'answered';
  recordedAt: string;
  answer: string | null;
  answeredAt: string | null;
}
interface FindingsAnswer {
  items: AuditFinding[];
  canRecord: boolean;
  canAnswer: boolean;
  severities: { code: string; zh: string; en: string }[];
}

const STATE_COLOR = { open: 'gold', overdue: 'red', answered: 'green' } as const;

export function AuditFindingsPanel({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<FindingsAnswer>(`/projects/${projectId}/audit-findings`);
  const [form] = Form.useForm<{ text: string; severity: string; article: string; due: Dayjs }>();
  const [answering, setAnswering] = useState<AuditFinding | null>(null);
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      message.success(t('audit.findings.saved'));
      reload();
      return true;
    } catch (e) {
      message.error(problemText(e, i18n.language));
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (error) return <Typography.Paragraph type="secondary">{t('audit.findings.notParty')}</Typography.Paragraph>;
  return (
    <div data-testid="audit-findings-panel">
      <Typography.Paragraph type="secondary">{t('audit.findings.intro')}</Typography.Paragraph>
      {data?.canRecord && (
        <Form
          form={form}
          layout="vertical"
          style={{ maxWidth: 720, marginBottom: 16 }}
          initialValues={{ severity: 'medium', due: dayjs().add(15, 'day') }}
          onFinish={(v) =>
            run(() =>
              post(`/projects/${projectId}/audit-findings`, {
                text: v.text,
                severity: v.severity,
                article: v.article,
                answerDueOn: v.due.format('YYYY-MM-DD'),
              }),
            ).then((ok) => ok && form.resetFields(['text', 'article']))
          }
        >
          <Form.Item
            name="text"
            label={t('audit.findings.text')}
            rules={[{ required: true, message: t('audit.findings.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="severity" label={t('audit.findings.severity')}>
              <Select
                style={{ width: 140 }}
                options={(data.severities ?? []).map((s) => ({ value: s.code, label: pick(s.zh, s.en) }))}
              />
            </Form.Item>
            <Form.Item
              name="article"
              label={t('audit.findings.article')}
              tooltip={t('audit.findings.articleHint')}
              rules={[{ required: true, message: t('audit.findings.required') }]}
            >
              <Input style={{ width: 160 }} placeholder="Art.16" />
            </Form.Item>
            <Form.Item name="due" label={t('audit.findings.due')} rules={[{ required: true }]}>
              <DatePicker format="YYYY-MM-DD" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
            </Form.Item>
          </Space>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="record-audit-finding">
            {t('audit.findings.record')}
          </Button>
        </Form>
      )}
      <Table<AuditFinding>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('audit.findings.empty') }}
        expandable={{
          rowExpandable: (f) => Boolean(f.answer),
          expandedRowRender: (f) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              <b>{t('audit.findings.answer')}</b>（{formatDateTime(f.answeredAt)}）：{f.answer}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            title: t('audit.findings.recordedAt'),
            dataIndex: 'recordedAt',
            width: 150,
            render: (v: string) => formatDateTime(v),
          },
          {
            title: t('audit.findings.text'),
            dataIndex: 'text',
            render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>,
          },
          {
            title: t('audit.findings.severity'),
            key: 'sev',
            width: 90,
            render: (_, f) => pick(f.severityName, f.severityNameEn),
          },
          { title: t('audit.findings.article'), dataIndex: 'article', width: 100 },
          { title: t('audit.findings.due'), dataIndex: 'answerDueOn', width: 110 },
          {
            title: t('audit.findings.state'),
            key: 'state',
            width: 150,
            render: (_, f) => (
              <Space>
                <Tag color={STATE_COLOR[f.state]}>{t(`audit.findings.states.${f.state}`)}</Tag>
                {data?.canAnswer && !f.answer && (
                  <Button size="small" onClick={() => setAnswering(f)}>
                    {t('audit.findings.doAnswer')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={answering !== null}
        title={t('audit.findings.answerTitle')}
        okText={t('audit.findings.submit')}
        confirmLoading={busy}
        okButtonProps={{ disabled: !answer.trim() }}
        onCancel={() => setAnswering(null)}
        onOk={() =>
          answering &&
          run(() => post(`/projects/${projectId}/audit-findings/${answering.id}/answer`, { answer })).then((ok) => {
            if (ok) {
              setAnswering(null);
              setAnswer('');
            }
          })
        }
      >
        <Typography.Paragraph type="secondary">{answering?.text}</Typography.Paragraph>
        <Input.TextArea rows={4} value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={4000} />
      </Modal>
    </div>
  );
}
