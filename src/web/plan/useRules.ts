// The edition's rules and lists (GET /rules), loaded once per page load and shared. Every select
// and checkbox of the annual plan takes its options (and labels) from here, so the words are the
// edition's own.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../api/client';
import type { Labelled, RulesCatalogue } from '../api/plan-types';
import { pick } from '../i18n/format';

type ListKey = keyof RulesCatalogue['lists'];
let cache: Promise<RulesCatalogue> | null = null;

export function loadRules(): Promise<RulesCatalogue> {
  if (!cache)
    cache = get<RulesCatalogue>('/rules').catch((e: unknown) => {
      cache = null;
      throw e;
    });
  return cache;
}

export function useRules() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const [data, setData] = useState<RulesCatalogue>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    loadRules().then(
      (d) => {
        if (live) setData(d);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const items = useCallback((key: ListKey): Labelled[] => data?.lists[key]?.value ?? [], [data]);
  const options = useCallback(
    (key: ListKey) => items(key).map((i) => ({ value: i.code, label: pick(lang, i.zh, i.en) })),
    [items, lang],
  );
  const label = useCallback(
    (key: ListKey, code: string | null | undefined) => {
      if (!code) return '—';
      const i = items(key).find((x) => x.code === code);
      return i ? pick(lang, i.zh, i.en) : code;
    },
    [items, lang],
  );
  const article = useCallback((key: ListKey) => data?.lists[key]?.article ?? '', [data]);
  return { data, error, items, options, label, article };
}

const byEdition = new Map<string, Promise<RulesCatalogue>>();

/**
 * The parameters of one edition (GET /rules?edition=): a project is judged by its own edition for
 * life (Art.36), so its periods (试运行, 质保, 验收报告) are read from that edition, never typed here.
 */
export function useEditionParams(editionId: string | undefined): Record<string, unknown> | undefined {
  const [params, setParams] = useState<Record<string, unknown>>();
  useEffect(() => {
    if (!editionId) return;
    let live = true;
    let p = byEdition.get(editionId);
    if (!p) {
      p = get<RulesCatalogue>(`/rules?edition=${encodeURIComponent(editionId)}`);
      byEdition.set(editionId, p);
      p.catch(() => byEdition.delete(editionId));
    }
    p.then(
      (d) => {
        if (live) setParams(d.parameters);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [editionId]);
  return params;
}
