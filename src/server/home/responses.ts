// What the home page call answers (SPEC §1, issue 13): the person's kind of home, a few counts for
// the administrators, and the sections the web fills from /todo, /projects and /statistics.
import { z } from 'zod';
import { HomeKindSchema } from '../auth/responses.js';
import { int } from '../platform/api-schemas.js';

export const HomeStatSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    labelEn: z.string(),
    value: int,
    /** Where the card leads, when there is a page for it. */
    link: z.string().optional(),
  })
  .meta({ id: 'HomeStat' });
export type HomeStat = z.output<typeof HomeStatSchema>;

export const HomeSectionSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    titleEn: z.string(),
    /** Always empty here: the web fills the section from /todo, /projects and /statistics. */
    items: z
      .array(z.never())
      .max(0)
      .meta({ description: '总是空：由网页从 /todo、/projects、/statistics 填充 / always empty: the web fills it' }),
    /** What will appear there, said when the section is empty. */
    emptyText: z.string(),
    emptyTextEn: z.string(),
  })
  .meta({ id: 'HomeSection' });
export type HomeSection = z.output<typeof HomeSectionSchema>;

export const HomeSchema = z
  .object({
    kind: HomeKindSchema,
    title: z.string(),
    titleEn: z.string(),
    stats: z.array(HomeStatSchema),
    sections: z.array(HomeSectionSchema),
  })
  .meta({ id: 'Home' });
export type Home = z.output<typeof HomeSchema>;
