/** Traditional Chinese strings of the console: errors: problems, field errors and per-operation refusals (shape: ../en/errors.ts). */
import type { ErrorMessages } from '../en/errors.ts';
import { waitDuration } from '../wait-duration.ts';

export const errorMessages: ErrorMessages = {
  errors: {
    offline: '無法連線至伺服器：請檢查網路連線。您輸入的內容已保留：連線後請重試。',
    timeout: '伺服器回應時間過長。您輸入的內容已保留：請重試。',
    unexpected: '我們這邊發生了問題。您輸入的內容已保留：請稍後重試。',
    withRequestId: (message, requestId) => `${message}（參考編號：${requestId}）`,
    signedOut: '您的工作階段已結束。請重新登入。',
    forbidden: '您的角色不允許此操作。',
    notFound: '找不到：可能已被移除。',
    conflict: '內容已被變更。請重新整理頁面後重試。',
    rateLimited: (seconds) => (seconds === undefined ? '嘗試次數過多。請稍候再試。' : `嘗試次數過多。請在 ${waitDuration(seconds, 'zh-Hant')}後重試。`),
    invalidForm: '部分欄位需要您檢查。',
    byCode: {
      origin_not_allowed: '此請求並非來自主控台的位址。請從平常的位址開啟主控台後重試。',
      void_window_closed: '已超過在此撤銷這筆銷售的期限。請聯絡品牌更正。',
      sale_not_voidable: '這筆銷售無法再撤銷：它已被撤銷，或產品此後已易主。',
      care_reminder_not_draft: '這則提醒已在這段期間被傳送或放棄。請重新載入頁面查看。',
    },
  },

  fieldErrors: {
    required: '此欄位為必填。',
    invalid_type: '此值無效。',
    invalid_format: '此值的格式不正確。',
    invalid_value: '此值無效。',
    too_short: '此值太短。',
    too_long: '此值太長。',
    too_small: '此數字太小。',
    too_large: '此數字太大。',
    unknown_field: '不應包含此欄位。',
  },

  fieldErrorsByField: {
    email: { invalid_format: '請輸入電子郵件地址，例如 name@example.com。' },
    recipientEmail: { invalid_format: '請輸入電子郵件地址，例如 name@example.com。' },
    serial: {
      unknown_serial: '品牌沒有此序號的產品。請對照保固卡核對。',
      already_activated: '此產品的保固已登記。',
      item_unavailable: '此產品無法在此登記。請聯絡品牌。',
    },
    purchaseDate: {
      purchase_date_in_future: '銷售日期不能晚於今天。',
      purchase_date_before_manufacture: '此日期早於產品的製造日期。',
    },
    kind: { invalid_value: '請填寫 delivery 或 return。' },
    date: { invalid_format: '請依 YYYY-MM-DD 格式填寫日期，例如 2026-11-02。' },
    retainUntil: { invalid_value: '請選擇從今天起十年內的日期。' },
  },

  operationFieldErrors: {
    unknown_retailer: '品牌沒有此 ID 的零售商。',
    unknown_serial: '品牌沒有此序號的錶款。',
    item_sold: '已售出：不能再進出庫存。',
    item_unavailable: '已回報遭竊、遺失或損毀。',
    already_in_stock: '已在該零售商的庫存中。',
    not_in_stock: '不在該零售商的庫存中。',
    out_of_order: '日期早於該錶款的上一次異動：請依發生順序記錄異動。',
    listed_twice: '重複列出。',
    unreadable_file: '無法將此檔案讀取為 CSV（是否有未閉合的引號？）。',
    unknown_column: '標題列包含 kind、serial、retailerId、date、reference 以外的欄，或有重複欄。',
    missing_column: '標題列必須包含 kind、serial、retailerId 和 date 欄。',
    no_lines: '標題列下沒有任何行。',
    too_many_lines: '檔案超過 5,000 行：請拆分。',
    wrong_field_count: '此行的欄位數與標題列的欄數不一致。',
  },
};
