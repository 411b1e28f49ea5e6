import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Principal } from '@xiangzhi/auth';
import { testPrincipal } from '@xiangzhi/testing/subgraph-harness';
import { AppError } from '@xiangzhi/subgraph-kit';
import { AttachmentService, type Attachment } from '../src/modules/attachment/index.js';
import { startGovernance, type Harness } from './harness.js';

// Photos from a phone: what the upload accepts (the bytes decide, not the declared type), how big,
// who may upload, who may attach an upload to a record, and the signed link the browser opens.

const VILLAGE = '430999001001';
const UPLOAD = `mutation($i: UploadAttachmentInput!) {
  uploadAttachment(input: $i) { id fileName contentType size url createdAt } }`;
type Uploaded = { uploadAttachment: Pick<Attachment, 'id' | 'fileName' | 'contentType' | 'size'> & { url: string } };

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a small photo of a broken bridge')]);
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('png body')]);

let h: Harness;
const secretary = testPrincipal(Role.VILLAGE_SECRETARY, VILLAGE);
const cadre = testPrincipal(Role.CADRE, VILLAGE);
const department = testPrincipal(Role.COUNTY_DEPARTMENT, '430999');
const tokens = new Map<Principal, string>();

const upload = async (p: Principal, bytes: Buffer, contentType = 'image/jpeg', fileName = 'IMG_0001.jpg') => {
  tokens.set(p, tokens.get(p) ?? (await h.signer.sign(p)).token);
  return h.gql<Uploaded>(UPLOAD, { i: { fileName, contentType, dataBase64: bytes.toString('base64') } }, tokens.get(p));
};
const origin = (): string => new URL(h.subgraph.url).origin;
const codeOf = (r: { errors?: { extensions?: { code?: string; field?: string } }[] }) =>
  [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field] as const;

beforeAll(async () => {
  h = await startGovernance();
});
afterAll(async () => {
  await h?.stop();
});

describe('uploadAttachment', () => {
  it('keeps a JPEG and hands back a link that opens it, private to the browser', async () => {
    const r = await upload(secretary, JPEG);
    expect(r.errors).toBeUndefined();
    const a = r.data!.uploadAttachment;
    expect(a).toMatchObject({ fileName: 'IMG_0001.jpg', contentType: 'image/jpeg', size: JPEG.length });
    const res = await fetch(origin() + a.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(JPEG);
  });

  it('believes the bytes, not the declared type: a PNG sent as image/jpeg is a PNG', async () => {
    const r = await upload(cadre, PNG, 'image/jpeg', 'photo.jpg');
    expect(r.data?.uploadAttachment.contentType).toBe('image/png');
  });

  it('refuses what is not a photo, whatever it claims to be', async () => {
    expect(codeOf(await upload(secretary, Buffer.from('%PDF-1.7 a letter'), 'image/jpeg'))).toEqual([
      'ATTACHMENT_CONTENT_TYPE_INVALID',
      'contentType',
    ]);
    expect(codeOf(await upload(secretary, Buffer.from('GIF89a.....'), 'image/gif', 'a.gif'))[0]).toBe(
      'ATTACHMENT_CONTENT_TYPE_INVALID',
    );
  });

  it('refuses a photo over 5 MB and takes one of exactly 5 MB', async () => {
    const five = Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024 - JPEG.length)]);
    expect((await upload(secretary, five)).data?.uploadAttachment.size).toBe(5 * 1024 * 1024);
    const big = await upload(secretary, Buffer.concat([five, Buffer.alloc(1)]));
    expect(codeOf(big)).toEqual(['ATTACHMENT_DATA_BASE64_INVALID', 'dataBase64']);
    expect(big.errors?.[0]?.message).toContain('5 MB');
  });

  it('refuses bad base64 and a file name with a path', async () => {
    const bad = await h.gql(
      UPLOAD,
      { i: { fileName: 'a.jpg', contentType: 'image/jpeg', dataBase64: '@@@@' } },
      tokens.get(secretary),
    );
    expect(codeOf(bad)).toEqual(['ATTACHMENT_DATA_BASE64_INVALID', 'dataBase64']);
    expect(codeOf(await upload(secretary, JPEG, 'image/jpeg', '../../etc/passwd'))).toEqual([
      'ATTACHMENT_FILE_NAME_INVALID',
      'fileName',
    ]);
  });

  it('is only for those who raise cases or check in on patrols', async () => {
    expect(codeOf(await upload(department, JPEG))[0]).toBe('FORBIDDEN');
    const anonymous = await h.gql(UPLOAD, {
      i: { fileName: 'a.jpg', contentType: 'image/jpeg', dataBase64: JPEG.toString('base64') },
    });
    expect(codeOf(anonymous)[0]).toBe('UNAUTHENTICATED');
  });
});

describe('the signed link', () => {
  it('refuses a forged signature, another id and a link without one', async () => {
    const a = (await upload(secretary, JPEG)).data!.uploadAttachment;
    const forged = a.url.replace(/sig=([\w-])/, (_, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`);
    expect((await fetch(origin() + forged)).status).toBe(403);
    const other = (await upload(secretary, PNG)).data!.uploadAttachment;
    expect((await fetch(origin() + a.url.replace(a.id, other.id))).status).toBe(403);
    expect((await fetch(`${origin()}/files/${a.id}`)).status).toBe(403);
  });

  it('refuses an expired link', async () => {
    const a = (await upload(secretary, JPEG)).data!.uploadAttachment;
    const old = h.files.url(a.id, Date.now() - 3 * 3600_000);
    expect((await fetch(origin() + old)).status).toBe(403);
  });
});

describe('claiming uploads', () => {
  const claim = (ids: string[], ownerId: string, p: Principal) => {
    const em = h.subgraph.orm.em.fork();
    return AttachmentService.claim(em, ids, 'Case', ownerId, p).then(async (found) => {
      await em.flush();
      return found;
    });
  };
  const owner1 = '0190a000-0000-7000-8000-00000000c001';
  const owner2 = '0190a000-0000-7000-8000-00000000c002';

  it('attaches the caller own uploads to a record, listed with it', async () => {
    const a = (await upload(secretary, JPEG)).data!.uploadAttachment;
    const b = (await upload(secretary, PNG)).data!.uploadAttachment;
    expect((await claim([a.id, b.id], owner1, secretary)).length).toBe(2);
    const listed = await AttachmentService.attachmentsOf(h.subgraph.orm.em.fork(), 'Case', [owner1, owner2]);
    expect(listed.get(owner1)?.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(listed.get(owner2)).toBeUndefined();
  });

  it("refuses another user's upload as if it did not exist", async () => {
    const theirs = (await upload(cadre, JPEG)).data!.uploadAttachment;
    const err = await claim([theirs.id], owner2, secretary).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('ATTACHMENT_NOT_FOUND');
    const unknown = await claim(['0190a000-0000-7000-8000-0000000000ff'], owner2, secretary).catch((e: unknown) => e);
    expect((unknown as AppError).code).toBe('ATTACHMENT_NOT_FOUND');
  });

  it('refuses an upload already attached to another record', async () => {
    const a = (await upload(secretary, JPEG)).data!.uploadAttachment;
    await claim([a.id], owner1, secretary);
    const err = (await claim([a.id], owner2, secretary).catch((e: unknown) => e)) as AppError;
    expect([err.code, err.field]).toEqual(['ATTACHMENT_ATTACHMENT_IDS_INVALID', 'attachmentIds']);
  });
});
