// English strings of construction management (same keys as contract-zh.ts).
import type { contractZh } from './contract-zh';

export const contractEn: typeof contractZh = {
  contract: {
    contractAmount: 'Contract amount', none: 'None', orgPlaceholder: 'Choose a unit', docOptional: 'Contract file (optional)',
    docHint: 'Upload it on the Documents tab as "{{type}}" first, then pick it here',
    decentral: {
      title: 'Ask for decentralised construction', approvalTitle: 'Record decentralised-construction approvals', section: 'Decentralised construction ({{article}})',
      intro: 'District projects are built centrally. A classified or upper-level-deployed project that must be built separately needs the consultation mechanism\'s agreement, then the district government\'s approval ({{article}}).',
      basis: 'Ground', classified: 'Classified project', upper_level: 'Deployed by a higher level', notClassified: 'This project is not marked classified',
      reason: 'Why it must be built separately', consultation: 'Consultation mechanism agreed', government: 'District government approved', docNumber: 'Document no.', date: 'Date',
      recorded: 'recorded', pending: 'pending', requested: 'requested', done: 'Request submitted', approvalsDone: 'Approvals recorded',
      governmentAfter: 'The consultation mechanism must agree before the government approves', nothing: 'Record at least one approval',
    },
    procurement: {
      title: 'Record procurement and contract', section: 'Procurement and contract ({{article}})',
      intro: 'Only projects in the annual list, through the joint review, with an approved budget (and, where required, the NDRC approval) may be procured ({{article}}, R-PROCURE). The winning vendor becomes the implementer and sees the project.',
      method: 'Procurement method', date: 'Contract date', implementer: 'Winning vendor (implementer)', amount: 'Contract amount (¥)', done: 'Procurement recorded',
      methods: {
        public_tender: 'Open tender', invited_tender: 'Invited tender', competitive_negotiation: 'Competitive negotiation', competitive_consultation: 'Competitive consultation',
        single_source: 'Single source', inquiry: 'Request for quotation', framework: 'Framework agreement',
      },
    },
    supervision: {
      title: 'Record the supervision contract', section: 'Supervision ({{article}})',
      intro: 'Projects with a budget over ¥500,000 engage a qualified supervision unit under an IT project supervision contract before construction starts ({{article}}, R-SUPERVISION).',
      supervisor: 'Supervision unit', amount: 'Supervision contract amount (¥)', date: 'Supervision contract date', done: 'Supervision contract recorded',
    },
    start: { confirm: 'Start construction? Projects over ¥500,000 need a supervision contract first (Art.19).', done: 'Construction started', startedAt: 'Started' },
    change: {
      title: 'Change', section: 'Changes ({{article}})',
      intro: 'Projects are not changed in principle. Within the approved budget, with an amount of at most ¥4,000,000 or at most 10% of the contract, and on one of the grounds below, the declarant files the change; otherwise the project is declared again ({{article}}, R-CHANGE).',
      content: 'What changes', amount: 'Change amount (¥)', totalAfter: 'Total after the change (¥)', ground: 'Ground', noGround: 'None of these',
      reference: 'Approved budget {{budget}}, contract {{contract}}', decision: 'Decision', file: 'Filed; the change takes effect', redeclare: 'Must be declared again',
      redeclareHint: 'The project is back at "awaiting application"; the change goes with the new application.', close: 'Close', met: 'met', notMet: 'not met',
      list: 'Changes', time: 'Time', route: 'Decision', done: 'Change decided', empty: 'No changes',
    },
  },
};
