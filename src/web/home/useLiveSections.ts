// Fills the home page's sections with live data: everyone's to-dos (GET /todo: the action, named by
// the domain's TRANSITIONS label, its article, a deadline), a unit's projects, the data bureau's
// projects by stage (grouped by phase, from the domain's stage table) and overdue final versions, an
// implementer's or supervisor's contracted projects. A section with nothing in it keeps its
// empty-state text.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../api/client';
import type { Paged, ProjectSummary } from '../api/plan-types';
import type { HomeKind, HomeSection } from '../api/types';
import { PHASE_ORDER, stagesOf } from '../../domain/lifecycle/stages';
import type { ProjectAction } from '../../domain/lifecycle/transitions';
import { formatDateTime } from '../i18n/format';
import { actionLabel, phaseLabel, stageLabel } from '../i18n/labels';
import { citeText } from '../plan/cite';

interface Item {
  id: string;
  title: string;
  description?: string;
  link?: string;
  at?: string;
}
interface TodoItem {
  project: ProjectSummary;
  action: ProjectAction;
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
      `${stageLabel(p.stage, lang)}${p.urgent ? ` · ${t('plan.urgentTag')}` : ''}`;
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
          action: actionLabel(x.action, lang),
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
            PHASE_ORDER.flatMap((phase) =>
              stagesOf(phase).map(
                async (s) =>
                  [phase, s, (await get<Paged<ProjectSummary>>(`/projects?stage=${s}&pageSize=1`)).total] as const,
              ),
            ),
          ),
          get<{ items: { orgId: string; orgName: string; pendingOverdue: number }[] }>('/statistics/revisions'),
        ]);
        return {
          todo,
          pipeline: counts
            .filter(([, , n]) => n > 0)
            .map(([phase, s, n]) => ({
              id: s,
              title: stageLabel(s, lang),
              description: `${phaseLabel(phase, lang)} · ${t('home.stageCount', { count: n })}`,
              link: `/projects?stage=${s}`,
            })),
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
