// Shared helpers of the approval data-case tests (imported by *.test.ts only).
import { expect } from 'vitest';
import { articleZh } from '../rules/cite.js';
import type { Finding } from '../rules/types.js';

/** Every finding cites its article in both languages, in the regulation's words. */
export function expectCited(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.article).toMatch(/^Art\.\d/);
    expect(articleZh(f.article)).toMatch(/^第[一二三四五六七八九十]+条/);
    expect(f.message).toMatch(/^[\u4e00-\u9fff]/);
    expect(f.message.endsWith(`（${articleZh(f.article)}）`)).toBe(true);
    expect(f.messageEn.endsWith(`(${f.article})`)).toBe(true);
  }
}

/** "rule severity article field" per finding, in order: what the data cases compare. */
export const summary = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.rule} ${f.severity} ${f.article} ${f.field ?? '-'}`);
