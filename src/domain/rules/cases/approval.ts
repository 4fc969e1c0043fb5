// R-FORM (Art.14) at approval; R-DECENTRAL (Art.15) at approval, at procurement, when it is
// requested and when its approvals are recorded.
import type { DecentralisedFacts } from '../stage-inputs.js';
import { x, type RuleCase } from './types.js';

const FORM = x('R-FORM', 'block', 'signedScanUploaded');
const D = (what: 'consultationApproved' | 'governmentApproved') => x('R-DECENTRAL', 'block', `decentralised.${what}`);
const dec = (consultationApproved: boolean, governmentApproved: boolean): DecentralisedFacts => ({
  requested: true,
  consultationApproved,
  governmentApproved,
});

export const approvalCases: RuleCase[] = [
  // Approval (批复).
  { stage: 'approval', name: 'signed scan uploaded: approved', input: {}, expect: [] },
  {
    stage: 'approval',
    name: 'no signed scan: refused',
    input: { signedScanUploaded: false },
    expect: [FORM],
    says: ['未上传经联审单位分管领导签字并加盖公章的《联合评审表》扫描件，不予批复（第十四条）'],
  },
  {
    stage: 'approval',
    name: 'decentralised, nothing recorded',
    input: { decentralised: dec(false, false) },
    expect: [D('consultationApproved'), D('governmentApproved')],
  },
  {
    stage: 'approval',
    name: 'decentralised, consultation only',
    input: { decentralised: dec(true, false) },
    expect: [D('governmentApproved')],
  },
  {
    stage: 'approval',
    name: 'decentralised, government only',
    input: { decentralised: dec(false, true) },
    expect: [D('consultationApproved')],
  },
  { stage: 'approval', name: 'decentralised, both recorded', input: { decentralised: dec(true, true) }, expect: [] },
  {
    stage: 'approval',
    name: 'not requested: the approvals are irrelevant',
    input: { decentralised: { requested: false, consultationApproved: false, governmentApproved: false } },
    expect: [],
  },
  {
    stage: 'approval',
    name: 'no scan and no government approval',
    input: { signedScanUploaded: false, decentralised: dec(true, false) },
    expect: [FORM, D('governmentApproved')],
  },

  // Before procurement (with R-PROCURE, cases/construction.ts).
  {
    stage: 'procurement',
    name: 'procurement of a decentralised project, nothing recorded',
    input: { decentralised: dec(false, false) },
    expect: [D('consultationApproved'), D('governmentApproved')],
  },
  {
    stage: 'procurement',
    name: 'procurement of a decentralised project, both recorded',
    input: { decentralised: dec(true, true) },
    expect: [],
  },

  // The request.
  { stage: 'decentral_request', name: 'a classified project asks on its classification', input: {}, expect: [] },
  {
    stage: 'decentral_request',
    name: 'classification as the basis of a project not marked classified',
    input: { basis: 'classified', classified: false },
    expect: [x('R-DECENTRAL', 'block', 'basis')],
    says: ['本项目未标记为涉密项目（第十五条）'],
  },
  {
    stage: 'decentral_request',
    name: 'an upper-level deployment needs no classification',
    input: { basis: 'upper_level', classified: false },
    expect: [],
  },

  // Recording its approvals: consultation first, then the government.
  { stage: 'decentral_approval', name: 'the consultation approves first', input: {}, expect: [] },
  {
    stage: 'decentral_approval',
    name: 'the government after the recorded consultation',
    input: { consultationApproved: true, consultationGiven: false, governmentGiven: true },
    expect: [],
  },
  {
    stage: 'decentral_approval',
    name: 'both in the same request',
    input: { consultationGiven: true, governmentGiven: true },
    expect: [],
  },
  {
    stage: 'decentral_approval',
    name: 'the government before the consultation',
    input: { consultationApproved: false, consultationGiven: false, governmentGiven: true },
    expect: [x('R-DECENTRAL', 'block', 'government', 'RULE_BLOCKED')],
    says: ['须先经会商机制审核同意，再报区政府批准（第十五条）'],
  },
  {
    stage: 'decentral_approval',
    name: 'approvals of a construction nobody asked to decentralise',
    input: { requested: false },
    expect: [x('R-DECENTRAL', 'block', 'requested')],
    says: ['申报单位尚未申请分散建设'],
  },
];
