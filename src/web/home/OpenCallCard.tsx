// A declarant's way in while the annual call is open (Art.8, issue 13): the call, the time left and
// 新建申报, on the home page, so nobody has to find the menu first.
import { FormOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Call } from '../api/plan-types';
import { Countdown } from '../calls/Countdown';
import { formatDateTime } from '../i18n/format';
import { useCite } from '../plan/cite';
import '../ui/ux.css';

export function OpenCallCard({ call, canDeclare }: { call: Call; canDeclare: boolean }) {
  const { t } = useTranslation();
  const cite = useCite();
  const navigate = useNavigate();
  return (
    <Alert
      className="govit-home-call"
      type="info"
      showIcon
      data-testid="home-open-call"
      title={t('ux.home.openCall', { year: call.planYear, title: call.title })}
      description={
        <Space wrap size={[16, 4]}>
          <span>
            {t('ux.home.deadline')}：{formatDateTime(call.deadlineAt)}（{cite(call.article)}）
          </span>
          <span>
            {t('ux.home.timeLeft')}：
            <Countdown deadlineAt={call.deadlineAt} serverNow={call.serverNow} testId="home-call-countdown" />
          </span>
        </Space>
      }
      action={
        canDeclare ? (
          <Button
            type="primary"
            icon={<FormOutlined />}
            onClick={() => navigate('/projects?create=1')}
            data-testid="home-new-declaration"
          >
            {t('ux.home.newDeclaration')}
          </Button>
        ) : undefined
      }
    />
  );
}
