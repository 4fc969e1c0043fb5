// 组织机构管理 — the system admin's area (三权分立). Everyone signed in may read the directory
// (declarants pick co-building units from it); only `org.manage` may change it.
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { organizations } from '../../db/schema.js';
import { ORG_KINDS, ORG_ROLE_CODES } from '../../domain/organizations.js';
import { AppError, notFound } from '../errors.js';
import { auditTx } from '../audit/record.js';
import { requirePermission, requireUser } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { expectedVersion, setEtag, staleError } from '../platform/versioning.js';
import { type Organization, OrganizationListSchema, OrganizationSchema } from './responses.js';

const orgFields = {
  name: z.string().trim().min(2, '名称至少 2 个字').max(100),
  nameEn: z.string().trim().max(200).optional(),
  roles: z.array(z.enum(ORG_ROLE_CODES as [string, ...string[]])).min(1, '至少选择一个单位角色'),
  kind: z.enum(Object.keys(ORG_KINDS) as [string, ...string[]]),
  parentId: z.uuid().nullable().optional(),
};
const createBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, '编码须为小写字母、数字或连字符'),
  ...orgFields,
});
const updateBody = z.object({ ...orgFields, disabled: z.boolean(), version: z.number().int().optional() }).partial();
const idParams = z.object({ id: z.uuid('无效的编号') });

type Org = typeof organizations.$inferSelect;
const present = (o: Org): Organization => ({
  ...o,
  // Stored as text; written only through the zod enums of createBody/updateBody.
  roles: o.roles as Organization['roles'],
  kind: o.kind as Organization['kind'],
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});

export async function organizationRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: '组织机构列表',
        querystring: z.object({ q: z.string().max(50).optional(), role: z.string().max(40).optional() }),
        response: { 200: OrganizationListSchema },
      },
    },
    async (req) => {
      requireUser(req);
      const { q, role } = req.query;
      const rows = await db
        .select()
        .from(organizations)
        .where(
          and(
            q ? or(ilike(organizations.name, `%${q}%`), ilike(organizations.code, `%${q}%`)) : undefined,
            role ? sql`${role} = ANY(${organizations.roles})` : undefined,
          ),
        )
        .orderBy(asc(organizations.code));
      return { items: rows.map(present), total: rows.length };
    },
  );

  app.get(
    '/organizations/:id',
    {
      schema: {
        tags: ['organizations'],
        summary: '组织机构详情',
        params: idParams,
        response: { 200: OrganizationSchema },
      },
    },
    async (req, reply) => {
      requireUser(req);
      const [row] = await db.select().from(organizations).where(eq(organizations.id, req.params.id));
      if (!row) throw notFound('组织机构', 'Organisation');
      setEtag(reply, row.version);
      return present(row);
    },
  );

  app.post(
    '/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: '新建组织机构（系统管理员）',
        body: createBody,
        response: { 201: OrganizationSchema },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'org.manage');
      const body = req.body;
      if (body.parentId) await mustExist(body.parentId);
      const created = await db.transaction(async (tx) => {
        const [dup] = await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(eq(organizations.code, body.code));
        if (dup)
          throw new AppError(409, 'DUPLICATE_CODE', `组织编码 ${body.code} 已存在`, {
            messageEn: 'Code already in use',
            field: 'code',
          });
        const [row] = await tx
          .insert(organizations)
          .values({
            ...body,
            nameEn: body.nameEn ?? '',
            parentId: body.parentId ?? null,
            createdAt: req.now,
            updatedAt: req.now,
          })
          .returning();
        await auditTx(tx, req, {
          action: 'org.created',
          outcome: 'success',
          targetType: 'organization',
          targetId: row.id,
          detail: { code: row.code, name: row.name },
        });
        return row;
      });
      setEtag(reply, created.version);
      return reply.status(201).send(present(created));
    },
  );

  app.patch(
    '/organizations/:id',
    {
      schema: {
        tags: ['organizations'],
        summary: '修改组织机构（需版本号）',
        params: idParams,
        body: updateBody,
        response: { 200: OrganizationSchema },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'org.manage');
      const { version: bodyVersion, ...changes } = req.body;
      const expected = expectedVersion(req, bodyVersion);
      if (changes.parentId) {
        if (changes.parentId === req.params.id)
          throw new AppError(400, 'PARENT_SELF', '上级单位不能是其本身', { field: 'parentId' });
        await mustExist(changes.parentId);
      }
      const updated = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(organizations)
          .set({ ...changes, version: sql`${organizations.version} + 1`, updatedAt: req.now })
          .where(and(eq(organizations.id, req.params.id), eq(organizations.version, expected.version)))
          .returning();
        if (!row) {
          const [exists] = await tx
            .select({ id: organizations.id })
            .from(organizations)
            .where(eq(organizations.id, req.params.id));
          throw exists ? staleError(expected.via) : notFound('组织机构', 'Organisation');
        }
        await auditTx(tx, req, {
          action: 'org.updated',
          outcome: 'success',
          targetType: 'organization',
          targetId: row.id,
          detail: { changes },
        });
        return row;
      });
      setEtag(reply, updated.version);
      return present(updated);
    },
  );

  async function mustExist(id: string) {
    const [p] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
    if (!p) throw new AppError(400, 'PARENT_NOT_FOUND', '上级单位不存在', { field: 'parentId' });
  }
}
