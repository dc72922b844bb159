import { describe, expect, it } from 'vitest';
import { REPRISALS_CLASSIFICATION } from '../domain/reprisals-fields.js';
import {
  ACTIONS,
  allPolicies,
  can,
  CLEARANCE,
  confidentialFields,
  entityFromClassification,
  forbiddenWrites,
  projectRecord,
  registerEntityPolicy,
  ROLES,
  type Role,
} from './policies.js';

/*
 * The policy table walked exhaustively: every role × entity × field × action it holds, checked
 * against rules stated here in words, independently of how policies.ts builds its rows.
 */

const RANK: Record<Role, number> = { public: 0, researcher: 1, editor: 2, admin: 3 };

// the expectations for the built-in entities, written out by hand
const EXPECTED_READERS: Record<string, Record<string, Role[]>> = {
  sourceDocument: { '*': ['public', 'researcher', 'editor', 'admin'] },
  ngoCommittee: { '*': ['public', 'researcher', 'editor', 'admin'] },
  hrcVotes: { '*': ['public', 'researcher', 'editor', 'admin'] },
  upr: { '*': ['public', 'researcher', 'editor', 'admin'] },
  user: {
    id: ['admin'],
    name: ['admin'],
    role: ['admin'],
    disabled: ['admin'],
    createdAt: ['admin'],
    passwordHash: [],
  },
  encryptionKey: {
    keyId: ['admin'],
    checkValue: ['admin'],
    createdAt: ['admin'],
    retiredAt: ['admin'],
  },
};

describe('the policy table, every role × entity × field × action', () => {
  const cells = [...allPolicies()].flatMap(([entity, policy]) =>
    Object.entries(policy.fields).flatMap(([field, rule]) =>
      ROLES.flatMap((role) => ACTIONS.map((action) => ({ entity, field, rule, role, action }))),
    ),
  );

  it('has cells for every built-in entity', () => {
    const entities = new Set(cells.map((c) => c.entity));
    for (const e of [...Object.keys(EXPECTED_READERS), 'auditEntry', 'reprisalCase'])
      expect(entities).toContain(e);
    expect(cells.length).toBeGreaterThan(100);
  });

  it('the public role never writes anything', () => {
    const writes = cells.filter((c) => c.role === 'public' && c.action === 'write');
    expect(writes.length).toBeGreaterThan(0);
    for (const c of writes) expect(can('public', 'write', c.entity, c.field)).toBe(false);
  });

  it('no role reads a field above its clearance', () => {
    for (const c of cells.filter((x) => x.action === 'read')) {
      if (can(c.role, 'read', c.entity, c.field))
        expect(CLEARANCE[c.role], `${c.role} reads ${c.entity}.${c.field}`).toContain(
          c.rule.confidentiality,
        );
    }
  });

  it('confidential and restricted fields are never readable without a login', () => {
    for (const c of cells)
      if (c.rule.confidentiality !== 'public')
        expect(can('public', 'read', c.entity, c.field), `${c.entity}.${c.field}`).toBe(false);
  });

  it('a higher role may do whatever a lower one may (never fewer rights with rank)', () => {
    for (const c of cells) {
      if (!can(c.role, c.action, c.entity, c.field)) continue;
      for (const higher of ROLES.filter((r) => RANK[r] > RANK[c.role]))
        expect(
          can(higher, c.action, c.entity, c.field),
          `${higher} ${c.action} ${c.entity}.${c.field}`,
        ).toBe(true);
    }
  });

  it('readers of the built-in entities are exactly the ones written out above', () => {
    for (const [entity, fields] of Object.entries(EXPECTED_READERS))
      for (const [field, readers] of Object.entries(fields))
        for (const role of ROLES)
          expect(can(role, 'read', entity, field), `${role} read ${entity}.${field}`).toBe(
            readers.includes(role),
          );
  });

  it('the audit log is read by admins only and written by no role (the system appends)', () => {
    for (const c of cells.filter((x) => x.entity === 'auditEntry')) {
      expect(can(c.role, c.action, c.entity, c.field)).toBe(
        c.action === 'read' && c.role === 'admin',
      );
    }
  });

  it('the password hash is read by nobody, not even an admin', () => {
    for (const role of ROLES) expect(can(role, 'read', 'user', 'passwordHash')).toBe(false);
  });

  it('unknown entities and fields are refused to every role', () => {
    for (const role of ROLES)
      for (const action of ACTIONS) {
        expect(can(role, action, 'nothing', 'x')).toBe(false);
        expect(can(role, action, 'user', 'secretNotInPolicy')).toBe(false);
      }
  });
});

describe('the reprisals registry, from its field classification', () => {
  const cleared: Record<string, Role[]> = {
    public: ['public', 'researcher', 'editor', 'admin'],
    restricted: ['researcher', 'editor', 'admin'],
    confidential: ['editor', 'admin'],
  };

  it('every classified field: read to clearance, written by editors and admins only', () => {
    let fields = 0;
    for (const [entity, table] of Object.entries(REPRISALS_CLASSIFICATION))
      for (const [field, level] of Object.entries(table as Record<string, string>)) {
        fields++;
        for (const role of ROLES) {
          expect(can(role, 'read', entity, field), `${role} read ${entity}.${field}`).toBe(
            cleared[level]!.includes(role),
          );
          expect(can(role, 'write', entity, field), `${role} write ${entity}.${field}`).toBe(
            role === 'editor' || role === 'admin',
          );
        }
      }
    expect(fields).toBeGreaterThan(40);
  });

  it('the public sees the pseudonym and never the name, relatives, contact or place', () => {
    expect(can('public', 'read', 'reprisalCase', 'pseudonym')).toBe(true);
    for (const f of ['victimName', 'relatives', 'contact', 'reprisalLocation', 'notes'])
      for (const role of ['public', 'researcher'] as const)
        expect(can(role, 'read', 'reprisalCase', f), `${role} ${f}`).toBe(false);
    expect(confidentialFields('reprisalCase')).toEqual(
      expect.arrayContaining(['victimName', 'relatives', 'contact', 'governmentResponses']),
    );
  });
});

describe('projection and registered entities', () => {
  registerEntityPolicy(
    'policyTestCase',
    entityFromClassification('a test case', {
      id: 'public',
      country: 'public',
      summary: 'restricted',
      victimName: 'confidential',
    }),
  );

  const record = {
    id: 7,
    country: 'CHN',
    summary: 'detained after a session',
    victimName: 'Canary Person 81f3',
    unknownColumn: 'never shown',
  };

  it('projects a record to the fields each role may read, dropping unknown fields', () => {
    expect(projectRecord('public', 'policyTestCase', record)).toEqual({ id: 7, country: 'CHN' });
    expect(projectRecord('researcher', 'policyTestCase', record)).toEqual({
      id: 7,
      country: 'CHN',
      summary: 'detained after a session',
    });
    for (const role of ['editor', 'admin'] as const)
      expect(projectRecord(role, 'policyTestCase', record)).toEqual({
        id: 7,
        country: 'CHN',
        summary: 'detained after a session',
        victimName: 'Canary Person 81f3',
      });
  });

  it('lists confidential fields and forbidden writes', () => {
    expect(confidentialFields('policyTestCase')).toEqual(['victimName']);
    expect(forbiddenWrites('researcher', 'policyTestCase', ['summary', 'victimName'])).toEqual([
      'summary',
      'victimName',
    ]);
    expect(forbiddenWrites('editor', 'policyTestCase', ['summary', 'victimName'])).toEqual([]);
  });

  it('refuses a second policy for the same entity', () => {
    expect(() => registerEntityPolicy('user', { description: 'x', fields: {} })).toThrow(/already/);
  });
});
