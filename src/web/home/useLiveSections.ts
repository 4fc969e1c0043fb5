// Fills the home page's sections with live data: everyone's to-dos (GET /todo: the action, its
// article, a deadline), a unit's projects, the data bureau's projects by stage and overdue final
// versions, an implementer's or supervisor's contracted projects. A section with nothing in it
// keeps its empty-state text.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../api/client';
import type { Paged, ProjectSummary } from '../api/plan-types';
import type { HomeKind, HomeSection } from '../api/types';
import { formatDateTime, pick } from '../i18n/format';
import { citeText } from '../plan/cite';
import { STAGE_CODES, stageInfo } from '../plan/stages';

interface Item {
  id: string;
  title: string;
  description?: string;
  link?: string;
  at?: string;
}
interface TodoItem {
  project: ProjectSummary;
  action: string;
  actionName: string;
  actionNameEn: string;
  article: string;
  dueAt: string | null;
  overdue: boolean;
  since: string;
}

export function useLiveSections(
  kind: HomeKind | undefined,
  sections: HomeSection[] | undefined,
): HomeSection[] | undefined {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [live, setLive] = useState<Record<string, Item[]>>({});

  useEffect(() => {
    let alive = true;
    const stageText = (p: ProjectSummary) =>
      `${pick(lang, p.stageName, p.stageNameEn)}${p.urgent ? ` · ${t('plan.urgentTag')}` : ''}`;
    const asItem = (p: ProjectSummary, description = stageText(p)): Item => ({
      id: p.id,
      title: `${p.code} ${p.name}`,
      description,
      link: `/projects/${p.id}`,
      at: p.updatedAt,
    });
    const todoItems = async (): Promise<Item[]> => {
      const { items } = await get<{ items: TodoItem[] }>('/todo');
      return items.map((x) => {
        const vars = {
          action: pick(lang, x.actionName, x.actionNameEn),
          article: citeText(x.article, lang),
          due: formatDateTime(x.dueAt),
        };
        const description = `${x.project.declaringOrgName ?? ''} · ${t(x.dueAt ? (x.overdue ? 'home.todoOverdue' : 'home.todoDue') : 'home.todoAction', vars)}`;
        return { ...asItem(x.project, description), at: x.since };
      });
    };
    const load = async (): Promise<Record<string, Item[]>> => {
      if (kind === 'declarant') {
        const [todo, { items }] = await Promise.all([todoItems(), get<Paged<ProjectSummary>>('/projects?pageSize=8')]);
        return { todo, projects: items.map((p) => asItem(p)) };
      }
      if (kind === 'reviewer' || kind === 'ndrc') return { awaiting: await todoItems() };
      if (kind === 'implementer' || kind === 'supervisor' || kind === 'oversight' || kind === 'evaluator') {
        const { items } = await get<Paged<ProjectSummary>>('/projects?pageSize=20');
        return { projects: items.map((p) => asItem(p)) };
      }
      if (kind === 'data_bureau') {
        const [todo, counts, stats] = await Promise.all([
          todoItems(),
          Promise.all(
            STAGE_CODES.map(
              async (s) => [s, (await get<Paged<ProjectSummary>>(`/projects?stage=${s}&pageSize=1`)).total] as const,
            ),
          ),
          get<{ items: { orgId: string; orgName: string; pendingOverdue: number }[] }>('/statistics/revisions'),
        ]);
        return {
          todo,
          pipeline: counts
            .filter(([, n]) => n > 0)
            .map(([s, n]) => {
              const info = stageInfo(s);
              return {
                id: s,
                title: info ? pick(lang, info.zh, info.en) : s,
                description: t('home.stageCount', { count: n }),
                link: `/projects?stage=${s}`,
              };
            }),
          overdue: stats.items
            .filter((x) => x.pendingOverdue > 0)
            .map((x) => ({
              id: x.orgId,
              title: x.orgName,
              description: t('home.overdueRevisions', { count: x.pendingOverdue }),
              link: '/statistics/revisions',
            })),
        };
      }
      return {};
    };
    load().then(
      (r) => {
        if (alive) setLive(r);
      },
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [kind, lang, t]);

  return sections?.map((s) => (live[s.key]?.length ? { ...s, items: live[s.key] } : s));
}
