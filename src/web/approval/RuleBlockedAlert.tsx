// A refusal by a rule (422 RULE_BLOCKED / DOCUMENTS_MISSING) shown inside a form: the rule id, the
// article, the server's message and every unmet condition it listed.
import { Alert, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProblemError } from '../api/client';
import type { Finding } from '../api/plan-types';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';

export function RuleBlockedAlert({ error, title, extra }: { error: ProblemError; title?: string; extra?: string }) {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const details = (error.details ?? {}) as { blocking?: Finding[]; missing?: { zh: string; en: string }[] };
  const lines = [
    ...(details.blocking ?? []).map((f) => `${f.rule} ${cite(f.article)}：${pick(f.message, f.messageEn)}`),
    ...(details.missing ?? []).map((m) => pick(m.zh, m.en)),
  ];
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginTop: 12 }}
      data-testid="rule-blocked"
      title={
        <Space wrap>
          <span>{title ?? t('blocked.title')}</span>
          {error.rule && <Typography.Text code>{error.rule}</Typography.Text>}
          <span>{cite(error.article)}</span>
        </Space>
      }
      description={
        <>
          <div>{error.localized(i18n.language)}</div>
          {lines.length > 1 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
          {extra && <div style={{ marginTop: 4 }}>{extra}</div>}
        </>
      }
    />
  );
}
