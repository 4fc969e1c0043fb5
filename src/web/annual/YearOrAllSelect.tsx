// The plan-year picker of the pages that can also show every year (dashboard, cockpit): ?year=N or ?year=all.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { useYear } from './useYear';

export function YearOrAllSelect({
  state,
  allLabel,
  testId,
}: {
  state: ReturnType<typeof useYear>;
  allLabel: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      style={{ width: 140 }}
      value={state.all ? 'all' : state.year}
      data-testid={testId}
      onChange={(v: number | 'all') => (v === 'all' ? state.setAll() : state.setYear(v))}
      options={[
        { value: 'all', label: allLabel },
        ...state.years.map((y) => ({ value: y, label: t('calls.yearValue', { year: y }) })),
      ]}
    />
  );
}
