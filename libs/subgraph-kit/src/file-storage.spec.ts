import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FolderStorage,
  S3Storage,
  fileStorageEnvSchema,
  openFileStorage,
  readAll,
  type FileStorage,
  type S3StorageOptions,
} from './file-storage.js';

// Both stores answer the same four calls the same way; the S3 one against s3rver, a real S3-protocol
// server (HTTP, SigV4, XML) running in this process, not a stand-in for our code.

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);

function behavesAsAStore(name: string, open: () => FileStorage) {
  describe(name, () => {
    it('keeps a file under its key and hands the same bytes back', async () => {
      const s = open();
      expect(await s.exists('attachments/a1')).toBe(false);
      expect(await s.get('attachments/a1')).toBeNull();
      await s.put('attachments/a1', JPEG, 'image/jpeg');
      expect(await s.exists('attachments/a1')).toBe(true);
      expect(await readAll((await s.get('attachments/a1'))!)).toEqual(JPEG);
    });

    it('overwrites and deletes; deleting a missing key is no error', async () => {
      const s = open();
      await s.put('attachments/a2', JPEG, 'image/jpeg');
      await s.put('attachments/a2', Buffer.from('second'), 'text/plain');
      expect((await readAll((await s.get('attachments/a2'))!)).toString()).toBe('second');
      await s.delete('attachments/a2');
      expect(await s.exists('attachments/a2')).toBe(false);
      await s.delete('attachments/never');
    });

    it('refuses keys that climb out or carry odd characters', async () => {
      const s = open();
      for (const key of ['../x', '/etc/passwd', 'a/../../b', 'a b', ''])
        await expect(s.put(key, JPEG, 'image/jpeg')).rejects.toThrow(/key/);
    });
  });
}

let dir: string;
let s3dir: string;
let server: S3rver;
let s3: S3Storage;
let s3Options: S3StorageOptions;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'folder-store-'));
  s3dir = await mkdtemp(join(tmpdir(), 's3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3dir,
    configureBuckets: [{ name: 'photos' }],
  });
  const { port } = await server.run();
  s3Options = {
    bucket: 'photos',
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  s3 = (await openFileStorage(
    fileStorageEnvSchema.parse({
      S3_BUCKET: 'photos',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PREFIX: 'xiangzhi/',
    }),
  )) as S3Storage;
});

afterAll(async () => {
  s3?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
  await rm(s3dir, { recursive: true, force: true });
});

behavesAsAStore('the folder store', () => new FolderStorage(dir));
behavesAsAStore('the S3 store', () => s3);

describe('configuration', () => {
  it('is the folder DATA_DIR/files unless S3_BUCKET is set', async () => {
    const s = await openFileStorage(fileStorageEnvSchema.parse({ DATA_DIR: dir }));
    expect(s).toBeInstanceOf(FolderStorage);
    expect((s as FolderStorage).root).toBe(join(dir, 'files'));
  });

  it('wants the keys when S3_BUCKET is set', async () => {
    await expect(openFileStorage(fileStorageEnvSchema.parse({ S3_BUCKET: 'b' }))).rejects.toThrow(/S3_ACCESS_KEY_ID/);
  });

  it('the S3 store keeps its files under the prefix in the bucket', async () => {
    await s3.put('attachments/p1', JPEG, 'image/jpeg');
    const bare = await S3Storage.open({ ...s3Options, prefix: '' });
    expect(await bare.exists('xiangzhi/attachments/p1')).toBe(true);
    expect(await bare.exists('attachments/p1')).toBe(false);
    bare.close();
  });
});
