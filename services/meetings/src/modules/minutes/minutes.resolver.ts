import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  FileDownload,
  fileDownload,
  requestLoader,
  requirePrincipal,
  type PeerContext,
  type SubgraphContext,
} from '@xiangzhi/subgraph-kit';
import { Minutes, MinutesAddendum } from './minutes.entity.js';
import { MinutesService } from './minutes.service.js';
import { cadreNames } from './minutes.record.js';
import { renderMinutesDocx } from './minutes.docx.js';
import { renderMinutesPdf } from './minutes.pdf.js';
import { printableFileName, type MinutesPrintable } from './minutes.draft.js';
import { AddMinutesAddendumArgs, DraftMinutesArgs, PublishMinutesArgs, UpdateMinutesArgs } from './dto/minutes.args.js';

type Context = SubgraphContext & PeerContext;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const service = (ctx: Context): MinutesService => new MinutesService(ctx.em, requirePrincipal(ctx), cadreNames(ctx));

async function download(
  ctx: Context,
  id: string,
  render: (p: MinutesPrintable) => Promise<Buffer>,
  ext: string,
  type: string,
): Promise<FileDownload | null> {
  const printable = await service(ctx).printable(id);
  if (!printable) return null;
  return fileDownload(`${printableFileName(printable)}.${ext}`, type, await render(printable));
}

@Resolver(() => Minutes)
export class MinutesResolver {
  @Authorized()
  @Query(() => Minutes, { nullable: true, description: '会议的纪要；尚未起草，或会议不在管辖范围内时为空' })
  meetingMinutes(@Arg('meetingId', () => ID, { description: '会议编号' }) meetingId: string, @Ctx() ctx: Context) {
    return service(ctx).forMeeting(meetingId);
  }

  @Authorized()
  @Query(() => FileDownload, { nullable: true, description: '会议纪要导出为 Word 文档（.docx）；不在管辖范围内时为空' })
  minutesDocx(@Arg('id', () => ID, { description: '会议纪要编号' }) id: string, @Ctx() ctx: Context) {
    return download(ctx, id, renderMinutesDocx, 'docx', DOCX);
  }

  @Authorized()
  @Query(() => FileDownload, { nullable: true, description: '会议纪要导出为 PDF（A4）；不在管辖范围内时为空' })
  minutesPdf(@Arg('id', () => ID, { description: '会议纪要编号' }) id: string, @Ctx() ctx: Context) {
    return download(ctx, id, renderMinutesPdf, 'pdf', 'application/pdf');
  }

  @Authorized()
  @Mutation(() => Minutes, {
    description: '按会议记录（参会、说事事项及决定、表决）起草纪要；已有草稿时带版本号可重新生成',
  })
  draftMinutes(@Args(() => DraftMinutesArgs) a: DraftMinutesArgs, @Ctx() ctx: Context) {
    return service(ctx).draft(a.meetingId, a.version);
  }

  @Authorized()
  @Mutation(() => Minutes, { description: '修改纪要草稿（须带读取时的版本号；已发布的纪要不能修改）' })
  updateMinutes(@Args(() => UpdateMinutesArgs) a: UpdateMinutesArgs, @Ctx() ctx: Context) {
    return service(ctx).update(a.id, a.version, a.body);
  }

  @Authorized()
  @Mutation(() => Minutes, { description: '发布纪要（会议须已召开）；发布后只读，更正以补充说明追加' })
  publishMinutes(@Args(() => PublishMinutesArgs) a: PublishMinutesArgs, @Ctx() ctx: Context) {
    return service(ctx).publish(a.id, a.version);
  }

  @Authorized()
  @Mutation(() => MinutesAddendum, { description: '为已发布的纪要追加补充说明（记录填写人和时间）' })
  addMinutesAddendum(@Args(() => AddMinutesAddendumArgs) a: AddMinutesAddendumArgs, @Ctx() ctx: Context) {
    return service(ctx).addAddendum(a.minutesId, a.text);
  }

  @FieldResolver(() => [MinutesAddendum], { description: '发布后追加的补充说明，最早的在前' })
  addenda(@Root() minutes: Minutes, @Ctx() ctx: Context): Promise<MinutesAddendum[]> {
    const s = service(ctx);
    return requestLoader(ctx, 'minutes.addenda', (ids) => s.addenda(ids), [] as MinutesAddendum[]).load(minutes.id);
  }
}
