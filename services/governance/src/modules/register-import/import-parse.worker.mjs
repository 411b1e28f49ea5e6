// Starts the register import's parser thread. The service runs from TypeScript (through tsx under
// `npm start`, through vite under vitest), and a worker thread does not get vitest's loader, so the
// thread loads its TypeScript through tsx's API, with the governance tsconfig (decorators).
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

await tsImport('./import-parse.worker.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
});
