import type { MessageBundle } from '@xiangzhi/platform';

export const GOVERNANCE_MESSAGES = {
  'zh-CN': {
    'governance.title': '农户台账',
    'governance.searchPlaceholder': '搜索户主姓名或地址',
    'governance.head': '户主',
    'governance.address': '地址',
    'governance.village': '村',
    'governance.grid': '网格',
    'governance.members': '人口',
    'governance.membersCount': '{count} 人',
    'governance.pairedCadres': '联户干部',
    'governance.unpaired': '未结对',
    'governance.noGrid': '未划网格',
    'governance.empty': '没有符合条件的农户',
  },
  'en-US': {
    'governance.title': 'Households',
    'governance.searchPlaceholder': 'Search by head of household or address',
    'governance.head': 'Head of household',
    'governance.address': 'Address',
    'governance.village': 'Village',
    'governance.grid': 'Grid',
    'governance.members': 'Members',
    'governance.membersCount': '{count} people',
    'governance.pairedCadres': 'Paired cadres',
    'governance.unpaired': 'Not paired',
    'governance.noGrid': 'No grid',
    'governance.empty': 'No households match',
  },
} satisfies MessageBundle;
