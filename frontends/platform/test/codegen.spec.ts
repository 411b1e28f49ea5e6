import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  TYPED_FRONTENDS,
  composePublicSchema,
  documentProblems,
  frontendDocuments,
  generateFiles,
  generatedDir,
  subgraphSdls,
} from '../codegen';

// The frontends' GraphQL result types are generated from the composed supergraph and committed
// (frontends/*/src/gql). Here CI proves they are current and that every document still matches
// the supergraph; `npm run typecheck` then fails any page that uses a type the schema changed.
const RUN_CODEGEN = 'run `npm run codegen` and commit frontends/*/src/gql';

/** The committed schemas with one field taken out of a type (a schema change that breaks a page). */
function withoutField(subgraph: string, type: string, field: string): Map<string, string> {
  const sdls = subgraphSdls();
  let found = false;
  const changed = visit(parse(sdls.get(subgraph) ?? ''), {
    FieldDefinition(node, _key, _parent, _path, ancestors) {
      const owner = ancestors[ancestors.length - 1];
      const ownerName =
        owner && 'kind' in owner && owner.kind === Kind.OBJECT_TYPE_DEFINITION ? owner.name.value : null;
      if (ownerName !== type || node.name.value !== field) return undefined;
      found = true;
      return null;
    },
  });
  if (!found) throw new Error(`${type}.${field} not found in services/${subgraph}/schema.graphql`);
  return new Map(sdls).set(subgraph, print(changed));
}

describe('generated GraphQL types of the micro-frontends', () => {
  it('every micro-frontend has documents', () => {
    for (const frontend of TYPED_FRONTENDS) expect(frontendDocuments(frontend).length, frontend).toBeGreaterThan(0);
  });

  it('the committed files in frontends/*/src/gql are what codegen makes from the supergraph now', async () => {
    const files = await generateFiles();
    const stale = files
      .filter((file) => {
        const committed = path.join(REPO_ROOT, file.path);
        return !existsSync(committed) || readFileSync(committed, 'utf8') !== file.content;
      })
      .map((file) => file.path);
    const generated = new Set(files.map((file) => file.path));
    const extra = TYPED_FRONTENDS.flatMap((frontend) =>
      readdirSync(generatedDir(frontend)).map((name) =>
        path.relative(REPO_ROOT, path.join(generatedDir(frontend), name)),
      ),
    ).filter((file) => !generated.has(file));
    expect([...stale, ...extra], `stale generated types: ${RUN_CODEGEN}`).toEqual([]);
  }, 120_000);

  it('every document of every micro-frontend is valid against the composed supergraph', () => {
    expect(documentProblems(composePublicSchema())).toEqual([]);
  });

  it('a field removed from a subgraph schema is reported at the page document that uses it', () => {
    const schema = composePublicSchema(withoutField('meetings', 'Meeting', 'title'));
    const problems = documentProblems(schema);
    expect(problems).toEqual([
      'frontends/meetings/src/meetings-query.graphql: MeetingsList: Cannot query field "title" on type "Meeting". Did you mean "date"?',
    ]);
  });

  it('codegen refuses to generate types for a document the supergraph no longer has', async () => {
    const schema = composePublicSchema(withoutField('points', 'LeaderboardRow', 'total'));
    await expect(generateFiles(schema)).rejects.toThrow(/Cannot query field "total"/);
  }, 120_000);
});
