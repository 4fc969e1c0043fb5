// The OpenAPI document as a client generator needs it (issue 13): every operation says what it
// answers on success (a schema, or the file it sends), and the committed docs/openapi.json and the
// web's generated types (src/web/api/openapi.d.ts) are what the running server publishes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleArtefacts } from '../../scripts/openapi-artifacts.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let ts: TestServer;
let doc: any;
beforeAll(async () => {
  ts = await startTestServer();
  doc = (await ts.client().get('/api/openapi.json')).body;
});
afterAll(async () => {
  await ts?.close();
});

type Operation = { operationId: string; responses: Record<string, any> };
const operations = (): [string, Operation][] =>
  Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]),
  );

describe('OpenAPI 3.1 document', () => {
  it('is OpenAPI 3.1 with servers and a licence', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license?.name).toBeTruthy();
  });

  it('every operation describes its success answer: a JSON schema, the file it sends, or its redirect', () => {
    const missing = operations()
      .filter(([, op]) => {
        const answers = Object.entries(op.responses ?? {});
        const body = answers.some(
          ([status, r]) => /^2\d\d$/.test(status) && Object.values(r.content ?? {}).some((c: any) => c.schema),
        );
        // Sign-in through 统一身份认证 (OIDC) answers only with redirects, each described.
        const redirect = answers.some(([status, r]) => /^3\d\d$/.test(status) && r.description);
        return !body && !redirect;
      })
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('every refusal refers to the shared problem responses; a 5xx is one of them or has its own schema', () => {
    const inline = operations().flatMap(([name, op]) =>
      Object.entries(op.responses)
        .filter(([status, r]) =>
          /^4\d\d$/.test(status)
            ? !r.$ref
            : /^5\d\d$/.test(status) && !r.$ref && !r.content?.['application/json']?.schema,
        )
        .map(([status]) => `${name} ${status}`),
    );
    expect(inline).toEqual([]);
    // /health answers 503 with its own report (which check failed), not a problem.
    expect(doc.paths['/api/v1/health'].get.responses['503'].content['application/json'].schema).toBeTruthy();
  });

  it('docs/openapi.json and src/web/api/openapi.d.ts are current (npm run openapi)', async () => {
    expect(await staleArtefacts(doc)).toEqual([]);
  });
});
