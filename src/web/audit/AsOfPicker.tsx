// 查看某日状态 (Art.34; issue 10): the audit bureau picks a date; the project page then shows the project as it
// stood at the end of that day (AsOfView). Offered only to holders of project.audit; days after today are disabled
// (the server refuses them too).
import { HistoryOutlined } from '@ant-design/icons';
import { DatePicker, Space, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export function AsOfPicker({
  createdAt,
  value,
  onChange,
}: {
  createdAt: string | null;
  value: string | null;
  onChange: (date: string | null) => void;
}) {
  const { t } = useTranslation();
  const created = createdAt ? dayjs(createdAt).startOf('day') : null;
  const disabled = (d: Dayjs) => d.isAfter(dayjs(), 'day') || (created !== null && d.isBefore(created, 'day'));
  return (
    <Space data-testid="as-of-picker">
      <Tooltip title={t('audit.asOf.pickHint')}>
        <Typography.Text>
          <HistoryOutlined /> {t('audit.asOf.pick')}
        </Typography.Text>
      </Tooltip>
      <DatePicker
        format="YYYY-MM-DD"
        value={value ? dayjs(value) : null}
        disabledDate={disabled}
        onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
        allowClear
      />
    </Space>
  );
}
