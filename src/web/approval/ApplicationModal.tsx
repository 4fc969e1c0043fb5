// 项目审核申报 (Art.11, 12): the declarant states the facts that decide the route (in a plan,
// mandated/urgent, new civil works, energy-intensive); the server works out the route from the
// edition — R-NDRC, the simplified paths of Art.12(1)–(3), the documents — and says why. The form
// only shows that answer; it never decides the route itself.
import { Alert, Checkbox, Form, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, ProblemError } from '../api/client';
import type { ApprovalRouteResult, RouteFlags, SimplifiedPath } from '../api/approval-types';
import type { DocumentsResult, Project } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { useNotify } from '../app/useNotify';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { RuleBlockedAlert } from './RuleBlockedAlert';
import { FindingLines, SlotList } from './RouteParts';
import { useActionLabel } from '../i18n/labels';

const FLAGS: (keyof RouteFlags)[] = ['inPlan', 'urgentMandate', 'newCivilWorks', 'energyIntensive'];
const EXTRA = {
  energy: ['节能评估', 'Energy-saving assessment'],
  site: ['规划选址', 'Site selection'],
  land: ['用地预审', 'Land-use pre-review'],
  eia: ['环境影响评价', 'EIA'],
} as const;

export function ApplicationModal({
  project,
  onDone,
  onClose,
}: {
  project: Project;
  onDone: (p: Project) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const [flags, setFlags] = useState<RouteFlags>({
    inPlan: false,
    urgentMandate: false,
    newCivilWorks: false,
    energyIntensive: false,
  });
  const [path, setPath] = useState<'standard' | SimplifiedPath['code']>('standard');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<ProblemError | null>(null);
  const query = new URLSearchParams(
    Object.entries(flags)
      .filter(([, v]) => v)
      .map(([k]) => [k, 'true']),
  ).toString();
  const route = useApi<ApprovalRouteResult>(`/projects/${project.id}/approval-route${query ? `?${query}` : ''}`).data;
  const chosen = route?.simplifiedPaths.find((s) => s.code === path);
  const effectivePath = chosen ? path : 'standard';
  const slots = chosen ? chosen.documents : (route?.requiredDocuments ?? []);
  const docs = useApi<DocumentsResult>(`/projects/${project.id}/documents`).data;
  const uploaded = new Set((docs?.items ?? []).map((d) => d.docType));

  const submit = async () => {
    setBusy(true);
    setRefused(null);
    try {
      const p = await post<Project>(`/projects/${project.id}/application`, {
        ...flags,
        path: effectivePath,
        version: project.version,
      });
      notify.success(t('application.done'));
      onDone(p);
    } catch (e) {
      if (e instanceof ProblemError && e.status === 422) setRefused(e);
      else notify.error(e, () => window.location.reload());
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={820}
      title={actionLabel('submit_application')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('application.submit')}
      okButtonProps={{ 'data-testid': 'application-ok', disabled: !route }}
      destroyOnHidden
    >
      <div data-testid="application-form">
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('application.intro', { article: cite('Art.11') })}
        />
        <Typography.Title level={5}>{t('application.flags')}</Typography.Title>
        <Space orientation="vertical" style={{ marginBottom: 16 }}>
          {FLAGS.map((f) => (
            <Checkbox
              key={f}
              id={`flag_${f}`}
              checked={flags[f]}
              onChange={(e) => setFlags({ ...flags, [f]: e.target.checked })}
            >
              {t(`application.${f}`)}
            </Checkbox>
          ))}
        </Space>
        {route && (
          <>
            <Alert
              type={route.ndrcRequired ? 'warning' : 'success'}
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="route-ndrc"
              data-ndrc={String(route.ndrcRequired)}
              title={route.ndrcRequired ? t('application.ndrcYes') : t('application.ndrcNo')}
            />
            <FindingLines findings={route.findings} header={t('application.reasons')} testId="route-reasons" />
            {route.extraApprovals.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('application.extra', {
                  items: route.extraApprovals.map((a) => pick(EXTRA[a][0], EXTRA[a][1])).join('、'),
                })}
              />
            )}
            {route.simplifiedPaths.length > 0 && (
              <Form.Item label={t('application.path')} style={{ marginBottom: 12 }}>
                <Radio.Group value={effectivePath} onChange={(e) => setPath(e.target.value)} data-testid="route-paths">
                  <Space orientation="vertical">
                    <Radio value="standard">{t('application.standard')}</Radio>
                    {route.simplifiedPaths.map((s) => (
                      <Radio key={s.code} value={s.code}>
                        {cite(s.article)}：{pick(s.zh, s.en)}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              </Form.Item>
            )}
            <SlotList slots={slots} uploaded={uploaded} testId="route-documents" />
          </>
        )}
        {refused && (
          <RuleBlockedAlert error={refused} title={t('application.blocked')} extra={t('application.missingHint')} />
        )}
      </div>
    </Modal>
  );
}
