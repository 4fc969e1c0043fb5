// Wording helpers for the approval chapter (Measures ch.3, Art.11–19). The helpers live beside the
// rules that use them (../rules/wording.ts); re-exported here for the approval module's callers.
import { getRuleMeta } from '../rules/engine.js';
import type { RuleId, RuleMeta } from '../rules/types.js';

export { inclusiveZh, lineEn, lineZh, percentOfZh, wanZh, yuanEn, yuanZh } from '../rules/wording.js';

/** The rule reference finding() needs (id + article), from the catalogue. */
export function ruleRef(id: RuleId): Pick<RuleMeta, 'id' | 'article'> {
  const r = getRuleMeta(id);
  return { id: r.id, article: r.article };
}
