import serviceTypes from '@atelier/client/service-type-names/zh-Hant';
import type { RepairUpdateStrings } from '../repair-update.strings.ts';

export const repairUpdate: RepairUpdateStrings = {
  serviceTypes,
  subject: {
    booked: ({ brandName, trackingCode }) => `${brandName}：您的維修 ${trackingCode} 已預約`,
    received: ({ brandName, modelName }) => `${brandName}：我們已收到您的 ${modelName}`,
    awaiting_approval: ({ brandName, trackingCode }) => `${brandName}：維修 ${trackingCode} 的報價已備妥`,
    approved: ({ brandName, trackingCode }) => `${brandName}：維修 ${trackingCode} 的報價已確認`,
    declined: ({ brandName, trackingCode }) => `${brandName}：維修 ${trackingCode} 的報價已婉拒`,
    ready: ({ brandName, modelName }) => `${brandName}：您的 ${modelName} 已準備就緒`,
    returned: ({ brandName, modelName }) => `${brandName}：您的 ${modelName} 已歸還`,
    cancelled: ({ brandName, trackingCode }) => `${brandName}：維修 ${trackingCode} 已取消`,
  },
  greeting: ({ name }) => `${name}，您好：`,
  greetingWithoutName: '您好：',
  reference: ({ serviceName, modelName, serial, trackingCode }) => `維修 ${trackingCode}：您的 ${modelName}（序號 ${serial}）${serviceName}。`,
  booked: {
    intro: '感謝您的預約。請保留追蹤碼以便查看維修進度。',
    slot: ({ when, centreName, address }) => `請於 ${when}（精品店當地時間）將您的作品送至 ${centreName}（${address}）。`,
    mailIn: ({ centreName }) => `請依以下方式將您的作品寄送至 ${centreName}：`,
    next: '接下來：收到您的作品後，我們將確認完成日期。如製錶師發現需要超出本次服務範圍的工作，會先向您寄送報價，由您確認或婉拒；未經您同意不會收取任何費用。',
  },
  received: ({ promisedDate }) => `您的作品已送達服務中心。我們承諾於 ${promisedDate} 前完成。`,
  awaitingApproval: {
    intro: '我們的製錶師已檢查您的作品。報價如下：',
    covered: '保固範圍內：免費',
    total: ({ total }) => `應付總額：${total}`,
    validUntil: ({ date }) => `此報價有效期限至 ${date}。`,
    decide: '請在維修追蹤頁面確認或婉拒。在您決定之前不會開始任何工作。',
  },
  approved: '感謝您確認報價。我們現在開始處理您的作品，完成後將通知您。',
  declined: '您已婉拒報價。我們不會進行任何工作，您的作品將按原樣歸還。',
  ready: {
    collect: ({ centreName, address }) => `您的作品已準備就緒，可前往 ${centreName}（${address}）領取。`,
    shipping: '您的作品已準備就緒，正在寄回給您。',
    collectAtRetailer: ({ retailerName, city }) => `您的作品已修好，正在寄回您送修的${retailerName}（${city}）：門市通知您到貨後即可前往領取。`,
  },
  returned: {
    intro: '您的作品已歸還給您。',
    warrantyExtended: ({ date }) => `本次服務後，您的保固期已延長至 ${date}。`,
    rate: '您對服務滿意嗎？請在維修追蹤頁面為本次服務評分，只需片刻。',
  },
  cancelled: '您的維修已取消。如非您本人要求，請聯絡服務中心。',
  trackerAction: '查看維修進度',
  trackerNote: '此連結無需輸入電子郵件地址即可開啟您的維修追蹤頁面，請勿分享。',
  contactConfirmation: {
    subject: ({ brandName }) => `${brandName}：請確認您的電子郵件地址`,
    intro: ({ brandName, retailerName, city }) => `${retailerName}（${city}）已接收一件送修${brandName}服務的作品，並留下此電子郵件地址用於接收進度通知。`,
    ask: '請確認此地址屬於您。在您確認之前，我們不會再向此地址傳送任何內容，包括進度與報價。',
    action: '確認我的地址',
    note: '點擊按鈕即可確認此地址並開啟維修進度頁面。如果您並未送修任何作品，請忽略此郵件：此地址將不會再收到相關內容。',
  },
  signOff: ({ brandName }) => `${brandName} 售後服務`,
};
