import type { MessageBundle } from '@xiangzhi/platform';
import { CASE_ENTRY_MESSAGES } from './messages/cases';
import { COMMON_MESSAGES } from './messages/common';
import { REGISTER_MESSAGES } from './messages/register';
import { REGISTER_FORM_MESSAGES } from './messages/register-forms';
import { VISIT_MESSAGES } from './messages/visits';
import { SERVICE_ORDER_ENTRY_MESSAGES } from './messages/service-orders';
import { PATROL_ENTRY_MESSAGES } from './messages/patrol';
import { SUPERVISION_ENTRY_MESSAGES } from './messages/supervision';
import { POLICY_ENTRY_MESSAGES } from './messages/policy';
import { FIGURES_ENTRY_MESSAGES } from './messages/figures';

/**
 * The messages of governance.js: zh-CN first (the default), en-US second. The pages loaded on
 * demand (territory, pairing, import, cards) register their own bundle when their chunk loads.
 */
export const GOVERNANCE_MESSAGES = {
  'zh-CN': {
    ...COMMON_MESSAGES['zh-CN'],
    ...REGISTER_MESSAGES['zh-CN'],
    ...REGISTER_FORM_MESSAGES['zh-CN'],
    ...VISIT_MESSAGES['zh-CN'],
    ...CASE_ENTRY_MESSAGES['zh-CN'],
    ...SERVICE_ORDER_ENTRY_MESSAGES['zh-CN'],
    ...PATROL_ENTRY_MESSAGES['zh-CN'],
    ...SUPERVISION_ENTRY_MESSAGES['zh-CN'],
    ...POLICY_ENTRY_MESSAGES['zh-CN'],
    ...FIGURES_ENTRY_MESSAGES['zh-CN'],
  },
  'en-US': {
    ...COMMON_MESSAGES['en-US'],
    ...REGISTER_MESSAGES['en-US'],
    ...REGISTER_FORM_MESSAGES['en-US'],
    ...VISIT_MESSAGES['en-US'],
    ...CASE_ENTRY_MESSAGES['en-US'],
    ...SERVICE_ORDER_ENTRY_MESSAGES['en-US'],
    ...PATROL_ENTRY_MESSAGES['en-US'],
    ...SUPERVISION_ENTRY_MESSAGES['en-US'],
    ...POLICY_ENTRY_MESSAGES['en-US'],
    ...FIGURES_ENTRY_MESSAGES['en-US'],
  },
} satisfies MessageBundle;
