// GET /api/v1/rules — every rule with its id, article, stage, severity and the parameter values in
// force. Public, no sign-in: the Measures are a public document ("此件公开发布").
import { z } from 'zod';
import { EDITIONS, getEdition } from '../../domain/editions/index.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import { ruleCatalog } from '../../domain/rules/index.js';
import { notFound } from '../errors.js';
import type { ZApp } from '../zapp.js';
import { type RulesCatalogue, RulesCatalogueSchema } from './rules-responses.js';

export async function rulesRoutes(app: ZApp) {
  app.get(
    '/rules',
    {
      schema: {
        tags: ['rules'],
        summary: '规则目录（公开）：编号、条款、环节、效力与现行参数',
        security: [],
        querystring: z.object({ edition: z.string().max(40).optional() }),
        response: { 200: RulesCatalogueSchema },
      },
    },
    async (req) => {
      // The edition asked for, or the one in force today (Art.36).
      const edition = req.query.edition ? getEdition(req.query.edition) : editionForNew(req.now);
      if (!edition) throw notFound('规则版本', 'Edition');
      const inForce = editionForNew(req.now);
      const catalogue: RulesCatalogue = {
        edition: {
          id: edition.id,
          title: edition.title,
          titleEn: edition.titleEn,
          issuer: edition.issuer,
          issued: edition.issued,
          effective: edition.effective,
        },
        editions: EDITIONS.map((e) => ({
          id: e.id,
          title: e.title,
          effective: e.effective,
          isDefault: e.id === inForce.id,
          inForce: e.id === inForce.id,
        })),
        rules: ruleCatalog(edition),
        parameters: { ...edition.params },
        lists: edition.lists,
      };
      return catalogue;
    },
  );
}
