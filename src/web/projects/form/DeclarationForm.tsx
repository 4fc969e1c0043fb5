// The guided declaration form [data-testid=declaration-form] (Art.10(1)): six steps, every field
// from the edition's lists, autosaved ~1.5 s after each edit with the record's version. Read-only
// unless the person may 'edit' the project at its stage.
import { Button, Card, Flex, Form, Steps } from 'antd';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemError } from '../../api/client';
import type { Project } from '../../api/plan-types';
import { useRules } from '../../plan/useRules';
import { AutosaveStatus } from './AutosaveStatus';
import { toPayload, toValues, type FormValues } from './formModel';
import { StepBasic } from './StepBasic';
import { StepBudget } from './StepBudget';
import { StepData } from './StepData';
import { StepDeployment } from './StepDeployment';
import { StepOther } from './StepOther';
import { StepScenario } from './StepScenario';
import { useAutosave } from './useAutosave';

export interface FormHandle {
  flush: () => Promise<number | null>;
}

interface Props {
  project: Project;
  readOnly: boolean;
  deadlinePassed: boolean;
  step: number;
  onStep: (step: number) => void;
  onSaved: (p: Project) => void;
  onReload: () => void;
  handle: RefObject<FormHandle | null>;
}

const STEP_KEYS = ['basic', 'budget', 'data', 'deployment', 'scenario', 'other'] as const;
const TOP_FIELDS = new Set(['name', 'category', 'kind', 'classified', 'leadOrgId', 'coOrgIds']);

export function DeclarationForm({ project, readOnly, deadlinePassed, step, onStep, onSaved, onReload, handle }: Props) {
  const { t, i18n } = useTranslation();
  const rules = useRules();
  const [form] = Form.useForm<FormValues>();
  // The form's initial values are taken once per project; later saves must not reset what is being typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the project id on purpose
  const initial = useMemo(() => toValues(project), [project.id]);
  const baseForm = useRef(project.form);
  baseForm.current = project.form;

  const autosave = useAutosave({
    projectId: project.id,
    version: project.version,
    build: () => toPayload(form.getFieldsValue(true) as FormValues, baseForm.current),
    onSaved,
    onFieldError: (e: ProblemError) => {
      const name = e.field === 'totalFen' ? 'totalYuan' : e.field;
      if (name && (TOP_FIELDS.has(name) || name === 'totalYuan'))
        form.setFields([{ name: name as keyof FormValues, errors: [e.localized(i18n.language)] }]);
    },
  });
  useEffect(() => {
    handle.current = { flush: autosave.flush };
  }, [handle, autosave.flush]);

  const panels = [
    <StepBasic key="basic" rules={rules} />,
    <StepBudget key="budget" rules={rules} disabled={readOnly} />,
    <StepData key="data" disabled={readOnly} />,
    <StepDeployment key="deployment" rules={rules} />,
    <StepScenario key="scenario" rules={rules} />,
    <StepOther
      key="other"
      rules={rules}
      disabled={readOnly}
      deadlinePassed={deadlinePassed || !!initial.urgentBasis.level}
    />,
  ];

  return (
    <Card data-testid="declaration-form">
      <Steps
        current={step}
        onChange={onStep}
        size="small"
        titlePlacement="vertical"
        style={{ marginBottom: 16 }}
        items={STEP_KEYS.map((k) => ({ title: t(`form.step_${k}`) }))}
      />
      <div style={{ marginBottom: 16 }}>
        <AutosaveStatus
          status={autosave.status}
          readOnly={readOnly}
          onReload={onReload}
          onRetry={() => void autosave.flush()}
        />
      </div>
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={readOnly}
        onValuesChange={() => {
          if (!readOnly) autosave.schedule();
        }}
      >
        {panels.map((p, i) => (
          <div key={STEP_KEYS[i]} style={{ display: i === step ? 'block' : 'none' }} data-step={i}>
            {p}
          </div>
        ))}
      </Form>
      <Flex justify="space-between" style={{ marginTop: 8 }}>
        <Button disabled={step === 0} onClick={() => onStep(step - 1)} data-testid="step-prev">
          {t('form.prev')}
        </Button>
        <Button
          type="primary"
          ghost
          disabled={step === STEP_KEYS.length - 1}
          onClick={() => onStep(step + 1)}
          data-testid="step-next"
        >
          {t('form.next')}
        </Button>
      </Flex>
    </Card>
  );
}
