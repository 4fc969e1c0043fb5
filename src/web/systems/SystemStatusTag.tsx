// A system's status in the register (SYSTEM_STATUSES, Art.25, 29, 30, 32): its name from the domain,
// one colour per status (an exhaustive map: a new status does not compile until it has one).
import { Tag } from 'antd';
import { SYSTEM_STATUSES, type SystemStatus } from '../../domain/delivery/systems';
import { usePick } from '../i18n/format';

const STATUS_COLORS: Record<SystemStatus, string> = {
  building: 'blue',
  trial: 'purple',
  operating: 'green',
  eliminated: 'red',
  exiting: 'orange',
  exited: 'default',
};

export function SystemStatusTag({ status }: { status: SystemStatus }) {
  const pick = usePick();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="system-status" data-status={status}>
      {pick(SYSTEM_STATUSES[status].zh, SYSTEM_STATUSES[status].en)}
    </Tag>
  );
}
