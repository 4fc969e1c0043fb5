// Registering an existing system (the data bureau, Art.2, 32) and editing a register entry — the
// data bureau any field, the owner unit where its system runs and its 等保 (Art.6, 20): the server's
// `editableFields` decides which fields the form shows. Edits carry the version read (409 if stale).
import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SYSTEM_STATUSES, type SystemStatus } from '../../domain/delivery/systems';
import { patch, post } from '../api/client';
import type { InfoSystem } from '../api/system-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import { useRules } from '../plan/useRules';
import { SystemModal } from './SystemModal';
import { useDeclarantOrgs } from './useDeclarantOrgs';

/** Registered as (the server's REGISTRABLE_STATUSES); the data bureau may also mark one 已淘汰 (Art.32). */
const REGISTRABLE: SystemStatus[] = ['building', 'trial', 'operating'];
const EDITABLE: SystemStatus[] = [...REGISTRABLE, 'eliminated'];

type Field =
  | 'name'
  | 'ownerOrgId'
  | 'description'
  | 'status'
  | 'deployment'
  | 'cloudVcpu'
  | 'cloudMemoryGb'
  | 'cloudStorageGb'
  | 'mlpsLevel'
  | 'mlpsFilingNumber'
  | 'dataCollected'
  | 'operationStartedOn';
const ALL: Field[] = [
  'name',
  'ownerOrgId',
  'description',
  'status',
  'deployment',
  'cloudVcpu',
  'cloudMemoryGb',
  'cloudStorageGb',
  'mlpsLevel',
  'mlpsFilingNumber',
  'dataCollected',
  'operationStartedOn',
];

interface Values {
  name?: string;
  ownerOrgId?: string;
  description?: string;
  status?: SystemStatus;
  deployment?: string | null;
  cloudVcpu?: number | null;
  cloudMemoryGb?: number | null;
  cloudStorageGb?: number | null;
  mlpsLevel?: number | null;
  mlpsFilingNumber?: string | null;
  dataCollected?: boolean;
  operationStartedOn?: Dayjs | null;
}

/** The form's values → the API's: blank text is null, a day is YYYY-MM-DD. */
function toBody(v: Values, fields: readonly Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const x = v[f];
    if (f === 'operationStartedOn') out[f] = x ? (x as Dayjs).format('YYYY-MM-DD') : null;
    else if (typeof x === 'string') out[f] = x.trim() === '' && f !== 'name' ? null : x.trim();
    else out[f] = x ?? null;
  }
  if ('description' in out && out.description === null) out.description = '';
  return out;
}

function SystemFields({ fields, statuses }: { fields: readonly Field[]; statuses: SystemStatus[] }) {
  const { t } = useTranslation();
  const pick = usePick();
  const rules = useRules();
  const owners = useDeclarantOrgs(fields.includes('ownerOrgId'));
  const has = (f: Field) => fields.includes(f);
  const count = (name: Field, label: string) =>
    has(name) && (
      <Col span={8}>
        <Form.Item name={name} label={label}>
          <InputNumber id={`system_${name}`} min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    );
  return (
    <>
      {has('name') && (
        <Form.Item
          name="name"
          label={t('systems.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              message: t('validation.min', { label: t('systems.name'), min: 2 }),
            },
          ]}
        >
          <Input id="system_name" maxLength={200} />
        </Form.Item>
      )}
      {has('ownerOrgId') && (
        <Form.Item
          name="ownerOrgId"
          label={t('systems.owner')}
          rules={[{ required: true, message: t('validation.select', { label: t('systems.owner') }) }]}
        >
          <Select
            id="system_owner"
            showSearch
            optionFilterProp="label"
            options={owners.map((o) => ({ value: o.id, label: pick(o.name, o.nameEn) }))}
          />
        </Form.Item>
      )}
      {has('description') && (
        <Form.Item name="description" label={t('systems.description')}>
          <Input.TextArea id="system_description" rows={2} maxLength={5000} />
        </Form.Item>
      )}
      <Row gutter={12}>
        {has('status') && (
          <Col span={8}>
            <Form.Item name="status" label={t('systems.status')}>
              <Select
                id="system_status"
                options={statuses.map((s) => ({ value: s, label: pick(SYSTEM_STATUSES[s].zh, SYSTEM_STATUSES[s].en) }))}
              />
            </Form.Item>
          </Col>
        )}
        {has('operationStartedOn') && (
          <Col span={8}>
            <Form.Item name="operationStartedOn" label={t('systems.operationStartedOn')}>
              <DatePicker id="system_operationStartedOn" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        {has('dataCollected') && (
          <Col span={8}>
            <Form.Item name="dataCollected" label={t('systems.dataCollected')} valuePropName="checked">
              <Switch id="system_dataCollected" />
            </Form.Item>
          </Col>
        )}
      </Row>
      {has('deployment') && (
        <Form.Item
          name="deployment"
          label={`${t('systems.deployment')}（${rules.article('deploymentModes') || 'Art.6'}）`}
        >
          <Select id="system_deployment" allowClear options={rules.options('deploymentModes')} />
        </Form.Item>
      )}
      <Row gutter={12}>
        {count('cloudVcpu', t('systems.cloudVcpu'))}
        {count('cloudMemoryGb', t('systems.cloudMemoryGb'))}
        {count('cloudStorageGb', t('systems.cloudStorageGb'))}
      </Row>
      <Row gutter={12}>
        {has('mlpsLevel') && (
          <Col span={8}>
            <Form.Item name="mlpsLevel" label={t('systems.mlpsLevel')}>
              <Select
                id="system_mlpsLevel"
                allowClear
                options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: t(`systems.levels.${n}`) }))}
              />
            </Form.Item>
          </Col>
        )}
        {has('mlpsFilingNumber') && (
          <Col span={16}>
            <Form.Item name="mlpsFilingNumber" label={t('systems.mlpsFilingNumber')}>
              <Input id="system_mlpsFilingNumber" maxLength={100} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </>
  );
}

export function RegisterSystemModal({ onClose, onDone }: { onClose: () => void; onDone: (s: InfoSystem) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const submit = (v: Values) =>
    run(async () => {
      const body = Object.fromEntries(Object.entries(toBody(v, ALL)).filter(([, x]) => x !== null));
      const s = await post<InfoSystem>('/systems', body);
      notify.success(t('systems.registered', { code: s.code }));
      onDone(s);
    });
  return (
    <SystemModal<Values>
      title={t('systems.register')}
      testId="register-system"
      form={form}
      busy={busy}
      refused={refused}
      width={760}
      intro={t('systems.registerIntro')}
      initialValues={{ status: 'operating', dataCollected: false }}
      onFinish={submit}
      onClose={onClose}
    >
      <SystemFields fields={ALL} statuses={REGISTRABLE} />
    </SystemModal>
  );
}

export function EditSystemModal({
  system,
  onClose,
  onDone,
}: {
  system: InfoSystem;
  onClose: () => void;
  onDone: (s: InfoSystem) => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const editable: 'all' | readonly string[] = system.editableFields;
  const fields = editable === 'all' ? ALL : ALL.filter((f) => editable.includes(f));
  const submit = (v: Values) =>
    run(async () => {
      // Only what changed: the audit row lists each change with its before and after.
      const before = system as unknown as Record<string, unknown>;
      const changes = Object.fromEntries(
        Object.entries(toBody(v, fields)).filter(([k, x]) => x !== (before[k] ?? null)),
      );
      const s = await patch<InfoSystem>(`/systems/${system.id}`, { ...changes, version: system.version });
      notify.success(t('systems.saved'));
      onDone(s);
    });
  return (
    <SystemModal<Values>
      title={t('systems.edit')}
      testId="edit-system"
      form={form}
      busy={busy}
      refused={refused}
      width={760}
      intro={system.editableFields === 'all' ? undefined : t('systems.editOwnerHint')}
      initialValues={{
        name: system.name,
        ownerOrgId: system.ownerOrgId,
        description: system.description,
        status: system.status,
        deployment: system.deployment,
        cloudVcpu: system.cloudVcpu,
        cloudMemoryGb: system.cloudMemoryGb,
        cloudStorageGb: system.cloudStorageGb,
        mlpsLevel: system.mlpsLevel,
        mlpsFilingNumber: system.mlpsFilingNumber,
        dataCollected: system.dataCollected,
        operationStartedOn: system.operationStartedOn ? dayjs(system.operationStartedOn) : null,
      }}
      onFinish={submit}
      onClose={onClose}
    >
      <SystemFields fields={fields} statuses={system.status === 'exiting' ? [system.status] : EDITABLE} />
    </SystemModal>
  );
}
