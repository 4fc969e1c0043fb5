// Fills the home page's sections with live annual-plan data where it exists: a declarant's
// projects and to-dos, a reviewer's pending opinions, the data bureau's projects by stage. A
// section with nothing in it keeps its empty-state text.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../api/client';
import type { Paged, ProjectSummary, ReviewTodo } from '../api/plan-types';
import type { HomeKind, HomeSection } from '../api/types';
import { pick } from '../i18n/format';
import { STAGE_CODES, stageInfo } from '../plan/stages';

interface Item { id: string; title: string; description?: string; link?: string; at?: string }

export function useLiveSections(kind: HomeKind | undefined, sections: HomeSection[] | undefined): HomeSection[] | undefined {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [live, setLive] = useState<Record<string, Item[]>>({});

  useEffect(() => {
    let alive = true;
    const stageText = (p: ProjectSummary) => `${pick(lang, p.stageName, p.stageNameEn)}${p.urgent ? ` · ${t('plan.urgentTag')}` : ''}`;
    const asItem = (p: ProjectSummary, description = stageText(p)): Item => ({ id: p.id, title: `${p.code} ${p.name}`, description, link: `/projects/${p.id}`, at: p.updatedAt });
    const load = async (): Promise<Record<string, Item[]>> => {
      if (kind === 'declarant') {
        const { items } = await get<Paged<ProjectSummary>>('/projects?pageSize=50');
        const todo = items.filter((p) => p.stage === 'draft' || p.stage === 'returned')
          .map((p) => asItem(p, t(p.stage === 'draft' ? 'home.todoDraft' : 'home.todoReturned')));
        return { todo, projects: items.slice(0, 8).map((p) => asItem(p)) };
      }
      if (kind === 'reviewer') {
        const { items } = await get<ReviewTodo>('/reviews/todo');
        return { awaiting: items.map((p) => asItem(p, `${p.declaringOrgName ?? ''} · ${t('home.waited', { hours: p.waitingHours })}`)) };
      }
      if (kind === 'data_bureau') {
        const counts = await Promise.all(STAGE_CODES.map(async (s) => [s, (await get<Paged<ProjectSummary>>(`/projects?stage=${s}&pageSize=1`)).total] as const));
        return {
          pipeline: counts.filter(([, n]) => n > 0).map(([s, n]) => {
            const info = stageInfo(s);
            return { id: s, title: info ? pick(lang, info.zh, info.en) : s, description: t('home.stageCount', { count: n }), link: `/projects?stage=${s}` };
          }),
        };
      }
      return {};
    };
    load().then((r) => { if (alive) setLive(r); }, () => undefined);
    return () => { alive = false; };
  }, [kind, lang, t]);

  return sections?.map((s) => (live[s.key]?.length ? { ...s, items: live[s.key] } : s));
}
