// Tags of the delivery chapter: where today lies in a trial's acceptance window (Art.25), the state of
// a yearly self-evaluation (Art.33; red when overdue), a report's deadline (Art.27). Exhaustive maps:
// a new state does not compile until it has a colour.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SelfEvaluationState, WindowPosition } from '../api/delivery-types';

const WINDOW_COLORS: Record<WindowPosition, string> = {
  too_early: 'default',
  open: 'green',
  too_late: 'red',
  unknown_end: 'blue',
};

export function WindowTag({ position }: { position: WindowPosition }) {
  const { t } = useTranslation();
  return (
    <Tag color={WINDOW_COLORS[position]} data-testid="window-position" data-position={position}>
      {t(`delivery.trial.positions.${position}`)}
    </Tag>
  );
}

const EVALUATION_COLORS: Record<SelfEvaluationState, string> = {
  filed: 'green',
  filed_late: 'orange',
  open: 'blue',
  overdue: 'red',
};

export function EvaluationStateTag({ state }: { state: SelfEvaluationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={EVALUATION_COLORS[state]} data-testid="evaluation-state" data-state={state}>
      {t(`delivery.selfEvaluation.states.${state}`)}
    </Tag>
  );
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={overdue ? 'red' : 'green'} data-testid="report-overdue" data-overdue={String(overdue)}>
      {t(overdue ? 'delivery.acceptance.reportOverdue' : 'delivery.acceptance.reportOnTime')}
    </Tag>
  );
}
