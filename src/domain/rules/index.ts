// Public API of the rules engine (SPEC §4).
export * from './types.js';
export type * from './declaration-input.js';
export type * from './stage-inputs.js';
export { runRules, hasBlocking, ruleCatalog, getRuleMeta, CHECKED_RULES, CHECKED_IDS } from './engine.js';
export { articleZh, hasText } from './cite.js';
export { declarationDeadline, formatLocalTime, isUrgentDerogation } from './deadline.js';
export { isValidDataResource } from './data-and-scenario.js';
export { preReviewOutcome, type PreReviewOutcome } from './plan-gates.js';
export * from './later-stage-calcs.js';
