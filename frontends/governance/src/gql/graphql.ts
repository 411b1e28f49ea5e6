/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 党员干部类别 / Cadre kind */
export type CadreKind =
  /** 入党积极分子 */
  | 'ACTIVIST'
  /** 农村党员 */
  | 'PARTY_MEMBER'
  /** 乡镇干部 */
  | 'TOWNSHIP_CADRE'
  /** 村两委成员 */
  | 'VILLAGE_COMMITTEE'
  /** 驻村工作队员 */
  | 'WORK_TEAM';

/** 网格层级 / Grid level */
export type GridLevel =
  /** 三级网格（片区） */
  | 'AREA'
  /** 一级网格（乡镇） */
  | 'TOWNSHIP'
  /** 二级网格（村） */
  | 'VILLAGE';

/** 网格职务 / Grid role */
export type GridRole =
  /** 网格长 */
  | 'LEADER'
  /** 网格员 */
  | 'MEMBER';

/** 特殊群体标签 / Special-group tag */
export type HouseholdTagKind =
  /** 低保户 */
  | 'DIBAO'
  /** 空巢老人户 */
  | 'EMPTY_NEST_ELDERLY'
  /** 留守儿童 */
  | 'LEFT_BEHIND_CHILD'
  /** 留守老人 */
  | 'LEFT_BEHIND_ELDERLY'
  /** 留守妇女 */
  | 'LEFT_BEHIND_WOMAN'
  /** 脱贫户 */
  | 'LIFTED_FROM_POVERTY'
  /** 监测户 */
  | 'MONITORED'
  /** 重病重残户 */
  | 'SERIOUS_ILLNESS_DISABILITY'
  /** 五保户（特困供养） */
  | 'WUBAO';

/** 导入方式 / Import mode */
export type ImportMode =
  /** 全部导入：有任何错误行则不导入 */
  | 'ALL_OR_NOTHING'
  /** 只导入无错误的户 */
  | 'VALID_ONLY';

/** 导入任务状态 / Import job status */
export type ImportStatus =
  /** 导入完成 */
  | 'DONE'
  /** 失败（见错误报告） */
  | 'FAILED'
  /** 正在写入 */
  | 'IMPORTING'
  /** 校验完成，等待选择导入方式 */
  | 'VALIDATED'
  /** 正在校验（尚未写入任何数据） */
  | 'VALIDATING';

/** 家庭年收入档次 / Yearly income band */
export type IncomeBand =
  /** 10 万元以上 */
  | 'ABOVE_100K'
  /** 1 万元以下 */
  | 'BELOW_10K'
  /** 1–3 万元 */
  | 'FROM_10K_TO_30K'
  /** 3–6 万元 */
  | 'FROM_30K_TO_60K'
  /** 6–10 万元 */
  | 'FROM_60K_TO_100K';

/** 调整农户所属网格 / Move a household to another area grid */
export type MoveHouseholdInput = {
  /** 农户编号 */
  householdId: string | number;
  /** 调整原因 */
  reason: string;
  /** 调入的三级网格（本村） */
  toGridId: string | number;
  /** 读取农户时的版本号 */
  version: number;
};

/** 记一篇民情日记：必填农户、走访方式和至少一项了解到的情况 / Record a visit */
export type RecordVisitInput = {
  /** 参加走访的党员干部；缺省为本人 */
  cadreIds?: Array<string | number> | null | undefined;
  /** 诉求 */
  demands?: string | null | undefined;
  /** 困难问题 */
  difficulties?: string | null | undefined;
  /** 家庭基本情况 */
  family?: string | null | undefined;
  /** 走访的农户 */
  householdId: string | number;
  /** 生活情况 */
  living?: string | null | undefined;
  /** 走访方式：入户走访、线上联络、蹲点调研、调查问卷 */
  method: VisitMethod;
  /** 生产情况 */
  production?: string | null | undefined;
  /** 同时更新农户的生产、生活情况和困难（同一事务，版本号过期时整条走访不保存） */
  updateHousehold?: VisitHouseholdUpdateInput | null | undefined;
  /** 走访日期（YYYY-MM-DD），缺省为今天，不能晚于今天 */
  visitedOn?: string | null | undefined;
};

/** 行政区划层级 / Division level */
export type RegionLevel =
  /** 县（市、区） */
  | 'COUNTY'
  /** 乡镇（街道） */
  | 'TOWNSHIP'
  /** 村（社区） */
  | 'VILLAGE';

/** 性别 / Sex */
export type Sex =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 可查看明文的个人信息字段 / Personal-data field that can be unmasked */
export type UnmaskField =
  /** 健康状况 */
  | 'HEALTH'
  /** 身份证号 */
  | 'ID_CARD_NO'
  /** 联系电话 */
  | 'PHONE';

/** 修改农户：只改给出的字段，传 null 表示清除 */
export type UpdateHouseholdInput = {
  /** 住址（不能清除） */
  address?: string | null | undefined;
  /** 困难与诉求 */
  difficulties?: string | null | undefined;
  /** 所属村民小组编号 */
  groupId?: string | number | null | undefined;
  /** 农户编号 */
  id: string | number;
  /** 家庭年收入档次 */
  incomeBand?: IncomeBand | null | undefined;
  /** 生活情况 */
  livingSituation?: string | null | undefined;
  /** 生产情况 */
  productionSituation?: string | null | undefined;
  /** 读取时的版本号（乐观锁） */
  version: number;
};

/** 走访覆盖率分组方式 / Visit coverage grouping */
export type VisitCoverageGroupBy =
  /** 按党员干部 */
  | 'CADRE'
  /** 按三级网格 */
  | 'GRID'
  /** 按乡镇 */
  | 'TOWNSHIP'
  /** 按村 */
  | 'VILLAGE';

/** 走访时一并更新的农户情况（须带农户版本号）/ Household situation updated with the visit */
export type VisitHouseholdUpdateInput = {
  /** 困难与诉求；不填（null）则不改，空串则清空 */
  difficulties?: string | null | undefined;
  /** 生活情况；不填（null）则不改，空串则清空 */
  livingSituation?: string | null | undefined;
  /** 生产情况；不填（null）则不改，空串则清空 */
  productionSituation?: string | null | undefined;
  /** 读取农户时的版本号 */
  version: number;
};

/** 走访方式 / Visit method */
export type VisitMethod =
  /** 入户走访 */
  | 'IN_PERSON'
  /** 线上联络 */
  | 'ONLINE'
  /** 调查问卷 */
  | 'QUESTIONNAIRE'
  /** 蹲点调研 */
  | 'STAY_OVER';

export type GovernanceHouseholdOptionsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type GovernanceHouseholdOptionsQuery = {
  households: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; headName: string; address: string } }>;
  };
};

export type GovernanceContactCardsQueryVariables = Exact<{
  householdIds?: Array<string | number> | string | number | null | undefined;
  gridId?: string | number | null | undefined;
}>;

export type GovernanceContactCardsQuery = {
  contactCards: { fileName: string; contentType: string; contentBase64: string };
};

export type GovernanceHouseholdTagFragment = {
  tag: HouseholdTagKind;
  setBy: string;
  setAt: string;
  note: string | null;
};

export type GovernanceGridMoveFragment = {
  movedAt: string;
  movedBy: string;
  reason: string | null;
  fromGrid: { id: string; name: string } | null;
  toGrid: { id: string; name: string } | null;
};

export type GovernanceHouseholdQueryVariables = Exact<{
  id: string | number;
}>;

export type GovernanceHouseholdQuery = {
  household: {
    id: string;
    villageCode: string;
    address: string;
    headName: string;
    memberCount: number;
    incomeBand: IncomeBand | null;
    productionSituation: string | null;
    livingSituation: string | null;
    difficulties: string | null;
    version: number;
    village: { code: string; name: string } | null;
    grid: { id: string; name: string } | null;
    group: { id: string; name: string } | null;
    tags: Array<{ tag: HouseholdTagKind; setBy: string; setAt: string; note: string | null }>;
    residents: Array<{
      id: string;
      name: string;
      relation: string;
      sex: Sex;
      birthDate: string | null;
      birthYear: number | null;
      ageBand: string | null;
      isHead: boolean;
      idCardMasked: string | null;
      phoneMasked: string | null;
      occupation: string | null;
      version: number;
    }>;
    pairedCadres: Array<{ id: string; name: string; post: string; phoneMasked: string | null }>;
    gridHistory: Array<{
      movedAt: string;
      movedBy: string;
      reason: string | null;
      fromGrid: { id: string; name: string } | null;
      toGrid: { id: string; name: string } | null;
    }>;
    visits: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          visitedOn: string;
          method: VisitMethod;
          family: string | null;
          production: string | null;
          living: string | null;
          difficulties: string | null;
          demands: string | null;
          cadres: Array<{ id: string; name: string }>;
        };
      }>;
    };
  } | null;
};

export type GovernanceUpdateHouseholdMutationVariables = Exact<{
  input: UpdateHouseholdInput;
}>;

export type GovernanceUpdateHouseholdMutation = {
  updateHousehold: {
    id: string;
    version: number;
    address: string;
    incomeBand: IncomeBand | null;
    productionSituation: string | null;
    livingSituation: string | null;
    difficulties: string | null;
  };
};

export type GovernanceSetTagMutationVariables = Exact<{
  householdId: string | number;
  tag: HouseholdTagKind;
  note?: string | null | undefined;
}>;

export type GovernanceSetTagMutation = {
  setHouseholdTag: {
    id: string;
    version: number;
    tags: Array<{ tag: HouseholdTagKind; setBy: string; setAt: string; note: string | null }>;
  };
};

export type GovernanceRemoveTagMutationVariables = Exact<{
  householdId: string | number;
  tag: HouseholdTagKind;
}>;

export type GovernanceRemoveTagMutation = {
  removeHouseholdTag: {
    id: string;
    version: number;
    tags: Array<{ tag: HouseholdTagKind; setBy: string; setAt: string; note: string | null }>;
  };
};

export type GovernanceUnmaskMutationVariables = Exact<{
  id: string | number;
  field: UnmaskField;
  reason: string;
}>;

export type GovernanceUnmaskMutation = { unmaskResident: string };

export type GovernanceMoveHouseholdMutationVariables = Exact<{
  input: MoveHouseholdInput;
}>;

export type GovernanceMoveHouseholdMutation = {
  moveHousehold: {
    id: string;
    version: number;
    grid: { id: string; name: string } | null;
    gridHistory: Array<{
      movedAt: string;
      movedBy: string;
      reason: string | null;
      fromGrid: { id: string; name: string } | null;
      toGrid: { id: string; name: string } | null;
    }>;
  };
};

export type GovernancePairingCoverageQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type GovernancePairingCoverageQuery = {
  pairingCoverage: {
    regionCode: string;
    totalHouseholds: number;
    pairedHouseholds: number;
    unpairedHouseholds: number;
    specialUnpaired: number | null;
    ratio: number;
    unpaired: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          headName: string;
          address: string;
          village: { code: string; name: string } | null;
          grid: { id: string; name: string } | null;
          tags: Array<{ tag: HouseholdTagKind }>;
        };
      }>;
    };
  };
};

export type GovernancePairingSuggestionsQueryVariables = Exact<{
  villageCode: string;
}>;

export type GovernancePairingSuggestionsQuery = {
  suggestPairings: Array<{
    reason: string;
    sameGrid: boolean;
    special: boolean | null;
    cadre: { id: string; name: string; post: string; pairedCount: number; capacity: number };
    household: {
      id: string;
      headName: string;
      address: string;
      grid: { id: string; name: string } | null;
      tags: Array<{ tag: HouseholdTagKind }>;
    };
  }>;
};

export type GovernanceAcceptSuggestionMutationVariables = Exact<{
  cadreId: string | number;
  householdId: string | number;
}>;

export type GovernanceAcceptSuggestionMutation = { acceptPairingSuggestion: { id: string; startedOn: string } };

export type GovernanceRejectSuggestionMutationVariables = Exact<{
  cadreId: string | number;
  householdId: string | number;
  reason?: string | null | undefined;
}>;

export type GovernanceRejectSuggestionMutation = { rejectPairingSuggestion: boolean };

export type GovernanceCadreLoadQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type GovernanceCadreLoadQuery = {
  cadres: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        post: string;
        kind: CadreKind;
        divisionCode: string;
        isLiaisonLeader: boolean;
        pairedCount: number;
        capacity: number;
        capacityMin: number;
        grid: { id: string; name: string } | null;
      };
    }>;
  };
};

export type GovernancePairingRosterQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type GovernancePairingRosterQuery = {
  pairingRoster: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        pairingId: string;
        township: string;
        village: string;
        grid: string | null;
        cadreName: string;
        cadrePost: string;
        cadrePhoneMasked: string | null;
        householdId: string;
        householdHead: string;
        householdAddress: string;
        startedOn: string;
      };
    }>;
  };
};

export type GovernanceExportRosterQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;

export type GovernanceExportRosterQuery = {
  exportPairingRoster: { fileName: string; contentType: string; contentBase64: string };
};

export type GovernanceImportJobFragment = {
  id: string;
  status: ImportStatus;
  fileName: string;
  totalRows: number;
  validRows: number;
  errorRows: number;
  processedRows: number;
  createdHouseholds: number;
  updatedHouseholds: number;
  progress: number;
  errors: Array<{ row: number; column: string; message: string }>;
};

export type GovernanceRegisterTemplateQueryVariables = Exact<{ [key: string]: never }>;

export type GovernanceRegisterTemplateQuery = {
  registerTemplate: { fileName: string; contentType: string; contentBase64: string };
};

export type GovernanceImportJobQueryVariables = Exact<{
  id: string | number;
}>;

export type GovernanceImportJobQuery = {
  importJob: {
    id: string;
    status: ImportStatus;
    fileName: string;
    totalRows: number;
    validRows: number;
    errorRows: number;
    processedRows: number;
    createdHouseholds: number;
    updatedHouseholds: number;
    progress: number;
    errors: Array<{ row: number; column: string; message: string }>;
  } | null;
};

export type GovernanceValidateImportMutationVariables = Exact<{
  villageCode: string;
  fileName: string;
  contentBase64: string;
}>;

export type GovernanceValidateImportMutation = {
  validateRegisterImport: {
    id: string;
    status: ImportStatus;
    fileName: string;
    totalRows: number;
    validRows: number;
    errorRows: number;
    processedRows: number;
    createdHouseholds: number;
    updatedHouseholds: number;
    progress: number;
    errors: Array<{ row: number; column: string; message: string }>;
  };
};

export type GovernanceCommitImportMutationVariables = Exact<{
  jobId: string | number;
  mode: ImportMode;
}>;

export type GovernanceCommitImportMutation = {
  commitRegisterImport: {
    id: string;
    status: ImportStatus;
    fileName: string;
    totalRows: number;
    validRows: number;
    errorRows: number;
    processedRows: number;
    createdHouseholds: number;
    updatedHouseholds: number;
    progress: number;
    errors: Array<{ row: number; column: string; message: string }>;
  };
};

export type GovernanceExportRegisterQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  unmasked?: boolean | null | undefined;
  reason?: string | null | undefined;
}>;

export type GovernanceExportRegisterQuery = {
  exportRegister: { fileName: string; contentType: string; contentBase64: string };
};

export type GovernanceRegionsQueryVariables = Exact<{
  parentCode?: string | null | undefined;
}>;

export type GovernanceRegionsQuery = { regions: Array<{ code: string; name: string; level: RegionLevel }> };

export type GovernanceGridNodeFragment = {
  id: string;
  name: string;
  level: GridLevel;
  householdCount: number;
  capacity: number;
  members: Array<{ id: string; role: GridRole; cadre: { id: string; name: string; post: string } }>;
};

export type GovernanceGridTreeQueryVariables = Exact<{
  code: string;
}>;

export type GovernanceGridTreeQuery = {
  region: {
    code: string;
    name: string;
    level: RegionLevel;
    villagerGroups: Array<{ id: string; name: string }>;
    gridTree: Array<{
      id: string;
      name: string;
      level: GridLevel;
      householdCount: number;
      capacity: number;
      children: Array<{
        id: string;
        name: string;
        level: GridLevel;
        householdCount: number;
        capacity: number;
        children: Array<{
          id: string;
          name: string;
          level: GridLevel;
          householdCount: number;
          capacity: number;
          members: Array<{ id: string; role: GridRole; cadre: { id: string; name: string; post: string } }>;
        }>;
        members: Array<{ id: string; role: GridRole; cadre: { id: string; name: string; post: string } }>;
      }>;
      members: Array<{ id: string; role: GridRole; cadre: { id: string; name: string; post: string } }>;
    }>;
  } | null;
};

export type GovernanceRegionGridsQueryVariables = Exact<{
  code: string;
}>;

export type GovernanceRegionGridsQuery = {
  region: { code: string; grids: Array<{ id: string; name: string; level: GridLevel; householdCount: number }> } | null;
};

export type GovernanceVisitHouseholdOptionFragment = {
  id: string;
  headName: string;
  address: string;
  village: { code: string; name: string } | null;
  tags: Array<{ tag: HouseholdTagKind }>;
};

export type GovernanceMyHouseholdsQueryVariables = Exact<{ [key: string]: never }>;

export type GovernanceMyHouseholdsQuery = {
  me: {
    id: string;
    cadre: {
      id: string;
      name: string;
      households: {
        totalCount: number;
        edges: Array<{
          cursor: string;
          node: {
            id: string;
            headName: string;
            address: string;
            village: { code: string; name: string } | null;
            tags: Array<{ tag: HouseholdTagKind }>;
          };
        }>;
      };
    } | null;
  };
};

export type GovernanceMeCadreQueryVariables = Exact<{ [key: string]: never }>;

export type GovernanceMeCadreQuery = { me: { id: string; cadre: { id: string } | null } };

export type GovernanceVisitSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type GovernanceVisitSearchQuery = {
  households: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        headName: string;
        address: string;
        village: { code: string; name: string } | null;
        tags: Array<{ tag: HouseholdTagKind }>;
      };
    }>;
  };
};

export type GovernanceVisitHouseholdQueryVariables = Exact<{
  id: string | number;
}>;

export type GovernanceVisitHouseholdQuery = {
  household: {
    id: string;
    headName: string;
    address: string;
    version: number;
    productionSituation: string | null;
    livingSituation: string | null;
    difficulties: string | null;
    village: { code: string; name: string } | null;
    pairedCadres: Array<{ id: string; name: string; post: string }>;
  } | null;
};

export type GovernanceRecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;

export type GovernanceRecordVisitMutation = { recordVisit: { id: string; visitedOn: string; method: VisitMethod } };

export type GovernanceVisitCoverageQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  period: string;
  groupBy: VisitCoverageGroupBy;
}>;

export type GovernanceVisitCoverageQuery = {
  visitCoverage: Array<{ key: string; name: string; paired: number; visited: number; ratio: number }>;
};

export type GovernanceNotVisitedQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  period: string;
  cadreId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type GovernanceNotVisitedQuery = {
  notVisited: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        headName: string;
        address: string;
        village: { code: string; name: string } | null;
        grid: { id: string; name: string } | null;
        pairedCadres: Array<{ id: string; name: string }>;
        tags: Array<{ tag: HouseholdTagKind }>;
      };
    }>;
  };
};

export type GovernanceHouseholdsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  search?: string | null | undefined;
  idCardNo?: string | null | undefined;
  phone?: string | null | undefined;
  lookupReason?: string | null | undefined;
  tag?: HouseholdTagKind | null | undefined;
  gridId?: string | number | null | undefined;
  unpaired?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type GovernanceHouseholdsQuery = {
  households: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        headName: string;
        address: string;
        memberCount: number;
        grid: { id: string; name: string } | null;
        village: { code: string; name: string } | null;
        pairedCadres: Array<{ id: string; name: string; post: string }>;
        tags: Array<{ tag: HouseholdTagKind }>;
      };
    }>;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const GovernanceHouseholdTagFragmentDoc = new TypedDocumentString(
  `
    fragment GovernanceHouseholdTag on HouseholdTag {
  tag
  setBy
  setAt
  note
}
    `,
  { fragmentName: 'GovernanceHouseholdTag' },
) as unknown as TypedDocumentString<GovernanceHouseholdTagFragment, unknown>;
export const GovernanceGridMoveFragmentDoc = new TypedDocumentString(
  `
    fragment GovernanceGridMove on HouseholdGridMove {
  fromGrid {
    id
    name
  }
  toGrid {
    id
    name
  }
  movedAt
  movedBy
  reason
}
    `,
  { fragmentName: 'GovernanceGridMove' },
) as unknown as TypedDocumentString<GovernanceGridMoveFragment, unknown>;
export const GovernanceImportJobFragmentDoc = new TypedDocumentString(
  `
    fragment GovernanceImportJob on ImportJob {
  id
  status
  fileName
  totalRows
  validRows
  errorRows
  processedRows
  createdHouseholds
  updatedHouseholds
  progress
  errors(first: 200) {
    row
    column
    message
  }
}
    `,
  { fragmentName: 'GovernanceImportJob' },
) as unknown as TypedDocumentString<GovernanceImportJobFragment, unknown>;
export const GovernanceGridNodeFragmentDoc = new TypedDocumentString(
  `
    fragment GovernanceGridNode on Grid {
  id
  name
  level
  householdCount
  capacity
  members {
    id
    role
    cadre {
      id
      name
      post
    }
  }
}
    `,
  { fragmentName: 'GovernanceGridNode' },
) as unknown as TypedDocumentString<GovernanceGridNodeFragment, unknown>;
export const GovernanceVisitHouseholdOptionFragmentDoc = new TypedDocumentString(
  `
    fragment GovernanceVisitHouseholdOption on Household {
  id
  headName
  address
  village {
    code
    name
  }
  tags {
    tag
  }
}
    `,
  { fragmentName: 'GovernanceVisitHouseholdOption' },
) as unknown as TypedDocumentString<GovernanceVisitHouseholdOptionFragment, unknown>;
export const GovernanceHouseholdOptionsDocument = new TypedDocumentString(`
    query GovernanceHouseholdOptions($regionCode: String, $search: String, $first: Int) {
  households(regionCode: $regionCode, search: $search, first: $first) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        headName
        address
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceHouseholdOptionsQuery, GovernanceHouseholdOptionsQueryVariables>;
export const GovernanceContactCardsDocument = new TypedDocumentString(`
    query GovernanceContactCards($householdIds: [ID!], $gridId: ID) {
  contactCards(householdIds: $householdIds, gridId: $gridId) {
    fileName
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<GovernanceContactCardsQuery, GovernanceContactCardsQueryVariables>;
export const GovernanceHouseholdDocument = new TypedDocumentString(`
    query GovernanceHousehold($id: ID!) {
  household(id: $id) {
    id
    villageCode
    address
    headName
    memberCount
    incomeBand
    productionSituation
    livingSituation
    difficulties
    version
    village {
      code
      name
    }
    grid {
      id
      name
    }
    group {
      id
      name
    }
    tags {
      ...GovernanceHouseholdTag
    }
    residents {
      id
      name
      relation
      sex
      birthDate
      birthYear
      ageBand
      isHead
      idCardMasked
      phoneMasked
      occupation
      version
    }
    pairedCadres {
      id
      name
      post
      phoneMasked
    }
    gridHistory {
      ...GovernanceGridMove
    }
    visits(first: 20) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          visitedOn
          method
          cadres {
            id
            name
          }
          family
          production
          living
          difficulties
          demands
        }
      }
    }
  }
}
    fragment GovernanceHouseholdTag on HouseholdTag {
  tag
  setBy
  setAt
  note
}
fragment GovernanceGridMove on HouseholdGridMove {
  fromGrid {
    id
    name
  }
  toGrid {
    id
    name
  }
  movedAt
  movedBy
  reason
}`) as unknown as TypedDocumentString<GovernanceHouseholdQuery, GovernanceHouseholdQueryVariables>;
export const GovernanceUpdateHouseholdDocument = new TypedDocumentString(`
    mutation GovernanceUpdateHousehold($input: UpdateHouseholdInput!) {
  updateHousehold(input: $input) {
    id
    version
    address
    incomeBand
    productionSituation
    livingSituation
    difficulties
  }
}
    `) as unknown as TypedDocumentString<GovernanceUpdateHouseholdMutation, GovernanceUpdateHouseholdMutationVariables>;
export const GovernanceSetTagDocument = new TypedDocumentString(`
    mutation GovernanceSetTag($householdId: ID!, $tag: HouseholdTagKind!, $note: String) {
  setHouseholdTag(householdId: $householdId, tag: $tag, note: $note) {
    id
    version
    tags {
      ...GovernanceHouseholdTag
    }
  }
}
    fragment GovernanceHouseholdTag on HouseholdTag {
  tag
  setBy
  setAt
  note
}`) as unknown as TypedDocumentString<GovernanceSetTagMutation, GovernanceSetTagMutationVariables>;
export const GovernanceRemoveTagDocument = new TypedDocumentString(`
    mutation GovernanceRemoveTag($householdId: ID!, $tag: HouseholdTagKind!) {
  removeHouseholdTag(householdId: $householdId, tag: $tag) {
    id
    version
    tags {
      ...GovernanceHouseholdTag
    }
  }
}
    fragment GovernanceHouseholdTag on HouseholdTag {
  tag
  setBy
  setAt
  note
}`) as unknown as TypedDocumentString<GovernanceRemoveTagMutation, GovernanceRemoveTagMutationVariables>;
export const GovernanceUnmaskDocument = new TypedDocumentString(`
    mutation GovernanceUnmask($id: ID!, $field: UnmaskField!, $reason: String!) {
  unmaskResident(id: $id, field: $field, reason: $reason)
}
    `) as unknown as TypedDocumentString<GovernanceUnmaskMutation, GovernanceUnmaskMutationVariables>;
export const GovernanceMoveHouseholdDocument = new TypedDocumentString(`
    mutation GovernanceMoveHousehold($input: MoveHouseholdInput!) {
  moveHousehold(input: $input) {
    id
    version
    grid {
      id
      name
    }
    gridHistory {
      ...GovernanceGridMove
    }
  }
}
    fragment GovernanceGridMove on HouseholdGridMove {
  fromGrid {
    id
    name
  }
  toGrid {
    id
    name
  }
  movedAt
  movedBy
  reason
}`) as unknown as TypedDocumentString<GovernanceMoveHouseholdMutation, GovernanceMoveHouseholdMutationVariables>;
export const GovernancePairingCoverageDocument = new TypedDocumentString(`
    query GovernancePairingCoverage($regionCode: String, $first: Int, $after: String) {
  pairingCoverage(regionCode: $regionCode) {
    regionCode
    totalHouseholds
    pairedHouseholds
    unpairedHouseholds
    specialUnpaired
    ratio
    unpaired(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          headName
          address
          village {
            code
            name
          }
          grid {
            id
            name
          }
          tags {
            tag
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GovernancePairingCoverageQuery, GovernancePairingCoverageQueryVariables>;
export const GovernancePairingSuggestionsDocument = new TypedDocumentString(`
    query GovernancePairingSuggestions($villageCode: String!) {
  suggestPairings(villageCode: $villageCode) {
    reason
    sameGrid
    special
    cadre {
      id
      name
      post
      pairedCount
      capacity
    }
    household {
      id
      headName
      address
      grid {
        id
        name
      }
      tags {
        tag
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GovernancePairingSuggestionsQuery, GovernancePairingSuggestionsQueryVariables>;
export const GovernanceAcceptSuggestionDocument = new TypedDocumentString(`
    mutation GovernanceAcceptSuggestion($cadreId: ID!, $householdId: ID!) {
  acceptPairingSuggestion(cadreId: $cadreId, householdId: $householdId) {
    id
    startedOn
  }
}
    `) as unknown as TypedDocumentString<
  GovernanceAcceptSuggestionMutation,
  GovernanceAcceptSuggestionMutationVariables
>;
export const GovernanceRejectSuggestionDocument = new TypedDocumentString(`
    mutation GovernanceRejectSuggestion($cadreId: ID!, $householdId: ID!, $reason: String) {
  rejectPairingSuggestion(
    cadreId: $cadreId
    householdId: $householdId
    reason: $reason
  )
}
    `) as unknown as TypedDocumentString<
  GovernanceRejectSuggestionMutation,
  GovernanceRejectSuggestionMutationVariables
>;
export const GovernanceCadreLoadDocument = new TypedDocumentString(`
    query GovernanceCadreLoad($regionCode: String, $first: Int, $after: String) {
  cadres(regionCode: $regionCode, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        post
        kind
        divisionCode
        isLiaisonLeader
        pairedCount
        capacity
        capacityMin
        grid {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceCadreLoadQuery, GovernanceCadreLoadQueryVariables>;
export const GovernancePairingRosterDocument = new TypedDocumentString(`
    query GovernancePairingRoster($regionCode: String, $first: Int, $after: String) {
  pairingRoster(regionCode: $regionCode, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        pairingId
        township
        village
        grid
        cadreName
        cadrePost
        cadrePhoneMasked
        householdId
        householdHead
        householdAddress
        startedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GovernancePairingRosterQuery, GovernancePairingRosterQueryVariables>;
export const GovernanceExportRosterDocument = new TypedDocumentString(`
    query GovernanceExportRoster($regionCode: String) {
  exportPairingRoster(regionCode: $regionCode) {
    fileName
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<GovernanceExportRosterQuery, GovernanceExportRosterQueryVariables>;
export const GovernanceRegisterTemplateDocument = new TypedDocumentString(`
    query GovernanceRegisterTemplate {
  registerTemplate {
    fileName
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<GovernanceRegisterTemplateQuery, GovernanceRegisterTemplateQueryVariables>;
export const GovernanceImportJobDocument = new TypedDocumentString(`
    query GovernanceImportJob($id: ID!) {
  importJob(id: $id) {
    ...GovernanceImportJob
  }
}
    fragment GovernanceImportJob on ImportJob {
  id
  status
  fileName
  totalRows
  validRows
  errorRows
  processedRows
  createdHouseholds
  updatedHouseholds
  progress
  errors(first: 200) {
    row
    column
    message
  }
}`) as unknown as TypedDocumentString<GovernanceImportJobQuery, GovernanceImportJobQueryVariables>;
export const GovernanceValidateImportDocument = new TypedDocumentString(`
    mutation GovernanceValidateImport($villageCode: String!, $fileName: String!, $contentBase64: String!) {
  validateRegisterImport(
    villageCode: $villageCode
    fileName: $fileName
    contentBase64: $contentBase64
  ) {
    ...GovernanceImportJob
  }
}
    fragment GovernanceImportJob on ImportJob {
  id
  status
  fileName
  totalRows
  validRows
  errorRows
  processedRows
  createdHouseholds
  updatedHouseholds
  progress
  errors(first: 200) {
    row
    column
    message
  }
}`) as unknown as TypedDocumentString<GovernanceValidateImportMutation, GovernanceValidateImportMutationVariables>;
export const GovernanceCommitImportDocument = new TypedDocumentString(`
    mutation GovernanceCommitImport($jobId: ID!, $mode: ImportMode!) {
  commitRegisterImport(jobId: $jobId, mode: $mode) {
    ...GovernanceImportJob
  }
}
    fragment GovernanceImportJob on ImportJob {
  id
  status
  fileName
  totalRows
  validRows
  errorRows
  processedRows
  createdHouseholds
  updatedHouseholds
  progress
  errors(first: 200) {
    row
    column
    message
  }
}`) as unknown as TypedDocumentString<GovernanceCommitImportMutation, GovernanceCommitImportMutationVariables>;
export const GovernanceExportRegisterDocument = new TypedDocumentString(`
    query GovernanceExportRegister($regionCode: String, $unmasked: Boolean, $reason: String) {
  exportRegister(regionCode: $regionCode, unmasked: $unmasked, reason: $reason) {
    fileName
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<GovernanceExportRegisterQuery, GovernanceExportRegisterQueryVariables>;
export const GovernanceRegionsDocument = new TypedDocumentString(`
    query GovernanceRegions($parentCode: String) {
  regions(parentCode: $parentCode) {
    code
    name
    level
  }
}
    `) as unknown as TypedDocumentString<GovernanceRegionsQuery, GovernanceRegionsQueryVariables>;
export const GovernanceGridTreeDocument = new TypedDocumentString(`
    query GovernanceGridTree($code: String!) {
  region(code: $code) {
    code
    name
    level
    villagerGroups {
      id
      name
    }
    gridTree {
      ...GovernanceGridNode
      children {
        ...GovernanceGridNode
        children {
          ...GovernanceGridNode
        }
      }
    }
  }
}
    fragment GovernanceGridNode on Grid {
  id
  name
  level
  householdCount
  capacity
  members {
    id
    role
    cadre {
      id
      name
      post
    }
  }
}`) as unknown as TypedDocumentString<GovernanceGridTreeQuery, GovernanceGridTreeQueryVariables>;
export const GovernanceRegionGridsDocument = new TypedDocumentString(`
    query GovernanceRegionGrids($code: String!) {
  region(code: $code) {
    code
    grids {
      id
      name
      level
      householdCount
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceRegionGridsQuery, GovernanceRegionGridsQueryVariables>;
export const GovernanceMyHouseholdsDocument = new TypedDocumentString(`
    query GovernanceMyHouseholds {
  me {
    id
    cadre {
      id
      name
      households(first: 100) {
        totalCount
        edges {
          cursor
          node {
            ...GovernanceVisitHouseholdOption
          }
        }
      }
    }
  }
}
    fragment GovernanceVisitHouseholdOption on Household {
  id
  headName
  address
  village {
    code
    name
  }
  tags {
    tag
  }
}`) as unknown as TypedDocumentString<GovernanceMyHouseholdsQuery, GovernanceMyHouseholdsQueryVariables>;
export const GovernanceMeCadreDocument = new TypedDocumentString(`
    query GovernanceMeCadre {
  me {
    id
    cadre {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceMeCadreQuery, GovernanceMeCadreQueryVariables>;
export const GovernanceVisitSearchDocument = new TypedDocumentString(`
    query GovernanceVisitSearch($search: String, $first: Int) {
  households(search: $search, first: $first) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...GovernanceVisitHouseholdOption
      }
    }
  }
}
    fragment GovernanceVisitHouseholdOption on Household {
  id
  headName
  address
  village {
    code
    name
  }
  tags {
    tag
  }
}`) as unknown as TypedDocumentString<GovernanceVisitSearchQuery, GovernanceVisitSearchQueryVariables>;
export const GovernanceVisitHouseholdDocument = new TypedDocumentString(`
    query GovernanceVisitHousehold($id: ID!) {
  household(id: $id) {
    id
    headName
    address
    version
    productionSituation
    livingSituation
    difficulties
    village {
      code
      name
    }
    pairedCadres {
      id
      name
      post
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceVisitHouseholdQuery, GovernanceVisitHouseholdQueryVariables>;
export const GovernanceRecordVisitDocument = new TypedDocumentString(`
    mutation GovernanceRecordVisit($input: RecordVisitInput!) {
  recordVisit(input: $input) {
    id
    visitedOn
    method
  }
}
    `) as unknown as TypedDocumentString<GovernanceRecordVisitMutation, GovernanceRecordVisitMutationVariables>;
export const GovernanceVisitCoverageDocument = new TypedDocumentString(`
    query GovernanceVisitCoverage($regionCode: String, $period: String!, $groupBy: VisitCoverageGroupBy!) {
  visitCoverage(regionCode: $regionCode, period: $period, groupBy: $groupBy) {
    key
    name
    paired
    visited
    ratio
  }
}
    `) as unknown as TypedDocumentString<GovernanceVisitCoverageQuery, GovernanceVisitCoverageQueryVariables>;
export const GovernanceNotVisitedDocument = new TypedDocumentString(`
    query GovernanceNotVisited($regionCode: String, $period: String!, $cadreId: ID, $first: Int, $after: String) {
  notVisited(
    regionCode: $regionCode
    period: $period
    cadreId: $cadreId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        headName
        address
        village {
          code
          name
        }
        grid {
          id
          name
        }
        pairedCadres {
          id
          name
        }
        tags {
          tag
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceNotVisitedQuery, GovernanceNotVisitedQueryVariables>;
export const GovernanceHouseholdsDocument = new TypedDocumentString(`
    query GovernanceHouseholds($regionCode: String, $search: String, $idCardNo: String, $phone: String, $lookupReason: String, $tag: HouseholdTagKind, $gridId: ID, $unpaired: Boolean, $first: Int, $after: String) {
  households(
    regionCode: $regionCode
    search: $search
    idCardNo: $idCardNo
    phone: $phone
    lookupReason: $lookupReason
    tag: $tag
    gridId: $gridId
    unpaired: $unpaired
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        headName
        address
        memberCount
        grid {
          id
          name
        }
        village {
          code
          name
        }
        pairedCadres {
          id
          name
          post
        }
        tags {
          tag
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceHouseholdsQuery, GovernanceHouseholdsQueryVariables>;
