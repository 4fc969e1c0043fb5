// Statistic cards of the home page; a card with a link navigates there.
import { Card, Col, Row, Statistic } from 'antd';
import { useNavigate } from 'react-router';
import type { HomeStat } from '../api/types';
import { usePick } from '../i18n/format';

export function StatCards({ stats }: { stats: HomeStat[] }) {
  const pick = usePick();
  const navigate = useNavigate();
  if (!stats.length) return null;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {stats.map((s) => (
        <Col key={s.key} xs={24} sm={12} lg={8} xl={6}>
          <Card
            hoverable={!!s.link}
            onClick={s.link ? () => navigate(s.link!) : undefined}
            style={{ cursor: s.link ? 'pointer' : 'default' }}
            data-testid={`stat-${s.key}`}
          >
            <Statistic title={pick(s.label, s.labelEn)} value={s.value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
