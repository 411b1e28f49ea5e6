// GraphQL result types for the micro-frontends, generated from the public API of the supergraph
// (the committed services/*/schema.graphql composed as the gateway composes them). `npm run codegen`
// writes them; test/codegen.spec.ts fails when the committed files are stale or a document no
// longer matches the schema.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { buildSchema, Kind, parse, validate, type FragmentDefinitionNode } from 'graphql';
import { format, resolveConfig } from 'prettier';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The subgraphs of the gateway, in its order; each has a committed schema.graphql. */
export const SUBGRAPHS = ['governance', 'meetings', 'points'] as const;

/** Every micro-frontend whose documents are typed; each gets its own `src/gql/`. */
export const TYPED_FRONTENDS = ['platform', 'governance', 'admin', 'meetings', 'points'] as const;

/** Where a frontend's generated files live. */
export function generatedDir(frontend: string): string {
  return path.join(REPO_ROOT, 'frontends', frontend, 'src/gql');
}

export function subgraphSdls(): Map<string, string> {
  return new Map(
    SUBGRAPHS.map((name) => [name, readFileSync(path.join(REPO_ROOT, 'services', name, 'schema.graphql'), 'utf8')]),
  );
}

/** The schema clients see through the gateway: federation directives and internal fields removed. */
export function composePublicSchema(sdls: Map<string, string> = subgraphSdls()): string {
  const result = composeServices(
    [...sdls].map(([name, sdl]) => ({ name, url: `http://${name}.invalid/graphql`, typeDefs: parse(sdl) })),
  );
  if (compositionHasErrors(result)) {
    throw new Error(`超图组合失败 / composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  return result.publicSdl;
}

const OUTPUT_CONFIG = {
  documentMode: 'string',
  enumType: 'string-literal',
  skipTypename: true,
  useTypeImports: true,
  strictScalars: true,
  scalars: { DateTime: 'string', JSON: 'unknown' },
};

export function codegenConfig(schemaSdl: string, frontends: readonly string[] = TYPED_FRONTENDS): Types.Config {
  const generates: Record<string, Types.ConfiguredOutput> = {};
  for (const frontend of frontends) {
    const src = path.join(REPO_ROOT, 'frontends', frontend, 'src');
    generates[`${generatedDir(frontend)}/`] = {
      preset: 'client',
      documents: [`${src}/**/*.graphql`],
      presetConfig: { fragmentMasking: false },
      config: OUTPUT_CONFIG,
    };
  }
  return { schema: schemaSdl, generates, silent: true, errorsOnly: true };
}

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: string;
}

/** Generates (in memory) and formats with the repository's prettier settings. */
export async function generateFiles(schemaSdl: string = composePublicSchema()): Promise<GeneratedFile[]> {
  const outputs = (await generate(codegenConfig(schemaSdl), false)) as Types.FileOutput[];
  const prettierOptions = (await resolveConfig(path.join(REPO_ROOT, 'package.json'))) ?? {};
  return Promise.all(
    outputs.map(async (output) => ({
      path: path.relative(REPO_ROOT, output.filename),
      content: await format(output.content, { ...prettierOptions, filepath: output.filename }),
    })),
  );
}

export interface FrontendDocument {
  /** Relative to the repository root. */
  file: string;
  source: string;
}

/** The GraphQL documents of a frontend: every `src/**\/*.graphql` (what codegen reads). */
export function frontendDocuments(frontend: string): FrontendDocument[] {
  const src = path.join(REPO_ROOT, 'frontends', frontend, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => ({
      file: path.relative(REPO_ROOT, path.join(src, name)),
      source: readFileSync(path.join(src, name), 'utf8'),
    }));
}

/**
 * Every document that does not match the schema, as `file: operation: message` (fragments of a
 * frontend are shared by its documents). Empty when all match.
 */
export function documentProblems(schemaSdl: string, frontends: readonly string[] = TYPED_FRONTENDS): string[] {
  const schema = buildSchema(schemaSdl);
  const problems: string[] = [];
  for (const frontend of frontends) {
    const documents = frontendDocuments(frontend).map((doc) => ({ ...doc, ast: parse(doc.source) }));
    const fragments = documents.flatMap((doc) =>
      doc.ast.definitions.filter((def): def is FragmentDefinitionNode => def.kind === Kind.FRAGMENT_DEFINITION),
    );
    for (const doc of documents) {
      for (const definition of doc.ast.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const own = { kind: Kind.DOCUMENT, definitions: [definition, ...fragments] } as const;
        const errors = validate(schema, own).filter((error) => !/is never used/.test(error.message));
        for (const error of errors)
          problems.push(`${doc.file}: ${definition.name?.value ?? '(anonymous)'}: ${error.message}`);
      }
    }
  }
  return problems;
}
