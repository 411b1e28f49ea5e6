import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { S3Client } from '@aws-sdk/client-s3';

/**
 * Where uploaded files (photos of a case, a patrol check-in) are kept: one interface, a folder under
 * DATA_DIR by default, any S3-compatible store (MinIO, Ceph, OSS, COS, AWS) when S3_BUCKET is set.
 */
export interface FileStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The file's bytes as a stream, or null when there is none under the key. */
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

// keys are made by the services (e.g. `attachments/<uuid>`): no `..`, no leading slash, nothing a shell would mind
const KEY = /^[A-Za-z0-9_-]+(?:[./][A-Za-z0-9_-]+)*$/;

function checkKey(key: string): string {
  if (!KEY.test(key) || key.length > 512) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  return key;
}

/** Files under one folder; a write goes to a temporary name first, so a reader never sees half a file. */
export class FolderStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    const file = resolve(this.root, checkKey(key));
    if (!file.startsWith(this.root + sep)) throw new Error(`storage key outside the folder: ${key}`);
    return file;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.path(key);
    await mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${randomUUID()}.part`;
    await writeFile(temp, bytes);
    await rename(temp, file);
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.path(key);
    if (!(await this.exists(key))) return null;
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return (await stat(this.path(key)).catch(() => null))?.isFile() ?? false;
  }
}

export interface S3StorageOptions {
  bucket: string;
  /** e.g. http://127.0.0.1:9000 for MinIO; absent: AWS's own endpoint for the region. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (`endpoint/bucket/key`), as MinIO and most self-hosted stores want. */
  forcePathStyle: boolean;
  /** Prepended to every key, e.g. `xiangzhi/`. */
  prefix?: string;
}

const notFound = (e: unknown): boolean => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata?.httpStatusCode === 404;
};

/** An S3-compatible bucket through the AWS SDK (loaded only when configured). */
export class S3Storage implements FileStorage {
  private constructor(
    private readonly client: S3Client,
    private readonly sdk: typeof import('@aws-sdk/client-s3'),
    private readonly o: S3StorageOptions,
  ) {}

  static async open(o: S3StorageOptions): Promise<S3Storage> {
    const sdk = await import('@aws-sdk/client-s3');
    const client = new sdk.S3Client({
      region: o.region,
      endpoint: o.endpoint,
      forcePathStyle: o.forcePathStyle,
      credentials: { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey },
    });
    return new S3Storage(client, sdk, o);
  }

  private key(key: string): string {
    return `${this.o.prefix ?? ''}${checkKey(key)}`;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new this.sdk.PutObjectCommand({
        Bucket: this.o.bucket,
        Key: this.key(key),
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
      }),
    );
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const out = await this.client.send(new this.sdk.GetObjectCommand({ Bucket: this.o.bucket, Key: this.key(key) }));
      return (out.Body as Readable | undefined) ?? null;
    } catch (e) {
      if (notFound(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new this.sdk.DeleteObjectCommand({ Bucket: this.o.bucket, Key: this.key(key) }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new this.sdk.HeadObjectCommand({ Bucket: this.o.bucket, Key: this.key(key) }));
      return true;
    } catch (e) {
      if (notFound(e)) return false;
      throw e;
    }
  }

  close(): void {
    this.client.destroy();
  }
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** Storage settings a service that keeps files adds to its environment. */
export const fileStorageEnvSchema = z.object({
  /** The folder store's root is DATA_DIR/files; relative paths are taken from the working directory. */
  DATA_DIR: z
    .string()
    .default('.data')
    .transform((dir) => (isAbsolute(dir) ? dir : resolve(dir))),
  /** Set to use an S3-compatible store instead of the folder. */
  S3_BUCKET: optional,
  S3_ENDPOINT: optional.pipe(z.url({ protocol: /^https?$/, error: 'S3_ENDPOINT 应为 http(s) 地址' }).optional()),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  S3_PREFIX: z
    .string()
    .regex(/^(?:[A-Za-z0-9_-]+\/)*$/, 'S3_PREFIX 应形如 xiangzhi/')
    .default(''),
});
export type FileStorageEnv = z.infer<typeof fileStorageEnvSchema>;

/** The configured store: S3 when S3_BUCKET is set (its keys then required), else the folder DATA_DIR/files. */
export async function openFileStorage(env: FileStorageEnv): Promise<FileStorage> {
  if (!env.S3_BUCKET) return new FolderStorage(resolve(env.DATA_DIR, 'files'));
  if (!env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY)
    throw new Error('S3_BUCKET 已设置，但缺少 S3_ACCESS_KEY_ID 或 S3_SECRET_ACCESS_KEY');
  return S3Storage.open({
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    prefix: env.S3_PREFIX,
  });
}

/** All of a stream in memory (files here are ≤ a few MB). */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
