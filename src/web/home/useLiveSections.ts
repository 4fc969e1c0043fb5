// Fills the home page's sections with live data (issue 13): to-dos from the one to-do source
// (GET /todo, paged, with counts — the bell reads the same), a unit's projects and the open call,
// the data bureau's projects by stage and overdue final versions from one GET /dashboard (not one
// request per stage), the opinions a reviewer's party has given (GET /reviews/given), an
// implementer's or supervisor's contracted projects. Each section says whether its data are still
// loading, so the page shows a skeleton rather than an empty state that is not true.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qs } from '../api/client';
import type { Call, Paged, ProjectSummary } from '../api/plan-types';
import type { HomeKind, HomeSection } from '../api/types';
import { useApi } from '../api/useApi';
import { STAGES, type Stage } from '../../domain/lifecycle/stages';
import { formatDateTime } from '../i18n/format';
import { actionLabel, phaseLabel, stageLabel } from '../i18n/labels';
import { citeText } from '../plan/cite';
import { useTodo } from './todoStore';

export interface HomeItem {
  id: string;
  title: string;
  description?: string;
  link?: string;
  at?: string;
  fen?: number;
}
export interface LiveSection extends HomeSection {
  items: HomeItem[];
  loading: boolean;
  /** Server paging of the list, when it has more than one page. */
  paging?: { page: number; pageSize: number; total: number; onChange: (page: number) => void };
  /** A one-line count above the list ("共 5 项，其中 1 项逾期"). */
  summary?: string;
  more?: string;
}

interface Given {
  items: {
    id: string;
    review: 'pre_review' | 'joint_review';
    article: string | null;
    round: number;
    decision: string;
    decisionName: string;
    givenAt: string;
    project: ProjectSummary;
  }[];
  total: number;
}
interface DashboardLite {
  byStage: { stage: Stage; count: number; totalFen: number }[];
  overdueRevisions: (ProjectSummary & { revisionDueAt: string | null })[];
}

const TODO_PAGE = 8;
const GIVEN_PAGE = 8;

export function useLiveSections(kind: HomeKind | undefined, sections: HomeSection[] | undefined) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [todoPage, setTodoPage] = useState(1);
  const [givenPage, setGivenPage] = useState(1);
  const wants = (key: string) => !!sections?.some((s) => s.key === key);
  const projectsPageSize = kind === 'declarant' ? 8 : 20;

  const todo = useTodo(todoPage, TODO_PAGE, wants('todo') || wants('awaiting'));
  const projects = useApi<Paged<ProjectSummary>>(
    wants('projects') ? `/projects${qs({ pageSize: projectsPageSize })}` : null,
  );
  const board = useApi<DashboardLite>(kind === 'data_bureau' ? '/dashboard' : null);
  const given = useApi<Given>(wants('done') ? `/reviews/given${qs({ page: givenPage, pageSize: GIVEN_PAGE })}` : null);

  const stageText = (p: ProjectSummary) => `${stageLabel(p.stage, lang)}${p.urgent ? ` · ${t('plan.urgentTag')}` : ''}`;
  const asItem = (p: ProjectSummary, description = stageText(p)): HomeItem => ({
    id: p.id,
    title: `${p.code} ${p.name}`,
    description,
    link: `/projects/${p.id}`,
    at: p.updatedAt,
  });

  const live: Record<string, Omit<LiveSection, keyof HomeSection> & { items: HomeItem[] }> = {};
  const todoSection = {
    loading: todo.loading && !todo.data,
    items: (todo.data?.items ?? []).map((x) => {
      const vars = {
        action: actionLabel(x.action, lang),
        article: citeText(x.article, lang),
        due: formatDateTime(x.dueAt),
      };
      const key = x.dueAt ? (x.overdue ? 'home.todoOverdue' : 'home.todoDue') : 'home.todoAction';
      return { ...asItem(x.project, `${x.project.declaringOrgName ?? ''} · ${t(key, vars)}`), at: x.since };
    }),
    paging: todo.data
      ? { page: todoPage, pageSize: TODO_PAGE, total: todo.data.total, onChange: setTodoPage }
      : undefined,
    summary: todo.data?.total
      ? t(todo.data.overdue ? 'ux.home.todoCountOverdue' : 'ux.home.todoCount', {
          count: todo.data.total,
          overdue: todo.data.overdue,
        })
      : undefined,
  };
  live.todo = todoSection;
  live.awaiting = todoSection;
  live.projects = {
    loading: projects.loading && !projects.data,
    items: (projects.data?.items ?? []).map((p) => ({ ...asItem(p), fen: p.totalFen })),
    summary:
      (projects.data?.total ?? 0) > projectsPageSize
        ? t('ux.home.projectsShown', { count: projects.data?.total })
        : undefined,
    more: (projects.data?.total ?? 0) > projectsPageSize ? '/projects' : undefined,
  };
  live.pipeline = {
    loading: board.loading && !board.data,
    items: (board.data?.byStage ?? [])
      .filter((s) => s.count > 0)
      .map((s) => ({
        id: s.stage,
        title: stageLabel(s.stage, lang),
        description: `${phaseLabel(STAGES[s.stage].phase, lang)} · ${t('home.stageCount', { count: s.count })}`,
        link: `/projects?stage=${s.stage}`,
        fen: s.totalFen,
      })),
  };
  live.overdue = {
    loading: board.loading && !board.data,
    items: (board.data?.overdueRevisions ?? []).map((p) => ({
      ...asItem(
        p,
        `${p.declaringOrgName ?? ''} · ${t('ux.home.revisionOverdue', { due: formatDateTime(p.revisionDueAt) })}`,
      ),
      at: undefined,
    })),
  };
  live.done = {
    loading: given.loading && !given.data,
    items: (given.data?.items ?? []).map((o) => ({
      ...asItem(
        o.project,
        t('ux.home.given', {
          review: t(`ux.home.review.${o.review}`),
          round: o.round,
          decision: o.decisionName,
          stage: stageLabel(o.project.stage, lang),
        }),
      ),
      id: o.id,
      at: o.givenAt,
    })),
    paging: given.data
      ? { page: givenPage, pageSize: GIVEN_PAGE, total: given.data.total, onChange: setGivenPage }
      : undefined,
  };

  const open = useApi<{ items: Call[] }>(kind === 'declarant' ? '/calls' : null);
  const openCall = open.data?.items.find((c) => c.status === 'open' && !c.deadlinePassed) ?? null;

  const result: LiveSection[] | undefined = sections?.map((s) => {
    const l = live[s.key];
    return l ? { ...s, ...l } : { ...s, items: s.items as HomeItem[], loading: false };
  });
  return { sections: result, openCall, callsLoading: open.loading && !open.data };
}
