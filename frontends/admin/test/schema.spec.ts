import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as accounts from '../src/api/accounts';
import * as audit from '../src/api/audit';
import * as security from '../src/api/security';
import * as regions from '../src/api/regions';

// Every query and mutation the module sends, checked against the governance subgraph's committed
// schema: a renamed field or argument fails here instead of in the browser.
const schemaFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../services/governance/schema.graphql',
);
const schema = buildSchema(readFileSync(schemaFile, 'utf8'), { assumeValidSDL: true });

const exported: [string, unknown][] = Object.entries({ ...accounts, ...audit, ...security, ...regions });
const documents = exported.filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string' && /^(query|mutation) /.test(entry[1]),
);

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!type || !('getValues' in type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

describe('GraphQL documents of the admin module', () => {
  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
  });

  it.each(documents)('%s is valid against services/governance/schema.graphql', (_, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });

  it('offers exactly the audited actions and account statuses of the schema', () => {
    expect([...audit.AUDIT_ACTIONS].sort()).toEqual(enumValues('AuditAction').sort());
    expect([...accounts.ACCOUNT_STATUSES].sort()).toEqual(enumValues('AccountStatus').sort());
  });
});
