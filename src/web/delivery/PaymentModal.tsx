// 登记合同付款 (Art.16) and 登记资金拨付 (Art.26): an amount typed in 元 (sent as integer fen), the day,
// a note; a payment may carry its voucher. The contract, what is paid and what is disbursed are shown
// above; the server refuses a payment beyond the contract (Art.16, 17) and a disbursement before the
// acceptance report (R-ACCEPT-ORDER) — shown in the form with the rule and article.
import { DatePicker, Descriptions, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../domain/documents';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { wanGrouped, yuanInputToFen, yuanRule } from '../plan/money';
import { DocSelect } from '../plan/pickers';
import { YuanInput } from '../projects/form/YuanInput';
import { ActionModal, type DeliveryModalProps, isoDay } from './ActionModal';
import { useDelivery } from './useDelivery';

interface Values {
  amountYuan: string;
  paidOn: Dayjs;
  note?: string;
  documentId?: string;
}

export function PaymentModal({
  project,
  onClose,
  onDone,
  kind,
}: DeliveryModalProps & { kind: 'payment' | 'disbursement' }) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form, { amountFen: 'amountYuan' });
  const d = useDelivery(project.id).data;
  const isPayment = kind === 'payment';
  const contractFen = d?.contractFen ?? project.contractFen ?? null;
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/${isPayment ? 'payments' : 'disbursements'}`, {
        amountFen: yuanInputToFen(v.amountYuan),
        paidOn: isoDay(v.paidOn),
        note: v.note?.trim() ?? '',
        ...(isPayment ? { documentId: v.documentId } : {}),
      });
      notify.success(t(isPayment ? 'delivery.payment.done' : 'delivery.payment.disbursementDone'));
      onDone(p);
    });
  const dateLabel = t(isPayment ? 'delivery.payment.paidOn' : 'delivery.payment.disbursedOn');
  return (
    <ActionModal<Values>
      action={isPayment ? 'record_payment' : 'record_disbursement'}
      form={form}
      busy={busy}
      refused={refused}
      intro={
        isPayment
          ? t('delivery.payment.intro', { article: cite('Art.16, 17') })
          : t('delivery.payment.disbursementIntro', { article: cite('Art.26') })
      }
      onFinish={submit}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 16 }}
        data-testid="payment-totals"
        items={[
          { key: 'c', label: t('delivery.payment.contract'), children: wanGrouped(contractFen) },
          { key: 'p', label: t('delivery.payment.paid'), children: wanGrouped(d?.payments.totalFen ?? 0) },
          isPayment
            ? {
                key: 'r',
                label: t('delivery.payment.remaining'),
                children: contractFen == null ? '—' : wanGrouped(contractFen - (d?.payments.totalFen ?? 0)),
              }
            : {
                key: 'd',
                label: t('delivery.payment.disbursed'),
                children: wanGrouped(d?.disbursements.totalFen ?? 0),
              },
        ]}
      />
      <Form.Item
        name="amountYuan"
        label={t('delivery.payment.amount')}
        rules={[
          { required: true, message: t('validation.required', { label: t('delivery.payment.amount') }) },
          yuanRule(t),
          {
            validator: (_, v?: string) => {
              const fen = yuanInputToFen(v);
              return typeof fen === 'number' && fen <= 0
                ? Promise.reject(new Error(t('delivery.payment.positive')))
                : Promise.resolve();
            },
          },
        ]}
      >
        <YuanInput id="paymentYuan" showWan />
      </Form.Item>
      <Form.Item
        name="paidOn"
        label={dateLabel}
        rules={[{ required: true, message: t('validation.required', { label: dateLabel }) }]}
      >
        <DatePicker id="paymentDate" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('delivery.payment.note')}>
        <Input.TextArea id="paymentNote" rows={2} maxLength={2000} />
      </Form.Item>
      {isPayment && (
        <Form.Item
          name="documentId"
          label={t('delivery.payment.document')}
          extra={t('delivery.docHint', {
            type: pick(DOCUMENT_TYPES.payment_voucher.zh, DOCUMENT_TYPES.payment_voucher.en),
          })}
        >
          <DocSelect id="paymentDocument" projectId={project.id} docType="payment_voucher" upload />
        </Form.Item>
      )}
    </ActionModal>
  );
}
