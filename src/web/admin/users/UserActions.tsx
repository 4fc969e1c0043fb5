// Row actions. System admin: edit, disable/enable, reset password (first half), force sign-out.
// Security admin: assign roles, hand over the password's second half, unlock, reset the second
// factor. Each asks for confirmation.
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../api/client';
import type { User } from '../../api/types';
import { useAuth } from '../../app/AuthContext';
import { useNotify } from '../../app/useNotify';
import type { PasswordHalf } from './TemporaryPasswordModal';

interface Props {
  user: User;
  reload: () => void;
  onEdit: (u: User) => void;
  onAssign: (u: User) => void;
  onTemporaryPassword: (half: PasswordHalf) => void;
}

export function UserActions({ user: u, reload, onEdit, onAssign, onTemporaryPassword }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { can } = useAuth();
  const notify = useNotify();
  const name = u.displayName;

  const confirm = (title: string, run: () => Promise<void>, danger = false) =>
    modal.confirm({
      title,
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger },
      onOk: async () => {
        try {
          await run();
          reload();
        } catch (e) {
          notify.error(e, reload);
        }
      },
    });

  const link = (key: string, label: string, onClick: () => void, danger = false) => (
    <Button
      key={key}
      type="link"
      size="small"
      danger={danger}
      onClick={onClick}
      data-testid={`user-${key}-${u.username}`}
    >
      {label}
    </Button>
  );

  const actions = [];
  if (can('user.manage')) {
    actions.push(link('edit', t('common.edit'), () => onEdit(u)));
    actions.push(
      link(
        u.disabled ? 'enable' : 'disable',
        u.disabled ? t('common.enable') : t('common.disable'),
        () =>
          confirm(
            t(u.disabled ? 'users.confirmEnable' : 'users.confirmDisable', { name }),
            async () => {
              await patch(`/users/${u.id}`, { disabled: !u.disabled, version: u.version });
              notify.success(t('common.saved'));
            },
            !u.disabled,
          ),
        !u.disabled,
      ),
    );
    actions.push(
      link('reset-password', t('users.resetPassword'), () =>
        confirm(
          t('users.confirmReset', { name }),
          async () => {
            const r = await post<{ passwordFirstHalf: string }>(`/users/${u.id}/reset-password`);
            onTemporaryPassword({ name, half: 'first', value: r.passwordFirstHalf });
          },
          true,
        ),
      ),
    );
  }
  if (can('session.revoke')) {
    actions.push(
      link('revoke', t('users.revokeSessions'), () =>
        confirm(
          t('users.confirmRevoke', { name }),
          async () => {
            const r = await post<{ sessionsEnded: number }>(`/users/${u.id}/revoke-sessions`);
            notify.success(t('users.sessionsEnded', { count: r.sessionsEnded }));
          },
          true,
        ),
      ),
    );
  }
  if (can('user.assign_roles')) actions.push(link('assign', t('users.assignRoles'), () => onAssign(u)));
  if (can('user.assign_roles') && u.activation === 'awaiting_second_half') {
    actions.push(
      link('issue-second-half', t('users.issueSecondHalf'), () =>
        confirm(t('users.confirmIssueSecondHalf', { name }), async () => {
          const r = await post<{ passwordSecondHalf: string }>(`/users/${u.id}/password-second-half`);
          onTemporaryPassword({ name, half: 'second', value: r.passwordSecondHalf });
        }),
      ),
    );
  }
  if (can('user.unlock') && u.locked) {
    actions.push(
      link('unlock', t('users.unlock'), () =>
        confirm(t('users.confirmUnlock', { name }), async () => {
          await post(`/users/${u.id}/unlock`);
          notify.success(t('users.unlocked'));
        }),
      ),
    );
  }
  if (can('user.reset_mfa') && u.mfaEnabled) {
    actions.push(
      link('reset-mfa', t('users.resetMfa'), () =>
        confirm(
          t('users.confirmResetMfa', { name }),
          async () => {
            await post(`/users/${u.id}/reset-mfa`);
            notify.success(t('users.mfaReset'));
          },
          true,
        ),
      ),
    );
  }
  return (
    <Space size={0} wrap>
      {actions}
    </Space>
  );
}
