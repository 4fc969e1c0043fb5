// 角色与权限 — the security admin's area. Administrator roles are fixed (三权分立 cannot be edited
// away); business roles can be created and their permissions changed, within the business area.
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { roles } from '../../db/schema.js';
import { isPermission, PERMISSIONS, type Permission } from '../../domain/access/permissions.js';
import { checkRolePermissions } from '../../domain/access/roles.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { auditTx } from '../audit/record.js';
import { requirePermission } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { expectedVersion, setEtag, staleError } from '../platform/versioning.js';
import { PermissionListSchema, type Role, RoleListSchema, RoleSchema } from './responses.js';

type RoleRow = typeof roles.$inferSelect;
/** Area and permissions are stored as text; written only through the checks below and the seed. */
const presentRole = (r: RoleRow): Role => ({
  ...r,
  area: r.area as Role['area'],
  permissions: r.permissions as Role['permissions'],
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const permissionList = z.array(z.string().refine(isPermission, '未知权限')).max(100);
const codeParams = z.object({ code: z.string().max(40) });

export async function roleRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/permissions',
    { schema: { tags: ['roles'], summary: '权限目录（按三权分立领域）', response: { 200: PermissionListSchema } } },
    async (req) => {
      await requirePermission(req, 'role.manage', 'user.assign_roles', 'user.manage');
      return {
        items: Object.entries(PERMISSIONS).map(([code, p]) => ({
          code: code as Permission,
          area: p.area,
          name: p.zh,
          nameEn: p.en,
        })),
      };
    },
  );

  app.get(
    '/roles',
    { schema: { tags: ['roles'], summary: '角色列表', response: { 200: RoleListSchema } } },
    async (req) => {
      await requirePermission(req, 'role.manage', 'user.assign_roles', 'user.manage');
      const rows = await db.select().from(roles).orderBy(asc(roles.area), asc(roles.code));
      return { items: rows.map(presentRole) };
    },
  );

  app.post(
    '/roles',
    {
      schema: {
        tags: ['roles'],
        summary: '新建业务角色（安全管理员）',
        body: z.object({
          code: z.string().regex(/^[a-z][a-z0-9_]{2,39}$/, '编码须为小写字母、数字、下划线'),
          name: z.string().trim().min(2).max(40),
          nameEn: z.string().trim().max(80).default(''),
          permissions: permissionList,
        }),
        response: { 201: RoleSchema },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'role.manage');
      const perms = req.body.permissions as Permission[];
      const problem = checkRolePermissions('business', perms);
      if (problem) throw new AppError(400, problem.code, problem.message, { field: 'permissions' });
      const row = await db.transaction(async (tx) => {
        const [dup] = await tx.select({ code: roles.code }).from(roles).where(eq(roles.code, req.body.code));
        if (dup) throw new AppError(409, 'DUPLICATE_CODE', `角色编码 ${req.body.code} 已存在`, { field: 'code' });
        const [r] = await tx
          .insert(roles)
          .values({ ...req.body, area: 'business', builtin: false, createdAt: req.now, updatedAt: req.now })
          .returning();
        await auditTx(tx, req, {
          action: 'role.created',
          outcome: 'success',
          targetType: 'role',
          targetId: r.code,
          detail: { permissions: perms },
        });
        return r;
      });
      setEtag(reply, row.version);
      return reply.status(201).send(presentRole(row));
    },
  );

  app.patch(
    '/roles/:code',
    {
      schema: {
        tags: ['roles'],
        summary: '修改角色名称或权限（安全管理员，需版本号）',
        params: codeParams,
        body: z.object({
          name: z.string().trim().min(2).max(40).optional(),
          nameEn: z.string().trim().max(80).optional(),
          permissions: permissionList.optional(),
          version: z.number().int().optional(),
        }),
        response: { 200: RoleSchema },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'role.manage');
      const { version: bodyVersion, ...changes } = req.body;
      const expected = expectedVersion(req, bodyVersion);
      const [current] = await db.select().from(roles).where(eq(roles.code, req.params.code));
      if (!current) throw notFound('角色', 'Role');
      if (current.area !== 'business') throw forbidden('三权分立：管理员角色的权限是固定的，不能修改');
      if (changes.permissions) {
        const problem = checkRolePermissions('business', changes.permissions as Permission[]);
        if (problem) throw new AppError(400, problem.code, problem.message, { field: 'permissions' });
      }
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .update(roles)
          .set({ ...changes, version: sql`${roles.version} + 1`, updatedAt: req.now })
          .where(and(eq(roles.code, current.code), eq(roles.version, expected.version)))
          .returning();
        if (!r) throw staleError(expected.via);
        await auditTx(tx, req, {
          action: 'role.updated',
          outcome: 'success',
          targetType: 'role',
          targetId: r.code,
          detail: { from: current.permissions, to: r.permissions, name: r.name },
        });
        return r;
      });
      setEtag(reply, row.version);
      return presentRole(row);
    },
  );
}
