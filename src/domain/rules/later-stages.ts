// The rules of SPEC §4 that no Rule checks yet, listed so the catalogue is complete; ruleCatalog
// marks them checked: false. When a rule gets a check, its meta moves next to the check (one file per
// rule family, as acceptance.ts, evaluation.ts, exit.ts, monitoring.ts and rectify.ts did for
// Art.24–33) and leaves this list — the engine refuses an id that is both here and checked. Every
// rule of SPEC §4 is checked today, so the list is empty.
import type { RuleMeta } from './types.js';

export const LATER_STAGE_RULES: readonly RuleMeta[] = [];
