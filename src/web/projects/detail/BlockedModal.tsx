// A refused submission (422 RULE_BLOCKED): the rule and article that refused it, and every
// blocking finding, each of which can take the person to the field.
import { Alert, List, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProblemError } from '../../api/client';
import type { Finding } from '../../api/plan-types';
import { usePick } from '../../i18n/format';
import { useCite } from '../../plan/cite';
import { SeverityTag } from '../../plan/tags';
import { targetOf } from '../form/fieldStep';
import { RuleId } from '../../ui/RuleId';

export function BlockedModal({
  error,
  onJump,
  onClose,
  title,
}: {
  error: ProblemError;
  onJump: (f: Finding) => void;
  onClose: () => void;
  title?: string;
}) {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const details = (error.details ?? {}) as { blocking?: Finding[]; findings?: Finding[] };
  const blocking = details.blocking ?? (details.findings ?? []).filter((f) => f.severity === 'block');
  return (
    <Modal
      open
      title={title ?? t('submit.blockedTitle')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('submit.goFix')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={680}
    >
      <div data-testid="submit-blocked">
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <Space wrap>
              <span data-testid="blocked-article">{cite(error.article)}</span>
              <RuleId rule={error.rule} testId="blocked-rule" />
            </Space>
          }
          description={error.localized(i18n.language)}
        />
        <List<Finding>
          size="small"
          header={t('submit.allBlocking', { count: blocking.length })}
          dataSource={blocking}
          renderItem={(f) => (
            <List.Item
              style={{ cursor: targetOf(f.field) ? 'pointer' : 'default' }}
              onClick={() => {
                if (targetOf(f.field)) {
                  onClose();
                  onJump(f);
                }
              }}
            >
              <Space size={4} wrap>
                <SeverityTag severity={f.severity} />
                <Typography.Text type="secondary">{cite(f.article)}</Typography.Text>
                <RuleId rule={f.rule} />
                <span>{pick(f.message, f.messageEn)}</span>
              </Space>
            </List.Item>
          )}
        />
      </div>
    </Modal>
  );
}
