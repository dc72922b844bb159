import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { openApiDocument } from '../../src/server/openapi.js';
import { evidenceIdsRequestBody } from '../../src/server/query.js';
import type { Store } from '../../src/store/open-store.js';
import { STORE_KINDS } from '../stores.js';
import { openSampleStore } from '../sample-store.js';
import { problemsOf } from './check.js';
import { getProbes, postProbes, type OpenApiParameter, type ProbeRequest } from './inputs.js';

/**
 * Every operation of the OpenAPI document against malformed, oversized, boundary and injection
 * input, on the sample dataset, on SQLite and (with TEST_DATABASE_URL) PostgreSQL: no 5xx, every
 * error in the documented shape with a code that matches its status, security headers on every
 * answer, and the two databases giving the same status to the same request.
 */

interface Operation {
  path: string;
  method: 'get' | 'post';
  parameters?: readonly OpenApiParameter[];
}

const operations: Operation[] = Object.entries(openApiDocument.paths).flatMap(([path, item]) =>
  (['get', 'post'] as const)
    .filter((m) => m in item)
    .map((method) => ({
      path,
      method,
      parameters: (item as Record<string, { parameters?: readonly OpenApiParameter[] }>)[method]!
        .parameters,
    })),
);

const probes = new Map<Operation, ProbeRequest[]>();

/** The probes of an operation, made once for both databases (the same requests to compare). */
function probesOf(op: Operation): ProbeRequest[] {
  let made = probes.get(op);
  if (!made) {
    made =
      op.method === 'get'
        ? getProbes(op.path, [...(op.parameters ?? [])])
        : postProbes(op.path.replace(/\{\w+\}/g, '1'));
    probes.set(op, made);
  }
  return made;
}

describe('evidence lists', () => {
  it('each list that takes ids by GET has the POST form with the same body', () => {
    const lists = Object.entries(openApiDocument.paths).filter(([, item]) =>
      ((item as { get?: { parameters?: readonly OpenApiParameter[] } }).get?.parameters ?? []).some(
        (p) => p.name === 'ids',
      ),
    );
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const [path, item] of lists) {
      const post = (item as { post?: { requestBody?: unknown } }).post;
      expect(post?.requestBody, path).toBe(evidenceIdsRequestBody);
    }
  });
});

/** status per "METHOD url body-label", per database, to compare the two */
const statuses: Record<string, Map<string, number>> = {};
let exercised = 0;

for (const kind of STORE_KINDS) {
  if (kind.skip) console.warn(`test/robustness: ${kind.skip}`);
  describe.skipIf(kind.skip)(`every API route against bad input (${kind.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    const seen = new Map<string, number>();
    statuses[kind.name] = seen;
    beforeAll(async () => {
      store = await openSampleStore(kind);
      app = await buildApp({ store });
    });
    afterAll(async () => {
      await app?.close();
      await store?.close();
    });

    it('describes enough operations to be worth probing', () => {
      expect(operations.length).toBeGreaterThan(30);
    });

    for (const op of operations) {
      it(`${op.method.toUpperCase()} ${op.path}`, async () => {
        const failures: string[] = [];
        for (const probe of probesOf(op)) {
          const res = await app.inject({
            method: probe.method,
            url: probe.url,
            payload: probe.payload,
            headers: probe.contentType ? { 'content-type': probe.contentType } : {},
          });
          exercised++;
          seen.set(`${probe.method} ${probe.url} ${probe.label}`, res.statusCode);
          for (const problem of problemsOf(res, probe.method))
            failures.push(`${probe.label}: ${problem}`);
        }
        expect(failures).toEqual([]);
      });
    }
  });
}

describe.skipIf(STORE_KINDS.some((k) => k.skip))('SQLite and PostgreSQL', () => {
  it('answer every probe with the same status', () => {
    const sqlite = statuses.sqlite!;
    const postgres = statuses.postgres!;
    expect(sqlite.size).toBeGreaterThan(1000);
    const differ = [...sqlite]
      .filter(([key, status]) => postgres.get(key) !== status)
      .map(
        ([key, status]) => `${key.slice(0, 160)}: sqlite ${status}, postgres ${postgres.get(key)}`,
      );
    expect(differ).toEqual([]);
  });
});

afterAll(() => {
  console.info(`test/robustness: ${operations.length} operations, ${exercised} requests exercised`);
});
