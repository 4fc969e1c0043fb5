// The cockpit's answer as the web reads it (GET /api/v1/cockpit, src/server/cockpit/cockpit.ts).
import type { ProjectSummary } from '../api/plan-types';

export type PipelineStep = 'declared' | 'budgeted' | 'control_price' | 'contracted' | 'disbursed' | 'recovered';
export type Figures = Record<PipelineStep, { fen: number; count: number }>;
export interface Note {
  zh: string;
  en: string;
}
export interface PartyTimeliness {
  party: string;
  zh: string;
  en: string;
  count: number;
  medianDays: number | null;
  avgDays: number | null;
  maxDays: number | null;
  overdueCount: number | null;
  uncountedCount: number;
}
export interface OversightSection {
  available: boolean;
  note: string;
  noteEn: string;
  items: { key: string; zh: string; en: string; article: string; count: number }[];
}
export interface Cockpit {
  year: number | null;
  asOf: string;
  pipeline: { step: PipelineStep; zh: string; en: string; article: string; fen: number; count: number }[];
  recoveredNote: Note;
  byDepartment: { orgId: string; name: string; figures: Figures }[];
  byCategory: { category: string; name: string; nameEn: string; figures: Figures }[];
  byYear: { planYear: number; figures: Figures }[];
  bySource: { source: string; name: string; nameEn: string; count: number; declaredFen: number }[];
  sourceNote: Note;
  reviewTimeliness: {
    all: PartyTimeliness[];
    pre_review: PartyTimeliness[];
    joint_review: PartyTimeliness[];
    waitLimit: { value: number; word: string; article: string } | null;
    note: Note;
  };
  overdueByUnit: {
    orgId: string;
    name: string;
    overdue: number;
    late: number;
    byKind: {
      kind: string;
      zh: string;
      en: string;
      rule: string | null;
      article: string;
      overdue: number;
      late: number;
    }[];
  }[];
  overdueNote: Note;
  monitoringFlags: OversightSection;
  evaluationScores: OversightSection & { averageScore: number | null };
}

/** A figure to drill into: the query of GET /cockpit/projects and the title the list shows. */
export interface Drill {
  title: string;
  query: Record<string, string | number | undefined>;
}

export interface DrillPage {
  items: ProjectSummary[];
  total: number;
  page: number;
  pageSize: number;
}
