import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requirePrincipal, type PeerContext, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { rankingDirectory } from '../ranking/index.js';
import { AssessmentItem, GridAssessment } from './assessment.entity.js';
import { ASSESSMENT_ITEMS } from './assessment.form.js';
import { AssessmentService } from './assessment.service.js';
import { BoardFile, RankingBoard, loadBoard, renderBoard } from './board.js';
import { ScoreGridAssessmentInput } from './dto/score-assessment.input.js';

type Ctx = SubgraphContext & PeerContext;

@Resolver(() => GridAssessment)
export class AssessmentResolver {
  @Authorized()
  @Query(() => [AssessmentItem], { description: '网格员考核评议表的项目与分值' })
  assessmentItems(): AssessmentItem[] {
    return ASSESSMENT_ITEMS.map((item) => Object.assign(new AssessmentItem(), item));
  }

  @Authorized()
  @Query(() => [GridAssessment], { description: '某月网格员考核评议（本人辖区内；网格员只见已公示月份的）' })
  gridAssessments(
    @Arg('divisionCode', () => String, { description: '乡镇或村区划代码' }) divisionCode: string,
    @Arg('month', () => String, { description: '月份（YYYY-MM）' }) month: string,
    @Ctx() ctx: Ctx,
  ): Promise<GridAssessment[]> {
    return new AssessmentService(ctx.em, requirePrincipal(ctx)).list(divisionCode, month);
  }

  @Authorized()
  @Mutation(() => GridAssessment, { description: '网格员月度考核评分（已公示的月份不能再改）' })
  scoreGridAssessment(
    @Arg('input', () => ScoreGridAssessmentInput) input: ScoreGridAssessmentInput,
    @Ctx() ctx: Ctx,
  ): Promise<GridAssessment> {
    return new AssessmentService(ctx.em, requirePrincipal(ctx), rankingDirectory(ctx)).score(input);
  }

  @Authorized()
  @Query(() => RankingBoard, { nullable: true, description: '张榜公示：已发布月份的排名和考核；未发布时为空' })
  rankingBoard(
    @Arg('divisionCode', () => String, { description: '乡镇或村区划代码' }) divisionCode: string,
    @Arg('month', () => String, { description: '月份（YYYY-MM）' }) month: string,
    @Ctx() ctx: Ctx,
  ): Promise<RankingBoard | null> {
    return loadBoard(ctx.em, requirePrincipal(ctx), divisionCode, month);
  }

  @Authorized()
  @Query(() => BoardFile, { nullable: true, description: '打印张榜公示（PDF）；未发布时为空' })
  async rankingBoardPdf(
    @Arg('divisionCode', () => String, { description: '乡镇或村区划代码' }) divisionCode: string,
    @Arg('month', () => String, { description: '月份（YYYY-MM）' }) month: string,
    @Ctx() ctx: Ctx,
  ): Promise<BoardFile | null> {
    const board = await loadBoard(ctx.em, requirePrincipal(ctx), divisionCode, month);
    return board && renderBoard(ctx.em, board);
  }
}
