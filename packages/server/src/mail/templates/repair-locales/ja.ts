import serviceTypes from '@atelier/client/service-type-names/ja';
import type { RepairUpdateStrings } from '../repair-update.strings.ts';

export const repairUpdate: RepairUpdateStrings = {
  serviceTypes,
  subject: {
    booked: ({ brandName, trackingCode }) => `${brandName}：修理 ${trackingCode} のご予約を承りました`,
    received: ({ brandName, modelName }) => `${brandName}：${modelName} をお預かりしました`,
    awaiting_approval: ({ brandName, trackingCode }) => `${brandName}：修理 ${trackingCode} のお見積もりのご案内`,
    approved: ({ brandName, trackingCode }) => `${brandName}：修理 ${trackingCode} のお見積もりをご承認いただきました`,
    declined: ({ brandName, trackingCode }) => `${brandName}：修理 ${trackingCode} のお見積もりをお断りいただきました`,
    ready: ({ brandName, modelName }) => `${brandName}：${modelName} の準備が整いました`,
    returned: ({ brandName, modelName }) => `${brandName}：${modelName} をご返却しました`,
    cancelled: ({ brandName, trackingCode }) => `${brandName}：修理 ${trackingCode} はキャンセルされました`,
  },
  greeting: ({ name }) => `${name} 様`,
  greetingWithoutName: 'お客様',
  reference: ({ serviceName, modelName, serial, trackingCode }) => `修理 ${trackingCode}：${modelName}（シリアル番号 ${serial}）の${serviceName}`,
  booked: {
    intro: 'ご予約ありがとうございます。修理の状況は追跡コードでご確認いただけますので、大切に保管してください。',
    slot: ({ when, centreName, address }) => `${when}（ブティックの現地時間）に、${centreName}（${address}）へお品物をお持ちください。`,
    mailIn: ({ centreName }) => `以下の方法で ${centreName} へお品物をお送りください。`,
    next: '今後の流れ：お品物の到着後、仕上がり予定日をお知らせします。サービス内容を超える作業が必要な場合は、事前にお見積もりをお送りし、ご承認またはお断りをいただきます。ご承認なしに費用が発生することはありません。',
  },
  received: ({ promisedDate }) => `お品物がサービスセンターに到着しました。${promisedDate} までに仕上げてお返しすることをお約束します。`,
  awaitingApproval: {
    intro: '時計技術者がお品物を点検しました。お見積もりは以下のとおりです。',
    covered: '保証対象：無償',
    total: ({ total }) => `お支払い合計：${total}`,
    validUntil: ({ date }) => `このお見積もりの有効期限は ${date} です。`,
    decide: '修理状況のページでご承認またはお断りください。ご判断をいただくまで作業は開始しません。',
  },
  approved: 'お見積もりをご承認いただきありがとうございます。これより作業を開始し、仕上がり次第ご連絡いたします。',
  declined: 'お見積もりをお断りいただきました。作業は行わず、お預かりした状態のままお品物をお返しします。',
  ready: {
    collect: ({ centreName, address }) => `お品物の準備が整いました。${centreName}（${address}）にてお受け取りいただけます。`,
    shipping: 'お品物の準備が整い、ご返送の手配をしております。',
    collectAtRetailer: ({ retailerName, city }) => `お品物の準備が整い、お預けいただいた${retailerName}（${city}）へ返送しております。到着のご連絡後、同店にてお受け取りいただけます。`,
  },
  returned: {
    intro: 'お品物をお返しいたしました。',
    warrantyExtended: ({ date }) => `今回のサービスにより、保証期間は ${date} まで延長されました。`,
    rate: 'サービスはいかがでしたか。修理状況のページから評価をお寄せください。',
  },
  cancelled: '修理はキャンセルされました。お心当たりのない場合は、サービスセンターまでご連絡ください。',
  trackerAction: '修理状況を確認する',
  trackerNote: 'このリンクからメールアドレスの入力なしで修理状況をご確認いただけます。他の方と共有しないでください。',
  contactConfirmation: {
    subject: ({ brandName }) => `${brandName}：メールアドレスのご確認のお願い`,
    intro: ({ brandName, retailerName, city }) => `${retailerName}（${city}）にて${brandName}のサービスのためにお品物をお預かりし、進捗のご連絡先としてこのメールアドレスが登録されました。`,
    ask: 'このメールアドレスがお客様のものであることをご確認ください。ご確認いただくまで、進捗やお見積りを含め、このアドレスには何もお送りしません。',
    action: 'メールアドレスを確認する',
    note: 'ボタンを押すとこのアドレスが確認され、修理状況のページが開きます。お品物をお預けになった覚えがない場合は、このメールを無視してください。このアドレスに今後ご連絡することはありません。',
  },
  signOff: ({ brandName }) => `${brandName} アフターサービス`,
};
