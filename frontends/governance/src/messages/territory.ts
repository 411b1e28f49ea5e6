import type { MessageBundle } from '@xiangzhi/platform';

// Territory and grid tree.
export const TERRITORY_MESSAGES = {
  'zh-CN': {
    'gov.territory.title': '区划与网格',
    'gov.territory.regions': '行政区划',
    'gov.territory.grids': '网格',
    'gov.territory.gridsOf': '{name}的网格',
    'gov.territory.pick': '请在左侧选择乡镇或村',
    'gov.territory.noGrids': '该区划尚未划分网格',
    'gov.territory.groups': '村民小组',
    'gov.grid.countOfCapacity': '{count} / {capacity} 户',
    'gov.grid.full': '已满',
    'gov.grid.leader': '网格长',
    'gov.grid.members': '网格员',
    'gov.grid.vacant': '空缺',
  },
  'en-US': {
    'gov.territory.title': 'Areas and grids',
    'gov.territory.regions': 'Administrative areas',
    'gov.territory.grids': 'Grids',
    'gov.territory.gridsOf': 'Grids of {name}',
    'gov.territory.pick': 'Choose a township or village on the left',
    'gov.territory.noGrids': 'No grids in this area yet',
    'gov.territory.groups': 'Villager groups',
    'gov.grid.countOfCapacity': '{count} / {capacity} households',
    'gov.grid.full': 'Full',
    'gov.grid.leader': 'Grid leader',
    'gov.grid.members': 'Grid members',
    'gov.grid.vacant': 'vacant',
  },
} satisfies MessageBundle;
