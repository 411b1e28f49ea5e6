import type { MessageBundle } from '@xiangzhi/platform';

// Contact card printing.
export const CARDS_MESSAGES = {
  'zh-CN': {
    'gov.cards.title': '党群联系卡',
    'gov.cards.hint': '一户一卡，A4 纸每页 8 张；卡上有联户党员姓名、职务、电话，网格长和农户二维码。',
    'gov.cards.byGrid': '按网格',
    'gov.cards.byHouseholds': '选择农户',
    'gov.cards.searchHouseholds': '输入户主、拼音首字母或地址搜索',
    'gov.cards.generate': '生成联系卡 PDF',
    'gov.cards.ready': '{name} 已生成',
    'gov.cards.open': '打开',
    'gov.cards.download': '下载',
  },
  'en-US': {
    'gov.cards.title': 'Contact cards',
    'gov.cards.hint': 'One card per household, 8 to an A4 page, with the paired cadre, the grid leader and a QR code.',
    'gov.cards.byGrid': 'By grid',
    'gov.cards.byHouseholds': 'Choose households',
    'gov.cards.searchHouseholds': 'Search head, pinyin initials or address',
    'gov.cards.generate': 'Make the PDF',
    'gov.cards.ready': '{name} is ready',
    'gov.cards.open': 'Open',
    'gov.cards.download': 'Download',
  },
} satisfies MessageBundle;
