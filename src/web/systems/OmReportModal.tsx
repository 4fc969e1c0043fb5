// 提交年度运维服务情况报表 (the owner unit, Art.33): one report per ended O&M period, in its five sections
// (系统运行、安全管理、用户使用、经费支付、运营成效); R-OM-REPORT marks a late one, never refuses it.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OM_REPORT_SECTIONS } from '../../domain/delivery/om-report';
import { post } from '../api/client';
import type { Finding } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { EvidenceSelect, type SystemModalProps, SystemModal, useActionTitle } from './SystemModal';

interface OmValues {
  year: number;
  sections: Record<string, string>;
  documentId?: string;
}

export function OmReportModal({ system, onClose, onDone, onUploaded }: SystemModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const title = useActionTitle(system);
  const notify = useNotify();
  const [form] = Form.useForm<OmValues>();
  const { busy, refused, run } = useSubmit(form);
  const open = system.omPeriods.filter((p) => !p.report);
  return (
    <SystemModal<OmValues>
      title={title('file_om_report')}
      testId="om-report"
      form={form}
      busy={busy}
      refused={refused}
      width={760}
      intro={t('systems.omIntro', { article: cite('Art.33') })}
      initialValues={{ year: open[0]?.year }}
      onFinish={(v) =>
        run(async () => {
          const r = await post<{ findings: Finding[] }>(`/systems/${system.id}/om-reports`, {
            year: v.year,
            sections: Object.fromEntries(OM_REPORT_SECTIONS.map((s) => [s.code, (v.sections[s.code] ?? '').trim()])),
            documentId: v.documentId,
          });
          notify.success(t(r.findings.some((f) => f.rule === 'R-OM-REPORT') ? 'systems.omDoneLate' : 'systems.omDone'));
          onDone();
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="year"
        label={t('systems.year')}
        rules={[{ required: true, message: t('validation.select', { label: t('systems.year') }) }]}
      >
        <Select
          id="omYear"
          options={open.map((p) => ({
            value: p.year,
            label: `${t('systems.yearValue', { year: p.year })}（${p.from} ~ ${p.to}；${t('systems.dueDate')} ${p.dueDate ?? '—'}）`,
          }))}
        />
      </Form.Item>
      {OM_REPORT_SECTIONS.map((s) => (
        <Form.Item
          key={s.code}
          name={['sections', s.code]}
          label={pick(s.zh, s.en)}
          rules={[{ required: true, whitespace: true, message: t('validation.required', { label: pick(s.zh, s.en) }) }]}
        >
          <Input.TextArea id={`om_${s.code}`} rows={2} maxLength={5000} />
        </Form.Item>
      ))}
      <Form.Item name="documentId" label={t('systems.evidence')}>
        <EvidenceSelect id="omDocument" system={system} docType="om_report" onUploaded={onUploaded} />
      </Form.Item>
    </SystemModal>
  );
}
