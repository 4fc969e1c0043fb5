// Project application to construction (SPEC §3 steps 6–11; Measures ch.3 Art.11–14, ch.4 Art.15–19).
export * from './documents.js';
export * from './approval-route.js';
export * from './simplified-paths.js';
export * from './joint-review.js';
export * from './revision.js';
export * from './gates.js';
export * from './change.js';
export * from './revision-stats.js';
export { inclusiveZh, lineEn, lineZh, percentOfZh, wanZh, yuanEn, yuanZh } from './text.js';
