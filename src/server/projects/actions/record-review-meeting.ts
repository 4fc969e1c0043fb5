// 线下汇报、评审 (Art.13 "区数据局可组织申报单位、联审部门进行线下汇报、评审"): the data bureau records
// the meeting, with its own minutes as the project's document.
import { z } from 'zod';
import { assertProjectDocument } from '../facts.js';
import { defineUseCase } from './take-action.js';
import { MeetingRecordedSchema } from '../action-responses.js';

export const recordReviewMeeting = defineUseCase({
  action: 'record_meeting',
  method: 'POST',
  url: '/projects/:id/meetings',
  summary: '登记线下汇报、评审会（第十三条）',
  tags: ['approval'],
  status: 201,
  response: MeetingRecordedSchema,
  body: z.object({
    date: z.iso.date(),
    attendees: z.string().trim().min(2).max(2000),
    summary: z.string().trim().max(5000).default(''),
    minutesDocumentId: z.uuid().optional(),
  }),
  async run({ tx, access, input }) {
    await assertProjectDocument(
      tx,
      access.project.id,
      input.minutesDocumentId,
      'meeting_minutes',
      'minutesDocumentId',
      '线下评审会议纪要',
      'Art.13',
    );
    return {
      event: { action: 'project.meeting_recorded', article: 'Art.13', note: input.summary, detail: input },
      extra: { ok: true },
    };
  },
});
