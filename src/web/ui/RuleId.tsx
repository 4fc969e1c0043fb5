// A rule id (R-SCENARIO …) where it helps: the data bureau and the reviewers, who talk about rules by
// id, see it as code; for everyone else it is noise in front of every finding, so it sits in a
// tooltip behind a small icon (issue 13). The id stays in the page's text (visually hidden) for
// screen readers and for a search of the page.
import { InfoCircleOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../app/AuthContext';
import './ux.css';

const SHOWS_RULE_IDS = new Set(['data_bureau', 'reviewer']);

export function useShowsRuleIds(): boolean {
  const { me } = useAuth();
  return SHOWS_RULE_IDS.has(me?.homeKind ?? '');
}

export function RuleId({ rule, testId }: { rule: string | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  const shows = useShowsRuleIds();
  if (!rule) return null;
  if (shows)
    return (
      <Typography.Text code data-testid={testId} data-rule-id={rule}>
        {rule}
      </Typography.Text>
    );
  return (
    <Tooltip title={t('ux.ruleTip', { rule })}>
      <span className="govit-rule-hint" data-testid={testId} data-rule-id={rule} data-hidden-rule="true">
        <InfoCircleOutlined aria-hidden />
        <span className="govit-visually-hidden">{rule}</span>
      </span>
    </Tooltip>
  );
}
