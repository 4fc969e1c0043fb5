// A response that matches no schema fails (issue 13): wrong types are a 500 in every mode, a field
// the schema does not name is a 500 in strict mode and dropped (with one log line) in strip mode.
import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contractSerializer, droppedKeys, type ResponseCheck, ResponseContractError } from './response-contract.js';
import { fileAnswer } from './api-schemas.js';

const Thing = z.object({ id: z.string(), amountFen: z.number().int(), tags: z.array(z.object({ code: z.string() })) });

async function appAnswering(mode: ResponseCheck, payload: unknown) {
  const lines: string[] = [];
  const log = pino({ level: 'warn' }, { write: (l: string) => lines.push(l) });
  const app = Fastify({ loggerInstance: log }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(contractSerializer(mode, app.log));
  app.setErrorHandler((err, _req, reply) =>
    reply.status(500).send({ contract: err instanceof ResponseContractError, message: (err as Error).message }),
  );
  app.get('/thing', { schema: { response: { 200: Thing } } }, async () => payload as z.infer<typeof Thing>);
  app.get('/file', { schema: { response: { 200: fileAnswer('表格', 'text/csv') } } }, async (_req, reply) =>
    reply.type('text/csv').send('a,b\n1,2\n'),
  );
  await app.ready();
  return { app, lines };
}

const good = { id: 'p1', amountFen: 400_000_000, tags: [{ code: 'a' }] };

describe('response contract', () => {
  it('answers a response that matches its schema', async () => {
    const { app } = await appAnswering('strict', good);
    const res = await app.inject('/thing');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(good);
  });

  it.each<ResponseCheck>(['strict', 'strip'])('a wrong type fails with 500 naming the field (%s)', async (mode) => {
    const { app } = await appAnswering(mode, { ...good, amountFen: '4000000.00' });
    const res = await app.inject('/thing');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ contract: true, message: expect.stringContaining('amountFen') });
  });

  it('a missing field fails', async () => {
    const { app } = await appAnswering('strip', { id: 'p1', tags: [] });
    expect((await app.inject('/thing')).statusCode).toBe(500);
  });

  it('strict: a field the schema does not name fails, even deep in a list', async () => {
    const { app } = await appAnswering('strict', { ...good, tags: [{ code: 'a', secret: 'x' }] });
    const res = await app.inject('/thing');
    expect(res.statusCode).toBe(500);
    expect(res.json().message).toContain('tags[0].secret');
  });

  it('strip: the undeclared field is dropped and logged once', async () => {
    const { app, lines } = await appAnswering('strip', { ...good, passwordHash: 'x' });
    const first = await app.inject('/thing');
    await app.inject('/thing');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual(good);
    expect(lines.filter((l) => l.includes('passwordHash'))).toHaveLength(1);
  });

  it('file answers pass untouched', async () => {
    const { app } = await appAnswering('strict', good);
    const res = await app.inject('/file');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('a,b\n1,2\n');
  });

  it('droppedKeys ignores undefined values and non-plain objects', () => {
    expect(droppedKeys({ a: undefined, d: new Date(0) }, { d: new Date(0) })).toEqual([]);
    expect(droppedKeys({ a: 1, b: { c: 2 } }, { b: {} })).toEqual(['a', 'b.c']);
  });
});
