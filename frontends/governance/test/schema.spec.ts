import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as cards from '../src/api/cards';
import * as household from '../src/api/household';
import * as pairing from '../src/api/pairing';
import * as registerImport from '../src/api/register-import';
import * as territory from '../src/api/territory';
import * as visits from '../src/api/visits';
import * as households from '../src/households-query';

// Every query and mutation the module sends, checked against the governance subgraph's committed
// schema: a renamed field or argument fails here instead of in the browser.
const schemaFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../services/governance/schema.graphql',
);
const schema = buildSchema(readFileSync(schemaFile, 'utf8'), { assumeValidSDL: true });

const exported: [string, unknown][] = Object.entries({
  ...cards,
  ...household,
  ...pairing,
  ...registerImport,
  ...territory,
  ...visits,
  ...households,
});
const documents = exported.filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string' && /^(query|mutation) /.test(entry[1]),
);

describe('GraphQL documents of the governance module', () => {
  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThan(25);
  });

  it.each(documents)('%s is valid against services/governance/schema.graphql', (_, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});
