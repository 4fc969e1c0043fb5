// Shapes of the annual-plan API (Measures chapter 2: calls, projects, findings, documents,
// pre-review, budget review, plan issue, annual list), as the server declares them (issue 13): each
// is the generated type of the server's response schema (src/web/api/openapi.d.ts, `npm run openapi`).
// Money is always integer fen. The codes the domain owns (actions, stages, severities) are the
// domain's types. A stage's name and article are read from STAGES (i18n/labels.ts): the copies the
// server also sends (stageName, stageNameEn, stageArticle) are left out here so the web cannot use them.
import type { ProjectAction } from '../../domain/lifecycle/transitions';
import type { Stage } from '../../domain/lifecycle/stages';
import type { Severity } from '../../domain/rules/types';
import type { components } from './openapi';

type S = components['schemas'];
type StageCopies = 'stageName' | 'stageNameEn';

export type { ProjectAction, Severity, Stage };
export type Labelled = S['Labelled'];
export type ListParam = S['ListParam'];

export type RuleEntry = S['RuleEntry'];
export type RulesCatalogue = S['RulesCatalogue'];

export type Call = S['Call'];

export type ProjectSummary = Omit<S['ProjectSummary'], StageCopies>;
export type Finding = S['Finding'];

/** The form as a project carries it: a draft autosaves, so any part may be missing. */
type FormDraft = S['Project']['form'];
/** The whole declaration form, as the editor sends it: every part (the contact may be left out). */
export type DeclarationForm = Required<Omit<FormDraft, 'contactName' | 'contactPhone'>> &
  Pick<FormDraft, 'contactName' | 'contactPhone'>;

/**
 * GET /projects/:id and every action's answer: the summary, the form, the review-to-contract facts
 * (ApprovalFields), the trial and acceptance (DeliveryFields), and the actions the person may take now.
 */
export type Project = Omit<S['Project'], StageCopies | 'stageArticle'>;

export type FindingsResult = S['FindingsResult'];

/** A document version; `withdrawable` where a list says so (not on an upload's answer or a system's documents). */
export type DocVersion = S['UploadedDocument'] & Partial<Pick<S['DocVersion'], 'withdrawable'>>;
export type DocItem = S['DocItem'];
export type DocumentsResult = S['DocumentsResult'];

export type OpinionsResult = S['OpinionsResult'];
export type ReviewTodo = S['ReviewTodo'];
export type Round = S['Round'];
export type RoundDiff = S['RoundDiff'];

export type AnnualListRow = S['AnnualListRow'];
export type AnnualList = S['AnnualList'];

export interface Paged<T> {
  items: T[];
  total: number;
}
