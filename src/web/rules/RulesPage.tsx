// 规则目录 (public): every rule of the edition in force — id, article, when it applies, its effect
// and the parameter values — grouped by the moment it applies (SPEC §4).
import { Alert, Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { RuleEntry } from '../api/plan-types';
import { problemText } from '../app/useNotify';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { SeverityTag } from '../plan/tags';
import { useRules } from '../plan/useRules';
import { DeadlineCalculator } from './DeadlineCalculator';
import { paramText, type ParamValue } from './paramText';

export function RulesPage() {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const rules = useRules();
  const data = rules.data;
  const stages = [...new Set((data?.rules ?? []).map((r) => r.stage))];
  const codeLabel = (code: string) => rules.label('categories', code);

  const columns: ColumnsType<RuleEntry> = [
    {
      title: t('rulesPage.id'),
      dataIndex: 'id',
      width: 170,
      render: (id: string) => <Typography.Text code>{id}</Typography.Text>,
    },
    {
      title: t('rulesPage.article'),
      dataIndex: 'article',
      width: 200,
      render: (a: string) => <Tooltip title={a}>{cite(a)}</Tooltip>,
    },
    {
      title: t('rulesPage.severity'),
      key: 'sev',
      width: 150,
      render: (_, r) => (
        <Space size={2} wrap>
          <SeverityTag severity={r.severity} />
          {r.effects
            .filter((e) => !['block', 'warn', 'info'].includes(e))
            .map((e) => (
              <Tag key={e}>{t(`effect.${e}`, { defaultValue: e })}</Tag>
            ))}
        </Space>
      ),
    },
    { title: t('rulesPage.rule'), key: 'title', render: (_, r) => pick(r.title, r.titleEn) },
    {
      title: t('rulesPage.params'),
      key: 'params',
      width: 360,
      render: (_, r) => {
        const entries = Object.entries(r.params) as [string, ParamValue][];
        if (!entries.length) return '—';
        return entries.map(([k, p]) => (
          <div key={k}>
            <Tooltip title={`${pick(p.note ?? '', p.noteEn)}${p.article ? `（${cite(p.article)}）` : ''}`}>
              <Typography.Text>{paramText(k, p, t, i18n.language, codeLabel)}</Typography.Text>
            </Tooltip>
          </div>
        ));
      },
    },
    {
      title: t('rulesPage.checked'),
      dataIndex: 'checked',
      width: 110,
      render: (c: boolean) => (
        <Tag color={c ? 'green' : 'default'}>{c ? t('rulesPage.checkedYes') : t('rulesPage.checkedNo')}</Tag>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="rules-page">
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('menu.rules')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('rulesPage.intro')}</Typography.Paragraph>
        {rules.error !== undefined && <Alert type="error" showIcon title={problemText(rules.error, i18n.language)} />}
        {data && (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 't', label: t('rulesPage.edition'), children: pick(data.edition.title, data.edition.titleEn) },
              { key: 'i', label: t('rulesPage.issuer'), children: data.edition.issuer ?? '—' },
              {
                key: 'd',
                label: t('rulesPage.dates'),
                children: t('rulesPage.datesValue', { issued: data.edition.issued, effective: data.edition.effective }),
              },
            ]}
          />
        )}
      </Card>
      <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="rules-table">
        {stages.map((s) => (
          <Card key={s} title={t(`ruleStage.${s}`, { defaultValue: s })} size="small" data-testid={`rules-stage-${s}`}>
            <Table<RuleEntry>
              rowKey="id"
              size="small"
              pagination={false}
              columns={columns}
              scroll={{ x: 1100 }}
              dataSource={data!.rules.filter((r) => r.stage === s)}
            />
          </Card>
        ))}
      </Space>
      {!data && !rules.error && <Card loading />}
      <DeadlineCalculator />
    </Space>
  );
}
