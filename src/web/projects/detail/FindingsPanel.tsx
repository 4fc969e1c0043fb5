// Rule findings [data-testid=findings-panel] (GET /projects/:id/findings): each with its severity,
// rule id, article in words and message; a click jumps to the step (or tab) the field lives in.
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, FindingsResult } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { problemText } from '../../app/useNotify';
import { formatDateTime, usePick } from '../../i18n/format';
import { useCite } from '../../plan/cite';
import { SeverityTag } from '../../plan/tags';
import { targetOf } from '../form/fieldStep';
import { RuleId } from '../../ui/RuleId';

interface Props {
  projectId: string;
  tick: number;
  onJump?: (f: Finding) => void;
  testId?: string;
  compact?: boolean;
  submittable?: boolean;
  /** Findings recorded when the project was submitted (shown instead of a live check once it is declared). */
  recorded?: { findings: Finding[]; at: string | null };
}

export function FindingsPanel({
  projectId,
  tick,
  onJump,
  testId = 'findings-panel',
  compact,
  submittable = true,
  recorded,
}: Props) {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const live = useApi<FindingsResult>(recorded ? null : `/projects/${projectId}/findings`);
  const { error, loading, reload } = live;
  useEffect(() => {
    if (tick > 0 && !recorded) reload();
  }, [tick, reload, recorded]);
  // The recorded findings carry no edition, and no time when none was kept.
  const data: (Omit<FindingsResult, 'edition' | 'checkedAt'> & { checkedAt?: string }) | undefined = recorded
    ? {
        findings: recorded.findings,
        blocking: recorded.findings.filter((f) => f.severity === 'block' && f.rule !== 'R-ROUTE').length,
        route: null,
        urgent: false,
        checkedAt: recorded.at ?? undefined,
      }
    : live.data;
  const order = { block: 0, warn: 1, info: 2 } as const;
  const findings = [...(data?.findings ?? [])].sort((a, b) => order[a.severity] - order[b.severity]);
  const warnings = findings.filter((f) => f.severity !== 'block').length;
  const warnText = warnings ? t('findings.warnings', { count: warnings }) : undefined;

  return (
    <Card
      size={compact ? 'small' : undefined}
      data-testid={testId}
      loading={loading && !data}
      title={recorded ? t('findings.recordedTitle') : t('findings.title')}
      extra={
        !recorded && (
          <Button size="small" type="link" onClick={reload}>
            {t('common.reload')}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon title={problemText(error, i18n.language)} />}
      {data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {data.blocking > 0 ? (
            <Alert
              type="error"
              showIcon
              data-testid="findings-summary"
              data-blocking={data.blocking}
              title={t(submittable ? 'findings.blocking' : 'findings.blockingPlain', { count: data.blocking })}
              description={warnText}
            />
          ) : (
            <Alert
              type="success"
              showIcon
              data-testid="findings-summary"
              data-blocking={0}
              title={t(submittable ? 'findings.ready' : 'findings.readyPlain')}
              description={warnText}
            />
          )}
          {data.route === 'sector_review' && submittable && (
            <Alert type="info" showIcon data-testid="route-sector" title={t('findings.routeSector')} />
          )}
          {data.urgent && <Alert type="warning" showIcon title={t('findings.urgent')} />}
          <List<Finding>
            size="small"
            dataSource={findings}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('findings.none')} /> }}
            renderItem={(f, i) => {
              const jump = onJump && targetOf(f.field) ? () => onJump(f) : undefined;
              return (
                <List.Item
                  key={`${f.rule}-${f.field ?? i}`}
                  data-testid="finding"
                  data-rule={f.rule}
                  data-severity={f.severity}
                  onClick={jump}
                  style={{ cursor: jump ? 'pointer' : 'default', display: 'block' }}
                >
                  <Space size={4} wrap>
                    {f.rule === 'R-ROUTE' && data.route === 'sector_review' ? (
                      <Tag color="blue" data-severity="route">
                        {t('effect.route')}
                      </Tag>
                    ) : (
                      <SeverityTag severity={f.severity} />
                    )}
                    <Typography.Text type="secondary">{cite(f.article)}</Typography.Text>
                    <RuleId rule={f.rule} />
                  </Space>
                  <div>
                    {jump ? (
                      <Typography.Link>{pick(f.message, f.messageEn)}</Typography.Link>
                    ) : (
                      pick(f.message, f.messageEn)
                    )}
                  </div>
                </List.Item>
              );
            }}
          />
          {data.checkedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(recorded ? 'findings.recordedAt' : 'findings.checkedAt', {
                time: formatDateTime(data.checkedAt, true),
              })}
            </Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}
