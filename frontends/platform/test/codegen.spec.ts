import { Kind, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  TYPED_FRONTENDS,
  composePublicSchema,
  documentProblems,
  frontendDocuments,
  generateFiles,
  subgraphSdls,
} from '../codegen';

// The frontends' GraphQL result types are generated from the composed supergraph into frontends/*/src/gql (not
// committed: `npm run typecheck` and the build run `npm run codegen` first). Here CI proves every document still
// matches the supergraph; the type check then fails any page that uses a type the schema changed.

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

  it('every document of every micro-frontend is valid against the composed supergraph', () => {
    expect(documentProblems(composePublicSchema())).toEqual([]);
  });

  it('a field removed from a subgraph schema is reported at the page document that uses it', () => {
    const schema = composePublicSchema(withoutField('meetings', 'Meeting', 'title'));
    const problems = documentProblems(schema);
    // every page document asking for the title is named, the list page's among them, and nothing else
    expect(problems).toContain(
      'frontends/meetings/src/meetings-query.graphql: MeetingsList: Cannot query field "title" on type "Meeting". Did you mean "date"?',
    );
    expect(problems.length).toBeGreaterThan(1);
    for (const p of problems)
      expect(p).toMatch(/^frontends\/meetings\/src\/.+: Cannot query field "title" on type "Meeting"/);
  });

  it('codegen refuses to generate types for a document the supergraph no longer has', async () => {
    const schema = composePublicSchema(withoutField('points', 'LeaderboardRow', 'total'));
    await expect(generateFiles(schema)).rejects.toThrow(/Cannot query field "total"/);
  }, 120_000);
});
