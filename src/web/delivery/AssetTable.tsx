// The assets handed over (Art.28): name, type, quantity, value, location — for the confirmation and
// the 验收运行 tab.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssetItem } from '../api/delivery-types';
import { renderMoney } from '../ui/Money';

export function AssetTable({ assets }: { assets: AssetItem[] }) {
  const { t } = useTranslation();
  return (
    <Table<AssetItem>
      size="small"
      rowKey={(a) => `${a.name}-${a.type}-${a.location}`}
      pagination={false}
      dataSource={assets}
      data-testid="asset-list"
      columns={[
        { title: t('delivery.handover.name'), dataIndex: 'name' },
        { title: t('delivery.handover.type'), dataIndex: 'type', width: 140 },
        { title: t('delivery.handover.quantity'), dataIndex: 'quantity', width: 80, align: 'right' },
        {
          title: t('delivery.handover.value'),
          dataIndex: 'valueFen',
          width: 160,
          align: 'right',
          render: renderMoney,
        },
        { title: t('delivery.handover.location'), dataIndex: 'location', width: 180 },
      ]}
    />
  );
}
