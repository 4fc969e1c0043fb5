// Shows API problems the same way everywhere: the message in the person's language, the rule and
// article when a rule refused, and a reload prompt on an optimistic-locking conflict.
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/client';

export function problemText(e: unknown, lang: string): string {
  if (e instanceof ProblemError) return e.localized(lang);
  return e instanceof Error ? e.message : String(e);
}

export function isConflict(e: unknown): boolean {
  return e instanceof ProblemError && (e.code === 'VERSION_CONFLICT' || e.code === 'PRECONDITION_FAILED');
}

export function useNotify() {
  const { message, modal } = App.useApp();
  const { t, i18n } = useTranslation();

  const error = useCallback(
    (e: unknown, onReload?: () => void) => {
      if (isConflict(e)) {
        modal.warning({
          title: t('errors.conflictTitle'),
          content: t('errors.conflictHint'),
          okText: t('common.reload'),
          onOk: onReload,
        });
        return;
      }
      let text = problemText(e, i18n.language);
      if (e instanceof ProblemError && e.rule)
        text += ` [${t('errors.rule', { rule: e.rule, article: e.article ?? '' })}]`;
      void message.error(text);
    },
    [message, modal, t, i18n.language],
  );

  const success = useCallback(
    (text: string) => {
      void message.success(text);
    },
    [message],
  );
  return { error, success };
}
