import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as session from '../src/session/session-types';

// The session's operations (login, refresh, logout, password change) against the governance
// schema, where accounts live: a renamed field fails here instead of at the login page.
const schemaFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../services/governance/schema.graphql',
);
const schema = buildSchema(readFileSync(schemaFile, 'utf8'), { assumeValidSDL: true });
const exported: [string, unknown][] = Object.entries(session);
const documents = exported.filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string' && /^(query|mutation) /.test(entry[1]),
);

describe('GraphQL documents of the session', () => {
  it('finds login, refresh, logout and the password change', () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      'CHANGE_PASSWORD_MUTATION',
      'LOGIN_MUTATION',
      'LOGOUT_MUTATION',
      'REFRESH_MUTATION',
    ]);
  });

  it.each(documents)('%s is valid against services/governance/schema.graphql', (_, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });

  it('refreshes and logs out without a token variable (the cookie carries it)', () => {
    expect(session.REFRESH_MUTATION).toContain('$refreshToken: String)');
    expect(session.LOGOUT_MUTATION).toContain('$refreshToken: String)');
  });
});
