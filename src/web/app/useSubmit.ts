// Submitting a review or construction form: a rule refusal (422) stays in the form with its rule
// and article; a field problem marks the field; anything else is a toast. Nothing is lost on error.
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/client';
import { problemText, useNotify } from './useNotify';

/** Server field names → form field names, where they differ (amounts are typed in 元). */
export function useSubmit<V>(form?: FormInstance<V>, fieldMap: Record<string, string> = {}) {
  const { i18n } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<ProblemError | null>(null);
  const run = async (send: () => Promise<void>) => {
    setBusy(true);
    setRefused(null);
    try {
      await send();
    } catch (e) {
      if (e instanceof ProblemError && e.status === 422) setRefused(e);
      else if (form && e instanceof ProblemError && e.field)
        form.setFields([{ name: (fieldMap[e.field] ?? e.field) as never, errors: [problemText(e, i18n.language)] }]);
      else notify.error(e, () => window.location.reload());
    } finally {
      setBusy(false);
    }
  };
  return { busy, refused, run };
}
