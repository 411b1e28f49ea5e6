import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSigningKeys } from '@xiangzhi/auth';

export interface DevKeys {
  privateKeyPem: string;
  publicKeyPem: string;
  hmacSecret: string;
  /** base64 32-byte master key of the personal-data field encryption (governance only). */
  piiMasterKey: string;
  /** True when this run generated them. */
  created: boolean;
}

/**
 * The dev signing keys under <dataDir>/keys, made on first run and kept afterwards so tokens
 * survive a restart. Secrets are readable by the owner only.
 */
export async function ensureKeys(dataDir: string): Promise<DevKeys> {
  const dir = join(dataDir, 'keys');
  const privatePath = join(dir, 'jwt-private.pem');
  const publicPath = join(dir, 'jwt-public.pem');
  const hmacPath = join(dir, 'hmac.secret');
  const piiPath = join(dir, 'pii.key');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  let created = false;
  if (!existsSync(privatePath) || !existsSync(publicPath)) {
    // a lone half of a pair is useless: make both again
    const keys = await generateSigningKeys();
    await writeFile(privatePath, keys.privateKeyPem, { mode: 0o600 });
    await writeFile(publicPath, keys.publicKeyPem, { mode: 0o644 });
    created = true;
  }
  if (!existsSync(hmacPath)) {
    await writeFile(hmacPath, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    created = true;
  }
  if (!existsSync(piiPath)) {
    await writeFile(piiPath, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    created = true;
  }
  await chmod(privatePath, 0o600);
  return {
    privateKeyPem: await readFile(privatePath, 'utf8'),
    publicKeyPem: await readFile(publicPath, 'utf8'),
    hmacSecret: (await readFile(hmacPath, 'utf8')).trim(),
    piiMasterKey: (await readFile(piiPath, 'utf8')).trim(),
    created,
  };
}
