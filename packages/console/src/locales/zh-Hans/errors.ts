/** Simplified Chinese strings of the console: errors: problems, field errors and per-operation refusals (shape: ../en/errors.ts). */
import type { ErrorMessages } from '../en/errors.ts';
import { waitDuration } from '../wait-duration.ts';

export const errorMessages: ErrorMessages = {
  errors: {
    offline: '无法连接服务器：请检查网络连接。您输入的内容已保留：连接后请重试。',
    timeout: '服务器响应时间过长。您输入的内容已保留：请重试。',
    unexpected: '我们这边出现了问题。您输入的内容已保留：请稍后重试。',
    withRequestId: (message, requestId) => `${message}（参考编号：${requestId}）`,
    signedOut: '您的会话已结束。请重新登录。',
    forbidden: '您的角色不允许此操作。',
    notFound: '未找到：可能已被删除。',
    conflict: '内容已被更改。请刷新页面后重试。',
    rateLimited: (seconds) => (seconds === undefined ? '尝试次数过多。请稍候再试。' : `尝试次数过多。请在 ${waitDuration(seconds, 'zh-Hans')}后重试。`),
    invalidForm: '部分字段需要您检查。',
    byCode: {
      origin_not_allowed: '此请求并非来自控制台的地址。请从通常的地址打开控制台后重试。',
      void_window_closed: '已超过在此撤销这笔销售的期限。请联系品牌更正。',
      sale_not_voidable: '这笔销售无法再撤销：它已被撤销，或产品此后已易主。',
      care_reminder_not_draft: '这条提醒已在此期间被发送或放弃。请重新加载页面查看。',
    },
  },

  fieldErrors: {
    required: '此字段为必填项。',
    invalid_type: '此值无效。',
    invalid_format: '此值的格式不正确。',
    invalid_value: '此值无效。',
    too_short: '此值太短。',
    too_long: '此值太长。',
    too_small: '此数字太小。',
    too_large: '此数字太大。',
    unknown_field: '不应包含此字段。',
  },

  fieldErrorsByField: {
    email: { invalid_format: '请输入电子邮件地址，例如 name@example.com。' },
    recipientEmail: { invalid_format: '请输入电子邮件地址，例如 name@example.com。' },
    serial: {
      unknown_serial: '品牌没有此序列号的产品。请对照保修卡核对。',
      already_activated: '此产品的保修已登记。',
      item_unavailable: '此产品无法在此登记。请联系品牌。',
    },
    purchaseDate: {
      purchase_date_in_future: '销售日期不能晚于今天。',
      purchase_date_before_manufacture: '此日期早于产品的制造日期。',
    },
    kind: { invalid_value: '请填写 delivery 或 return。' },
    date: { invalid_format: '请按 YYYY-MM-DD 格式填写日期，例如 2026-11-02。' },
    retainUntil: { invalid_value: '请选择从今天起十年内的日期。' },
  },

  operationFieldErrors: {
    unknown_retailer: '品牌没有此 ID 的零售商。',
    unknown_serial: '品牌没有此序列号的表款。',
    item_sold: '已售出：不能再进出库存。',
    item_unavailable: '已报告被盗、遗失或损毁。',
    already_in_stock: '已在该零售商的库存中。',
    not_in_stock: '不在该零售商的库存中。',
    out_of_order: '日期早于该表款的上一次变动：请按发生顺序记录变动。',
    listed_twice: '重复列出。',
    unreadable_file: '无法将此文件读取为 CSV（是否有未闭合的引号？）。',
    unknown_column: '标题行包含 kind、serial、retailerId、date、reference 以外的列，或有重复列。',
    missing_column: '标题行必须包含 kind、serial、retailerId 和 date 列。',
    no_lines: '标题行下没有任何行。',
    too_many_lines: '文件超过 5,000 行：请拆分。',
    wrong_field_count: '此行的字段数与标题行的列数不一致。',
  },
};
