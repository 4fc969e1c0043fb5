// 登记数据共享落实情况 (the data bureau, Art.7 先共享再续建) and 登记安全测评记录 (等保备案/测评, 密评,
// 风险评估; Art.20, 21): the forms of a system's page for its sharing and its security records.
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SECURITY_RECORD_CODES, SECURITY_RECORD_KINDS } from '../../domain/delivery/systems';
import { post } from '../api/client';
import type { InfoSystem } from '../api/system-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { EvidenceSelect, type SystemModalProps, SystemModal, useActionTitle } from './SystemModal';

export function SharingModal({ system, onClose, onDone, onUploaded }: SystemModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const title = useActionTitle(system);
  const notify = useNotify();
  const [form] = Form.useForm<{ fulfilled: boolean; note: string; documentId?: string }>();
  const { busy, refused, run } = useSubmit(form);
  const noteLabel = t('systems.note');
  return (
    <SystemModal
      title={title('record_sharing')}
      testId="sharing"
      form={form}
      busy={busy}
      refused={refused}
      intro={t('systems.sharingIntro', { article: cite('Art.7') })}
      initialValues={{ fulfilled: system.sharingFulfilled, note: system.sharingEvidence?.note }}
      onFinish={(v) =>
        run(async () => {
          const s = await post<InfoSystem>(`/systems/${system.id}/sharing`, { ...v, note: v.note.trim() });
          notify.success(t('systems.sharingDone'));
          onDone(s);
        })
      }
      onClose={onClose}
    >
      <Form.Item name="fulfilled" label={t('systems.fulfilled')}>
        <Radio.Group id="sharingFulfilled">
          <Radio value>{t('systems.sharingYes')}</Radio>
          <Radio value={false}>{t('systems.sharingNo')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="note"
        label={noteLabel}
        rules={[
          { required: true, whitespace: true, min: 4, message: t('validation.min', { label: noteLabel, min: 4 }) },
        ]}
      >
        <Input.TextArea id="sharingNote" rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="documentId" label={t('systems.evidence')} extra={t('systems.uploadFirst')}>
        <EvidenceSelect id="sharingDocument" system={system} docType="sharing_evidence" onUploaded={onUploaded} />
      </Form.Item>
    </SystemModal>
  );
}

interface SecurityValues {
  kind: (typeof SECURITY_RECORD_CODES)[number];
  date: Dayjs;
  result: 'pass' | 'fail' | 'filed';
  reference: string;
  nextDueOn?: Dayjs;
  documentId?: string;
}

export function SecurityModal({ system, onClose, onDone, onUploaded }: SystemModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const title = useActionTitle(system);
  const notify = useNotify();
  const [form] = Form.useForm<SecurityValues>();
  const { busy, refused, run } = useSubmit(form);
  const kind = Form.useWatch('kind', form) ?? 'mlps_test';
  const isFiling = kind === 'mlps_filing';
  const day = (d?: Dayjs) => d?.format('YYYY-MM-DD');
  return (
    <SystemModal<SecurityValues>
      title={title('record_security')}
      testId="security"
      form={form}
      busy={busy}
      refused={refused}
      intro={cite(SECURITY_RECORD_KINDS[kind].article)}
      initialValues={{ kind: 'mlps_test', result: 'pass' }}
      onFinish={(v) =>
        run(async () => {
          await post(`/systems/${system.id}/security-records`, {
            kind: v.kind,
            date: day(v.date),
            result: v.result,
            reference: v.reference.trim(),
            nextDueOn: day(v.nextDueOn),
            documentId: v.documentId,
          });
          notify.success(t('systems.securityDone'));
          onDone();
        })
      }
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('systems.kind')}>
        <Select
          id="securityKind"
          onChange={(k: string) => form.setFieldValue('result', k === 'mlps_filing' ? 'filed' : 'pass')}
          options={SECURITY_RECORD_CODES.map((k) => ({
            value: k,
            label: `${pick(SECURITY_RECORD_KINDS[k].zh, SECURITY_RECORD_KINDS[k].en)}（${cite(SECURITY_RECORD_KINDS[k].article)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="date"
        label={t('systems.date')}
        rules={[{ required: true, message: t('validation.required', { label: t('systems.date') }) }]}
      >
        <DatePicker id="securityDate" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="result" label={t('systems.result')} extra={t('systems.filingResult')}>
        <Radio.Group id="securityResult">
          {isFiling ? (
            <Radio value="filed">{t('systems.results.filed')}</Radio>
          ) : (
            <>
              <Radio value="pass">{t('systems.results.pass')}</Radio>
              <Radio value="fail">{t('systems.results.fail')}</Radio>
            </>
          )}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="reference"
        label={t('systems.reference')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { label: t('systems.reference') }) },
        ]}
      >
        <Input id="securityReference" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="nextDueOn"
        label={t('systems.nextDueOn')}
        dependencies={['date']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, next?: Dayjs) => {
              const d = getFieldValue('date') as Dayjs | undefined;
              return !next || !d || next.isAfter(d, 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('systems.nextAfter')));
            },
          }),
        ]}
      >
        <DatePicker id="securityNextDue" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="documentId" label={t('systems.evidence')}>
        <EvidenceSelect id="securityDocument" system={system} docType="security_test_report" onUploaded={onUploaded} />
      </Form.Item>
    </SystemModal>
  );
}
