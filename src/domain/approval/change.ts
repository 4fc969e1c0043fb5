// Changes during construction (调整变更): SPEC §3 step 11, rule R-CHANGE; Measures Art.17. Decided
// in one place, ../rules/change.ts (route + every condition with its amounts); re-exported here.
export {
  CHANGE_GROUNDS,
  decideChange,
  type ChangeCondition,
  type ChangeDecision,
  type ChangeReason,
} from '../rules/change.js';
export type { ChangeGround, ChangeRequest } from '../rules/stage-inputs.js';
