/** Japanese strings of the console: errors: problems, field errors and per-operation refusals (shape: ../en/errors.ts). */
import type { ErrorMessages } from '../en/errors.ts';
import { waitDuration } from '../wait-duration.ts';

export const errorMessages: ErrorMessages = {
  errors: {
    offline: 'サーバーに接続できません。接続を確認してください。入力内容は保持されています。接続後にもう一度お試しください。',
    timeout: 'サーバーの応答に時間がかかりすぎました。入力内容は保持されています。もう一度お試しください。',
    unexpected: 'こちら側で問題が発生しました。入力内容は保持されています。しばらくしてからもう一度お試しください。',
    withRequestId: (message, requestId) => `${message}（参照番号：${requestId}）`,
    signedOut: 'セッションが終了しました。もう一度サインインしてください。',
    forbidden: 'あなたの役割ではこの操作はできません。',
    notFound: '見つかりません。その間に削除された可能性があります。',
    conflict: 'その間に内容が変更されました。ページを再読み込みしてもう一度お試しください。',
    rateLimited: (seconds) =>
      seconds === undefined ? '試行回数が多すぎます。しばらく待ってからもう一度お試しください。' : `試行回数が多すぎます。${waitDuration(seconds, 'ja')}後にもう一度お試しください。`,
    invalidForm: '確認が必要な項目があります。',
    byCode: {
      origin_not_allowed: 'このリクエストはコンソールのアドレスから送信されていません。通常のアドレスでコンソールを開き、もう一度お試しください。',
      void_window_closed: 'この販売をここで取り消せる期限を過ぎています。ブランドに訂正を依頼してください。',
      sale_not_voidable: 'この販売は取り消せません。すでに取り消されているか、その後所有者が変わっています。',
      care_reminder_not_draft: 'このご案内はその間に送信または取り下げられました。ページを再読み込みして確認してください。',
    },
  },

  fieldErrors: {
    required: 'この項目は必須です。',
    invalid_type: 'この値は無効です。',
    invalid_format: 'この値の形式が正しくありません。',
    invalid_value: 'この値は無効です。',
    too_short: 'この値は短すぎます。',
    too_long: 'この値は長すぎます。',
    too_small: 'この数値は小さすぎます。',
    too_large: 'この数値は大きすぎます。',
    unknown_field: 'この項目は想定されていません。',
  },

  fieldErrorsByField: {
    email: { invalid_format: 'name@example.com のようなメールアドレスを入力してください。' },
    recipientEmail: { invalid_format: 'name@example.com のようなメールアドレスを入力してください。' },
    serial: {
      unknown_serial: 'このシリアル番号のブランド製品はありません。保証書で確認してください。',
      already_activated: 'この製品の保証はすでに登録されています。',
      item_unavailable: 'この製品はここでは登録できません。ブランドにお問い合わせください。',
    },
    purchaseDate: {
      purchase_date_in_future: '販売日に未来の日付は指定できません。',
      purchase_date_before_manufacture: 'この日付は製品の製造日より前です。',
    },
    kind: { invalid_value: 'delivery または return と入力してください。' },
    date: { invalid_format: '日付は YYYY-MM-DD の形式で入力してください（例：2026-11-02）。' },
    retainUntil: { invalid_value: '今日から10年後までの日付を選んでください。' },
  },

  operationFieldErrors: {
    unknown_retailer: 'このIDの販売店はありません。',
    unknown_serial: 'このシリアル番号の商品はありません。',
    item_sold: '販売済みのため、在庫への出し入れはできません。',
    item_unavailable: '盗難・紛失・破損として届け出られています。',
    already_in_stock: 'すでにこの販売店の在庫にあります。',
    not_in_stock: 'この販売店の在庫にありません。',
    out_of_order: 'この商品の最後の移動より前の日付です。移動は起きた順に記録してください。',
    listed_twice: '2回記載されています。',
    unreadable_file: 'このファイルはCSVとして読み取れません（引用符が閉じられていない可能性があります）。',
    unknown_column: '見出し行に kind、serial、retailerId、date、reference 以外の列、または重複した列があります。',
    missing_column: '見出し行には kind、serial、retailerId、date の列が必要です。',
    no_lines: '見出し行の下に行がありません。',
    too_many_lines: '5,000行を超えています。ファイルを分割してください。',
    wrong_field_count: 'この行の項目数が見出し行の列数と一致しません。',
  },
};
