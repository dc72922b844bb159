import { z } from 'zod';
import { ORGANIZATIONS_CLASSIFICATION } from '../domain/organizations-fields.js';
import { REPRISALS_CLASSIFICATION } from '../domain/reprisals-fields.js';

/*
 * Who may read and write what: the one table of the application's security model (DESIGN §5).
 * Policies are data, not `if`s scattered through routes: a route, an export or a store function
 * asks `can(role, action, entity, field)` or projects a record with `projectRecord`, and the
 * exhaustive test (policies.test.ts) walks every role × entity × field × action of this file.
 * Anything not named here is refused: an unknown entity or field is readable by nobody.
 */

export const ROLES = ['public', 'researcher', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

/** The roles a person logs in with; `public` is everyone without a session. */
export const LOGIN_ROLES = ['researcher', 'editor', 'admin'] as const satisfies readonly Role[];
export type LoginRole = (typeof LOGIN_ROLES)[number];
export const LoginRoleSchema = z.enum(LOGIN_ROLES);

export const CONFIDENTIALITY_LEVELS = ['public', 'restricted', 'confidential'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

export const ACTIONS = ['read', 'write'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Which confidentiality each role may read. Admins read confidential values too: they hold the
 * key file and run `keys rotate`, so refusing them in the API would protect nothing.
 */
export const CLEARANCE: Readonly<Record<Role, readonly Confidentiality[]>> = {
  public: ['public'],
  researcher: ['public', 'restricted'],
  editor: ['public', 'restricted', 'confidential'],
  admin: ['public', 'restricted', 'confidential'],
};

export interface FieldRule {
  /** how the value is kept: confidential values are encrypted at rest and audited when read */
  confidentiality: Confidentiality;
  read: readonly Role[];
  write: readonly Role[];
}

export interface EntityPolicy {
  description: string;
  /** '*' stands for every field of an entity whose fields are all alike (the public records) */
  fields: Readonly<Record<string, FieldRule>>;
}

/** A field read by every role cleared for its confidentiality, written by `write`. */
export function byClearance(confidentiality: Confidentiality, write: readonly Role[]): FieldRule {
  return {
    confidentiality,
    read: ROLES.filter((r) => CLEARANCE[r].includes(confidentiality)),
    write,
  };
}

const ADMIN: readonly Role[] = ['admin'];
const EDITORS: readonly Role[] = ['editor', 'admin'];
const NOBODY: readonly Role[] = [];

/** Only admins read it; only admins write it. */
const adminOnly = (confidentiality: Confidentiality = 'restricted'): FieldRule => ({
  confidentiality,
  read: ADMIN,
  write: ADMIN,
});

/** The records imported from the UN's public documents: everyone reads, imports write. */
const publicRecord = (description: string): EntityPolicy => ({
  description,
  fields: { '*': byClearance('public', ADMIN) },
});

/** A module's entity added from its own classification (reprisals: src/domain). */
export function entityFromClassification(
  description: string,
  classification: Readonly<Record<string, Confidentiality>>,
  write: readonly Role[] = EDITORS,
): EntityPolicy {
  return {
    description,
    fields: Object.fromEntries(
      Object.entries(classification).map(([field, level]) => [field, byClearance(level, write)]),
    ),
  };
}

export const POLICIES = {
  sourceDocument: publicRecord('a UN document as imported (symbol, title, date, sha256)'),
  ngoCommittee: publicRecord('NGO Committee applications, questions, votes'),
  hrcVotes: publicRecord('HRC / CHR / UNGA voting texts and ballots'),
  upr: publicRecord('UPR recommendations and responses'),
  user: {
    description: 'an account that logs in (researcher, editor, admin)',
    fields: {
      id: adminOnly(),
      name: adminOnly(),
      role: adminOnly(),
      disabled: adminOnly(),
      createdAt: adminOnly(),
      // never served, not even to an admin: set through `groundpass user add` or a password change
      passwordHash: { confidentiality: 'confidential', read: NOBODY, write: ADMIN },
    },
  },
  auditEntry: {
    description: 'one entry of the hash-chained audit log; appended by the system, never edited',
    fields: Object.fromEntries(
      [
        'seq',
        'at',
        'actorName',
        'actorRole',
        'action',
        'entity',
        'entityId',
        'field',
        'before',
        'after',
        'hash',
      ].map((f) => [f, { confidentiality: 'restricted', read: ADMIN, write: NOBODY } as FieldRule]),
    ),
  },
  // the reprisals registry: each field's confidentiality is declared beside its schema
  // (src/domain/reprisals-fields.ts); editors and admins write, each role reads to its clearance
  reprisalCase: entityFromClassification(
    'a reprisal case or situation (Secretary-General reports, ISHR coding)',
    REPRISALS_CLASSIFICATION.reprisalCase,
  ),
  spCommunication: entityFromClassification(
    'a special procedures communication (reference, date, type, mandates, reply)',
    REPRISALS_CLASSIFICATION.spCommunication,
  ),
  reprisalFollowUpLink: entityFromClassification(
    'a follow-up paragraph linked to a case of an earlier report',
    REPRISALS_CLASSIFICATION.reprisalFollowUpLink,
  ),
  // the organisation registry's editorial records (issue 14): public on purpose, but which editor
  // wrote one is restricted (src/domain/organizations-fields.ts); editors and admins write
  gongoClassification: entityFromClassification(
    'an editorial GONGO classification of an organisation (label, reason, source, date)',
    ORGANIZATIONS_CLASSIFICATION.gongoClassification,
  ),
  gongoEvidence: entityFromClassification(
    'one indicator of state ties, with its source, passage and date',
    ORGANIZATIONS_CLASSIFICATION.gongoEvidence,
  ),
  organizationName: entityFromClassification(
    'an English or Chinese alias or abbreviation of an organisation added by an editor',
    ORGANIZATIONS_CLASSIFICATION.organizationName,
  ),
  encryptionKey: {
    description: 'metadata of a data key (id, check value, dates); the key itself is never stored',
    fields: {
      keyId: adminOnly(),
      checkValue: adminOnly(),
      createdAt: adminOnly(),
      retiredAt: adminOnly(),
    },
  },
} as const satisfies Record<string, EntityPolicy>;

export type Entity = keyof typeof POLICIES;

/**
 * Entities a later module adds from its own field classification (the reprisal case). Kept apart
 * from POLICIES so the module registers them where it is loaded, and they still go through the
 * same `can`.
 */
const EXTRA_POLICIES = new Map<string, EntityPolicy>();

export function registerEntityPolicy(name: string, policy: EntityPolicy): void {
  if (name in POLICIES || EXTRA_POLICIES.has(name))
    throw new Error(`the entity ${name} has a policy already`);
  EXTRA_POLICIES.set(name, policy);
}

/** Every entity with its policy, built-in and registered. */
export function allPolicies(): ReadonlyMap<string, EntityPolicy> {
  return new Map([...Object.entries(POLICIES), ...EXTRA_POLICIES]);
}

export function policyOf(entity: string): EntityPolicy | undefined {
  return Object.hasOwn(POLICIES, entity) ? POLICIES[entity as Entity] : EXTRA_POLICIES.get(entity);
}

function ruleOf(entity: string, field: string): FieldRule | undefined {
  const policy = policyOf(entity);
  if (!policy) return undefined;
  return Object.hasOwn(policy.fields, field) ? policy.fields[field] : policy.fields['*'];
}

/** Whether `role` may `action` the `field` of `entity`; anything unknown is refused. */
export function can(role: Role, action: Action, entity: string, field: string): boolean {
  const rule = ruleOf(entity, field);
  return rule !== undefined && rule[action].includes(role);
}

/** Whether any field of the entity may be `action`ed by `role` (a list route's gate). */
export function canAny(role: Role, action: Action, entity: string): boolean {
  const policy = policyOf(entity);
  return policy !== undefined && Object.values(policy.fields).some((r) => r[action].includes(role));
}

export function confidentialityOf(entity: string, field: string): Confidentiality | undefined {
  return ruleOf(entity, field)?.confidentiality;
}

/** The fields of an entity kept encrypted at rest. */
export function confidentialFields(entity: string): string[] {
  const policy = policyOf(entity);
  if (!policy) return [];
  return Object.entries(policy.fields)
    .filter(([, r]) => r.confidentiality === 'confidential')
    .map(([f]) => f);
}

/**
 * The record as `role` may see it: every field it may not read is left out (not nulled, so a
 * client cannot tell an empty value from a hidden one by its presence either way). Fields the
 * policy does not name are left out too.
 */
export function projectRecord<T extends Record<string, unknown>>(
  role: Role,
  entity: string,
  record: T,
): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(record) as (keyof T & string)[]) {
    if (can(role, 'read', entity, key)) out[key] = record[key];
  }
  return out;
}

/** The fields of a write `role` may not make, for a 403 that names them. */
export function forbiddenWrites(role: Role, entity: string, fields: readonly string[]): string[] {
  return fields.filter((f) => !can(role, 'write', entity, f));
}
