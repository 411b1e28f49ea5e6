// `npm run codegen`: rewrites frontends/*/src/gql/ from the composed supergraph.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, TYPED_FRONTENDS, generateFiles, generatedDir } from './codegen';

const files = await generateFiles();
for (const frontend of TYPED_FRONTENDS) {
  const dir = generatedDir(frontend);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { recursive: true });
}
for (const file of files) writeFileSync(path.join(REPO_ROOT, file.path), file.content);
console.log(`codegen: ${files.length} files in ${TYPED_FRONTENDS.map((f) => `frontends/${f}/src/gql`).join(', ')}`);
