import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Colours come from the theme's tokens (platform src/theme.ts: COLORS); a literal in a module
// would not follow the theme.
const FRONTENDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MODULES = ['platform', 'governance', 'admin', 'meetings', 'points'];
const COLOUR = /#[0-9a-fA-F]{3,8}\b|rgba?\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.startsWith(`gql${path.sep}`))
    .map((name) => path.join(dir, name));
}

describe('theme colours', () => {
  it('no micro-frontend source holds a colour literal outside the platform theme', () => {
    const found = MODULES.flatMap((module) => sources(path.join(FRONTENDS, module, 'src')))
      .filter((file) => !file.endsWith(path.join('platform', 'src', 'theme.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, at: `${path.relative(FRONTENDS, file)}:${index + 1}` }))
          .filter(({ line }) => COLOUR.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
});
