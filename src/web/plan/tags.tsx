// Tags shared by every list: the stage (its name from the domain's STAGES),
// the mandated-urgent mark (Art.8 ¶2) and the severity of a rule finding.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../domain/lifecycle/stages';
import type { Severity } from '../api/plan-types';
import { usePick } from '../i18n/format';

/** One colour per stage: a new stage does not compile until it has one. */
const STAGE_COLORS: Record<Stage, string> = {
  draft: 'default',
  sector_review: 'processing',
  submitted: 'blue',
  pre_review: 'processing',
  returned: 'orange',
  redeclaring: 'orange',
  pre_review_failed: 'red',
  pre_review_passed: 'cyan',
  budget_refused: 'red',
  budgeted: 'geekblue',
  listed: 'green',
  joint_review: 'processing',
  joint_review_failed: 'red',
  revision: 'orange',
  form_pending: 'gold',
  approved: 'green',
  contracted: 'cyan',
  construction: 'blue',
  in_service: 'blue',
  trial: 'purple',
  acceptance_review: 'processing',
  acceptance_ready: 'gold',
  accepted: 'cyan',
  handover: 'geekblue',
  operation: 'green',
  completed: 'green',
  closed: 'default',
  terminated: 'red',
};

export function StageTag({ stage }: { stage: Stage }) {
  const pick = usePick();
  return (
    <Tag color={STAGE_COLORS[stage] ?? 'default'} data-testid="stage-tag" data-stage={stage}>
      {pick(STAGES[stage].zh, STAGES[stage].en)}
    </Tag>
  );
}

export function UrgentTag({ urgent }: { urgent: boolean }) {
  const { t } = useTranslation();
  return urgent ? (
    <Tag color="red" data-testid="urgent-tag">
      {t('plan.urgentTag')}
    </Tag>
  ) : null;
}

const SEVERITY_COLORS: Record<Severity, string> = { block: 'red', warn: 'orange', info: 'blue' };

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_COLORS[severity]} data-severity={severity}>
      {t(`severity.${severity}`)}
    </Tag>
  );
}
