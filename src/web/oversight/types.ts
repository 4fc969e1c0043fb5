// What GET /projects/:id/oversight answers (src/server/oversight/panel.ts).
import type { RectificationDecision, SanctionLevel } from '../../domain/oversight/sanctions';
import type { TargetResult } from '../../domain/oversight/evaluation';

export interface OversightPanelData {
  projectId: string;
  stage: string;
  targets: { indicator: string; target: string }[];
  sanction: { level: SanctionLevel; zh: string; en: string } | null;
  evaluations: {
    id: string;
    kind: 'data_bureau' | 'third_party';
    year: number;
    score: number;
    summary: string;
    documentId: string | null;
    targets: { indicator: string; target: string; result: TargetResult; note: string }[];
    targetsUnmet: boolean;
    evaluatorOrg: string | null;
    evaluatedByName: string | null;
    evaluatedAt: string;
  }[];
  assignments: { id: string; year: number; evaluator: string | null; completedAt: string | null }[];
  orders: {
    id: string;
    round: number;
    reason: string;
    orderedOn: string;
    deadline: string;
    answer: string | null;
    answeredAt: string | null;
    answeredByName: string | null;
    decision: RectificationDecision | null;
    decisionNote: string | null;
    decidedByName: string | null;
    decidedAt: string | null;
  }[];
  steps: {
    seq: number;
    step: SanctionLevel | 'lifted';
    reason: string;
    decidedByName: string | null;
    decidedByOrg: string | null;
    decidedAt: string;
  }[];
  requests: {
    id: string;
    kind: 'information' | 'guidance';
    subject: string;
    body: string;
    answerDue: string | null;
    fromOrg: string | null;
    sentByName: string | null;
    sentAt: string;
    answer: string | null;
    answeredByName: string | null;
    answeredAt: string | null;
  }[];
  can: { evaluate: boolean; assign: boolean; sendRequest: boolean; answerRequest: boolean };
}
