// The live sum of a group of 元 inputs against the declared total (R-BUDGET-SUM, Art.10(1)2).
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { yuanInputToFen, yuanText } from '../../plan/money';

export function SumCheck({
  what,
  sumFen,
  totalYuan,
  testId,
}: {
  what: string;
  sumFen: number;
  totalYuan?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const total = yuanInputToFen(totalYuan) ?? 0;
  const ok = sumFen === total;
  return (
    <Alert
      type={ok ? 'success' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid={testId}
      data-ok={ok ? 'true' : 'false'}
      title={
        ok
          ? t('form.sumOk', { what, sum: yuanText(sumFen) })
          : t('form.sumOff', {
              what,
              sum: yuanText(sumFen),
              total: yuanText(total),
              diff: yuanText(Math.abs(total - sumFen)),
            })
      }
    />
  );
}
