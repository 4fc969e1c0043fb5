// English strings of project review to contract (same keys as approval-zh.ts).
import type { approvalZh } from './approval-zh';

export const approvalEn: typeof approvalZh = {
  approvalTabs: { approval: 'Review & approval', contract: 'Procurement & construction', history: 'History' },
  approvalActions: {
    submit_application: 'Submit the application', ndrc_approve: 'Record NDRC approval', joint_review_opinion: 'Give joint-review opinion',
    record_control_price: 'Record tender control price', record_meeting: 'Record review meeting', submit_revision: 'Submit final version', approve: 'Approve',
    request_decentral: 'Ask for decentralised construction', record_decentral: 'Record decentralisation approvals', record_procurement: 'Record procurement & contract',
    record_supervision: 'Record supervision contract', start_construction: 'Start construction', file_change: 'Change',
    downloadArchive: 'Export the project file', archiveHint: 'Every document version, the history and the inventory with SM3 digests, for audit and archive acceptance', downloadDocx: 'Joint review form (Word)', downloadPdf: 'Joint review form (PDF)',
  },
  application: {
    title: 'Project application', intro: 'A project in the annual list files the declaration form and a feasibility study or construction plan ({{article}}). The platform works out the approval route from the total, the funding and the build kind, and says why.',
    flags: 'About the project', inPlan: 'Listed in a national/provincial/city/district informatisation plan (Art.12(1))',
    urgentMandate: 'Mandated or urgent (national strategy, security) with preparatory work deep enough (Art.12(2))',
    newCivilWorks: 'New civil works', energyIntensive: 'Energy-intensive', ndrcYes: 'NDRC project approval required (R-NDRC)', ndrcNo: 'No NDRC project approval needed',
    reasons: 'Route and reasons', path: 'Procedure', standard: 'Standard procedure', documents: 'Documents required', uploaded: 'uploaded', missing: 'missing',
    missingHint: 'Upload the missing documents on the Documents tab first.', extra: 'Also required: {{items}}', submit: 'Submit application', done: 'Application submitted; joint review started',
    blocked: 'Documents missing',
  },
  ndrc: {
    title: 'Record the NDRC project approval', intro: 'Build projects over ¥4,000,000 using budget funds need the NDRC bureau\'s project approval ({{article}}).',
    docNumber: 'Approval document no.', docNumberPlaceholder: 'e.g. 宿区发改投〔2028〕15号', date: 'Approval date', done: 'NDRC approval recorded', recorded: 'NDRC approval',
    none: 'Not yet approved', notRequired: 'Not required',
  },
  joint: {
    title: 'Joint review ({{article}})', intro: 'The data bureau, the cyberspace office, the finance bureau and the big-data centre review intensive construction, system integration, data sharing, business collaboration, network security and the budget estimate, and give formal opinions.',
    formTitle: 'Joint-review opinion ({{party}})', dimensions: 'Opinion on each dimension', decision: 'Conclusion', overall: 'Overall opinion',
    pass: 'Pass', return: 'Pass after revision', fail: 'Fail', submit: 'Submit opinion', given: 'Opinion submitted',
    spoke: 'given', waiting: 'pending', hidden: '{{count}} opinion(s) of other parties become visible once your party has given its own (independent review).',
    hiddenOther: 'The joint review is in progress; {{count}} opinion(s) become visible when it ends.', none: 'No joint-review opinions yet', dimensionRequired: 'Give your opinion on this dimension',
    controlPrice: 'Tender control price', recovery: 'Amount recovered', recoveryHint: 'The budget above the reviewed tender control price is recovered (R-RECOVERY)',
    notYet: 'not recorded', meetings: 'Offline reviews',
  },
  controlPrice: {
    title: 'Record the tender control price', intro: 'The finance bureau reviews the estimate and sets the tender control price; the platform recovers max(0, budget − control price) ({{article}}).',
    amount: 'Reviewed tender control price (¥)', budget: 'Budget: {{amount}}', done: 'Control price recorded; recovered {{amount}}',
  },
  meeting: {
    title: 'Record an offline review meeting', intro: 'The data bureau may hold an offline presentation and review with the declarant and the reviewing parties ({{article}}).', date: 'Meeting date',
    attendees: 'Attendees', summary: 'Minutes summary', minutes: 'Minutes file', minutesHint: 'Upload it on the Documents tab as "Review meeting minutes" first, then pick it here',
    done: 'Meeting recorded',
  },
  revision: {
    title: 'Final revision ({{article}})', due: 'Due', dueValue: '{{time}} (3rd working day after the opinions were complete)', left: '{{text}} left',
    overdue: 'Overdue', overdueHint: 'A late final version is marked overdue and counted in the unit\'s statistics (not blocked)', submittedAt: 'Final version submitted',
    onTime: 'On time', lateSubmitted: 'Late', noDeadline: 'No deadline: the official calendar does not cover that year yet; the data bureau must enter it',
    confirm: 'Confirm the final version is revised per the joint-review opinions, uploaded, and the project data updated. The joint review form is generated next.',
    done: 'Final version submitted; the joint review form can be downloaded', doneLate: 'Final version submitted (late, recorded)',
  },
  jrForm: {
    title: 'Joint review form ({{article}})', code: 'Verification code', codeHint: 'The code and QR code printed on the form can be checked on the platform against its records.',
    verify: 'Open the verify page', scan: 'Signed scan', scanYes: 'uploaded', scanNo: 'not uploaded',
    scanHint: 'Download the form, have each party\'s leader sign and seal it, then upload the scan (document type "Joint review form (signed scan)"). Approval is refused without it (R-FORM).',
    notReady: 'Generated once the final version is submitted', approvedAt: 'Approved at',
  },
  approve: { title: 'Approve', confirm: 'Check that the signed, sealed form matches the platform\'s data, then approve.', done: 'Project approved', blockedTitle: 'Cannot approve' },
  route: { title: 'Approval route', path: 'Procedure', submittedAt: 'Application submitted', none: 'No application yet', preview: 'Preparing the application (Art.11, 12)', previewHint: 'The route for the project as it stands, and the documents it needs. If it is in a plan, urgent, involves new civil works or is energy-intensive, tick that when you submit the application: the route changes accordingly.' },
  history: {
    title: 'History', intro: 'Every change of the project: who, when, why, under which rule and article.', time: 'Time', action: 'Event', actor: 'By',
    stage: 'Stage', basis: 'Basis', note: 'Note', empty: 'No history yet',
  },
  verify: {
    title: 'Verify a joint review form', intro: 'Enter the code printed on the joint review form (JR-XXXX-XXXX-XXXX) to check the form\'s data against the platform\'s records.',
    code: 'Code', check: 'Verify', ok: 'Verified', mismatch: 'Does not match', notFound: 'Code not found', project: 'Project',
    declaringOrg: 'Declaring unit', stage: 'Current stage', approvedAt: 'Approved at',
  },
  blocked: { title: 'A rule does not allow this' },
  calc: {
    title: 'Working days and deadlines', intro: 'On the official calendar (public holidays and adjusted working days): the Nth working day after a date (counting from the next day); a deadline N months later (month-end clamp, moved to the next working day); an earliest date N months later (not moved).',
    from: 'From', workingDays: 'Nth working day (deadline)', deadline: 'N months later (deadline, moved)', earliest: 'N months later (earliest, not moved)',
    compute: 'Compute', isWorking: 'working day', isRest: 'rest day',
  },
};

export const revisionStatsEn: typeof import('./approval-zh').revisionStatsZh = {
  revisionStats: {
    intro: 'After the joint review, the declaring unit should finish the final version within 3 working days ({{article}}). Late ones are not blocked but counted here.',
    year: 'Plan year', allYears: 'All years', org: 'Declaring unit', total: 'Projects revised', onTime: 'On time', late: 'Late',
    pending: 'In revision', pendingOverdue: 'In revision, overdue', lateRate: 'Late rate', empty: 'No final revisions yet',
  },
};
