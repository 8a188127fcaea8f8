/** The words of the resale dossier's PDF, in the owner's language (seven locales). Dates stay ISO (YYYY-MM-DD), as the signed JSON has them. */
import type { ItemStatus, Locale, WarrantyStatus } from '@atelier/client/contract';

export interface DossierPdfTexts {
  /** Between a label and its value. */
  separator: string;
  documentTitle: (serial: string) => string;
  subject: (model: string, reference: string, serial: string) => string;
  title: (brand: string) => string;
  issued: (date: string) => string;
  pieceHeading: string;
  model: string;
  modelValue: (name: string, collection: string, reference: string) => string;
  serial: string;
  madeIn: string;
  status: string;
  itemStatus: Record<ItemStatus, string>;
  stolen: (date: string) => string;
  firstSold: string;
  owners: string;
  ownersValue: (count: number, since: string | null) => string;
  careHeading: string;
  warranty: string;
  warrantyValue: (status: string, until: string) => string;
  warrantyStatus: Record<WarrantyStatus, string>;
  nextServiceDue: string;
  services: string;
  servicesValue: (count: number, last: string | null) => string;
  modifications: string;
  checkHeading: string;
  checkIntro: (fileName: string) => string;
  sha256: string;
  chainHead: string;
  signingKey: string;
  steps: (keyUrl: string, provenancePageUrl: string | null) => string;
  footer: string;
  attachment: (serial: string) => string;
}

const texts: Record<Locale, DossierPdfTexts> = {
  en: {
    separator: ': ',
    documentTitle: (serial) => `Resale dossier ${serial}`,
    subject: (model, reference, serial) => `${model} ${reference}, serial ${serial}`,
    title: (brand) => `${brand} — resale dossier`,
    issued: (date) => `Issued on ${date}. The facts below are the brand's, as of that day, and name no person.`,
    pieceHeading: 'The piece',
    model: 'Model',
    modelValue: (name, collection, reference) => `${name} (${collection}), reference ${reference}`,
    serial: 'Serial number',
    madeIn: 'Made in',
    status: 'Status',
    itemStatus: { in_stock: 'in stock', sold: 'sold', stolen: 'reported stolen', lost: 'reported lost', destroyed: 'destroyed' },
    stolen: (date) => `REPORTED STOLEN on ${date}: contact the police and the brand`,
    firstSold: 'First sold',
    owners: 'Owners registered',
    ownersValue: (count, since) => `${count}${since ? `, the current one since ${since}` : ''}`,
    careHeading: 'Warranty and care',
    warranty: 'Warranty',
    warrantyValue: (status, until) => `${status}, until ${until} (it stays with the piece when it changes hands)`,
    warrantyStatus: { active: 'covered', expired: 'ended', pending_confirmation: 'awaiting confirmation', void: 'void' },
    nextServiceDue: 'Next service due',
    services: 'Services by the brand',
    servicesValue: (count, last) => (count === 0 ? 'none recorded' : `${count}, the last on ${last}`),
    modifications: 'Modifications by authorized retailers',
    checkHeading: 'How to check this dossier',
    checkIntro: (fileName) =>
      `This PDF is for reading. What proves it is the signed JSON attached to it as the file ${fileName} ` +
      '(open the attachments of the PDF; the owner can also download it from their space, the same file on the same day). ' +
      "Its history of events is a hash chain whose last hash the brand signed, and the brand also signed the dossier's facts above; " +
      'changing any fact breaks a signature.',
    sha256: 'SHA-256 of the JSON file',
    chainHead: 'Last event hash (chain head)',
    signingKey: "The brand's signing key (Ed25519): key id, then x",
    steps: (keyUrl, page) =>
      `1. Get the brand's public key from the brand itself, not from this page: ${keyUrl} (its signingKey), with the key id above. ` +
      "2. Check the JSON with the brand's open-source client: verifyProvenanceRecord(dossier, signingKey) from @atelier/client answers { verified: true } " +
      'only when every event, the chain and both signatures hold.' +
      (page ? ` 3. Compare with the piece's public history today: ${page}` : ''),
    footer: 'Dossier format: atelier-resale-dossier/1. Dates are in UTC.',
    attachment: (serial) => `Signed resale dossier of ${serial}`,
  },
  fr: {
    separator: '\u202f: ',
    documentTitle: (serial) => `Dossier de revente ${serial}`,
    subject: (model, reference, serial) => `${model} ${reference}, numéro de série ${serial}`,
    title: (brand) => `${brand} — dossier de revente`,
    issued: (date) => `Émis le ${date}. Les faits ci-dessous sont ceux de la marque à cette date et ne nomment personne.`,
    pieceHeading: 'La pièce',
    model: 'Modèle',
    modelValue: (name, collection, reference) => `${name} (${collection}), référence ${reference}`,
    serial: 'Numéro de série',
    madeIn: 'Fabriquée en',
    status: 'Statut',
    itemStatus: { in_stock: 'en stock', sold: 'vendue', stolen: 'déclarée volée', lost: 'déclarée perdue', destroyed: 'détruite' },
    stolen: (date) => `DÉCLARÉE VOLÉE le ${date}\u202f: prévenez la police et la marque`,
    firstSold: 'Première vente',
    owners: 'Propriétaires enregistrés',
    ownersValue: (count, since) => `${count}${since ? `, l'actuel depuis le ${since}` : ''}`,
    careHeading: 'Garantie et entretien',
    warranty: 'Garantie',
    warrantyValue: (status, until) => `${status}, jusqu'au ${until} (elle suit la pièce quand elle change de mains)`,
    warrantyStatus: { active: 'en cours', expired: 'terminée', pending_confirmation: 'en attente de confirmation', void: 'annulée' },
    nextServiceDue: 'Prochaine révision',
    services: 'Révisions par la marque',
    servicesValue: (count, last) => (count === 0 ? 'aucune enregistrée' : `${count}, la dernière le ${last}`),
    modifications: 'Modifications par des détaillants agréés',
    checkHeading: 'Comment vérifier ce dossier',
    checkIntro: (fileName) =>
      `Ce PDF est fait pour être lu. Ce qui le prouve est le JSON signé qui y est joint sous le nom ${fileName} ` +
      "(ouvrez les pièces jointes du PDF\u202f; le propriétaire peut aussi le télécharger depuis son espace, le même fichier le même jour). " +
      "Son historique est une chaîne de hachages dont la marque a signé le dernier, et la marque a aussi signé les faits ci-dessus\u202f; " +
      'modifier un fait rompt une signature.',
    sha256: 'SHA-256 du fichier JSON',
    chainHead: 'Hachage du dernier événement (tête de chaîne)',
    signingKey: 'Clé de signature de la marque (Ed25519)\u202f: identifiant, puis x',
    steps: (keyUrl, page) =>
      `1. Obtenez la clé publique de la marque auprès de la marque elle-même, pas sur cette page\u202f: ${keyUrl} (sa signingKey), avec l'identifiant ci-dessus. ` +
      '2. Vérifiez le JSON avec le client open source de la marque\u202f: verifyProvenanceRecord(dossier, signingKey) de @atelier/client répond { verified: true } ' +
      'seulement si chaque événement, la chaîne et les deux signatures sont valides.' +
      (page ? ` 3. Comparez avec l'historique public de la pièce aujourd'hui\u202f: ${page}` : ''),
    footer: 'Format du dossier\u202f: atelier-resale-dossier/1. Les dates sont en UTC.',
    attachment: (serial) => `Dossier de revente signé de ${serial}`,
  },
  de: {
    separator: ': ',
    documentTitle: (serial) => `Wiederverkaufsdossier ${serial}`,
    subject: (model, reference, serial) => `${model} ${reference}, Seriennummer ${serial}`,
    title: (brand) => `${brand} — Wiederverkaufsdossier`,
    issued: (date) => `Ausgestellt am ${date}. Die folgenden Angaben sind die der Marke an diesem Tag und nennen keine Person.`,
    pieceHeading: 'Das Stück',
    model: 'Modell',
    modelValue: (name, collection, reference) => `${name} (${collection}), Referenz ${reference}`,
    serial: 'Seriennummer',
    madeIn: 'Hergestellt',
    status: 'Status',
    itemStatus: { in_stock: 'auf Lager', sold: 'verkauft', stolen: 'als gestohlen gemeldet', lost: 'als verloren gemeldet', destroyed: 'zerstört' },
    stolen: (date) => `ALS GESTOHLEN GEMELDET am ${date}: wenden Sie sich an die Polizei und die Marke`,
    firstSold: 'Erstverkauf',
    owners: 'Registrierte Eigentümer',
    ownersValue: (count, since) => `${count}${since ? `, der jetzige seit ${since}` : ''}`,
    careHeading: 'Garantie und Pflege',
    warranty: 'Garantie',
    warrantyValue: (status, until) => `${status}, bis ${until} (sie bleibt beim Stück, wenn es den Besitzer wechselt)`,
    warrantyStatus: { active: 'gültig', expired: 'abgelaufen', pending_confirmation: 'wartet auf Bestätigung', void: 'ungültig' },
    nextServiceDue: 'Nächster Service fällig',
    services: 'Services durch die Marke',
    servicesValue: (count, last) => (count === 0 ? 'keine erfasst' : `${count}, der letzte am ${last}`),
    modifications: 'Änderungen durch autorisierte Händler',
    checkHeading: 'So prüfen Sie dieses Dossier',
    checkIntro: (fileName) =>
      `Dieses PDF ist zum Lesen. Was es beweist, ist das signierte JSON, das ihm als Datei ${fileName} beiliegt ` +
      '(öffnen Sie die Anhänge des PDF; der Eigentümer kann es auch in seinem Bereich herunterladen, am selben Tag dieselbe Datei). ' +
      'Seine Ereignisse bilden eine Hash-Kette, deren letzten Hash die Marke signiert hat, und die Marke hat auch die obigen Angaben signiert; ' +
      'jede geänderte Angabe bricht eine Signatur.',
    sha256: 'SHA-256 der JSON-Datei',
    chainHead: 'Hash des letzten Ereignisses (Kettenkopf)',
    signingKey: 'Signaturschlüssel der Marke (Ed25519): Schlüssel-ID, dann x',
    steps: (keyUrl, page) =>
      `1. Holen Sie den öffentlichen Schlüssel bei der Marke selbst, nicht von dieser Seite: ${keyUrl} (ihr signingKey), mit der obigen Schlüssel-ID. ` +
      '2. Prüfen Sie das JSON mit dem Open-Source-Client der Marke: verifyProvenanceRecord(dossier, signingKey) aus @atelier/client antwortet { verified: true } ' +
      'nur, wenn jedes Ereignis, die Kette und beide Signaturen stimmen.' +
      (page ? ` 3. Vergleichen Sie mit der heutigen öffentlichen Geschichte des Stücks: ${page}` : ''),
    footer: 'Dossierformat: atelier-resale-dossier/1. Daten in UTC.',
    attachment: (serial) => `Signiertes Wiederverkaufsdossier von ${serial}`,
  },
  it: {
    separator: ': ',
    documentTitle: (serial) => `Dossier di rivendita ${serial}`,
    subject: (model, reference, serial) => `${model} ${reference}, numero di serie ${serial}`,
    title: (brand) => `${brand} — dossier di rivendita`,
    issued: (date) => `Emesso il ${date}. I dati che seguono sono quelli del marchio a quella data e non nominano nessuno.`,
    pieceHeading: 'Il pezzo',
    model: 'Modello',
    modelValue: (name, collection, reference) => `${name} (${collection}), referenza ${reference}`,
    serial: 'Numero di serie',
    madeIn: 'Prodotto nel',
    status: 'Stato',
    itemStatus: { in_stock: 'in magazzino', sold: 'venduto', stolen: 'denunciato rubato', lost: 'denunciato smarrito', destroyed: 'distrutto' },
    stolen: (date) => `DENUNCIATO RUBATO il ${date}: contattate la polizia e il marchio`,
    firstSold: 'Prima vendita',
    owners: 'Proprietari registrati',
    ownersValue: (count, since) => `${count}${since ? `, l'attuale dal ${since}` : ''}`,
    careHeading: 'Garanzia e manutenzione',
    warranty: 'Garanzia',
    warrantyValue: (status, until) => `${status}, fino al ${until} (resta con il pezzo quando cambia proprietario)`,
    warrantyStatus: { active: 'valida', expired: 'scaduta', pending_confirmation: 'in attesa di conferma', void: 'annullata' },
    nextServiceDue: 'Prossima revisione',
    services: 'Revisioni del marchio',
    servicesValue: (count, last) => (count === 0 ? 'nessuna registrata' : `${count}, l'ultima il ${last}`),
    modifications: 'Modifiche dei rivenditori autorizzati',
    checkHeading: 'Come verificare questo dossier',
    checkIntro: (fileName) =>
      `Questo PDF è fatto per essere letto. Ciò che lo prova è il JSON firmato allegato come file ${fileName} ` +
      '(aprite gli allegati del PDF; il proprietario può anche scaricarlo dal suo spazio, lo stesso file nello stesso giorno). ' +
      'La sua storia è una catena di hash di cui il marchio ha firmato l’ultimo, e il marchio ha firmato anche i dati sopra; ' +
      'cambiare un dato rompe una firma.',
    sha256: 'SHA-256 del file JSON',
    chainHead: 'Hash dell’ultimo evento (testa della catena)',
    signingKey: 'Chiave di firma del marchio (Ed25519): id della chiave, poi x',
    steps: (keyUrl, page) =>
      `1. Ottenete la chiave pubblica dal marchio stesso, non da questa pagina: ${keyUrl} (la sua signingKey), con l’id sopra. ` +
      '2. Verificate il JSON con il client open source del marchio: verifyProvenanceRecord(dossier, signingKey) di @atelier/client risponde { verified: true } ' +
      'solo se ogni evento, la catena ed entrambe le firme sono valide.' +
      (page ? ` 3. Confrontate con la storia pubblica del pezzo oggi: ${page}` : ''),
    footer: 'Formato del dossier: atelier-resale-dossier/1. Date in UTC.',
    attachment: (serial) => `Dossier di rivendita firmato di ${serial}`,
  },
  ja: {
    separator: '：',
    documentTitle: (serial) => `転売用証明書 ${serial}`,
    subject: (model, reference, serial) => `${model} ${reference}、シリアル番号 ${serial}`,
    title: (brand) => `${brand} — 転売用証明書`,
    issued: (date) => `${date} 発行。以下はその日時点のブランドの記録であり、個人名は記載していません。`,
    pieceHeading: '製品',
    model: 'モデル',
    modelValue: (name, collection, reference) => `${name}（${collection}）、リファレンス ${reference}`,
    serial: 'シリアル番号',
    madeIn: '製造年',
    status: '状態',
    itemStatus: { in_stock: '在庫', sold: '販売済み', stolen: '盗難届出済み', lost: '紛失届出済み', destroyed: '廃棄済み' },
    stolen: (date) => `${date} に盗難届が出されています。警察とブランドにご連絡ください`,
    firstSold: '初回販売',
    owners: '登録されたオーナー数',
    ownersValue: (count, since) => `${count}${since ? `（現在のオーナーは ${since} から）` : ''}`,
    careHeading: '保証とメンテナンス',
    warranty: '保証',
    warrantyValue: (status, until) => `${status}、${until} まで（製品の譲渡後も引き継がれます）`,
    warrantyStatus: { active: '有効', expired: '終了', pending_confirmation: '確認待ち', void: '無効' },
    nextServiceDue: '次回オーバーホール予定',
    services: 'ブランドによるオーバーホール',
    servicesValue: (count, last) => (count === 0 ? '記録なし' : `${count} 回、最終 ${last}`),
    modifications: '正規販売店による改造',
    checkHeading: 'この証明書の確認方法',
    checkIntro: (fileName) =>
      `この PDF は閲覧用です。証明となるのは、ファイル ${fileName} として添付された署名付き JSON です` +
      '（PDF の添付ファイルを開いてください。オーナーは自分のページから同じ日に同じファイルをダウンロードすることもできます）。' +
      'その履歴はハッシュチェーンで、最後のハッシュにブランドが署名しています。上記の記録にもブランドが署名しており、' +
      'どれか一つでも変更すると署名が成り立たなくなります。',
    sha256: 'JSON ファイルの SHA-256',
    chainHead: '最後のイベントのハッシュ（チェーンの先頭）',
    signingKey: 'ブランドの署名鍵（Ed25519）：鍵 ID、次に x',
    steps: (keyUrl, page) =>
      `1. ブランドの公開鍵は、このページではなくブランド自身から取得してください：${keyUrl}（signingKey）、上記の鍵 ID のもの。` +
      '2. ブランドのオープンソースのクライアントで JSON を確認してください：@atelier/client の verifyProvenanceRecord(dossier, signingKey) は、' +
      'すべてのイベント、チェーン、二つの署名が正しい場合にのみ { verified: true } を返します。' +
      (page ? `3. 現在の製品の公開履歴と照合してください：${page}` : ''),
    footer: '証明書の形式：atelier-resale-dossier/1。日付は UTC です。',
    attachment: (serial) => `${serial} の署名付き転売用証明書`,
  },
  'zh-Hans': {
    separator: '：',
    documentTitle: (serial) => `转售档案 ${serial}`,
    subject: (model, reference, serial) => `${model} ${reference}，序列号 ${serial}`,
    title: (brand) => `${brand} — 转售档案`,
    issued: (date) => `签发于 ${date}。以下信息为品牌截至当日的记录，不含任何个人姓名。`,
    pieceHeading: '腕表',
    model: '型号',
    modelValue: (name, collection, reference) => `${name}（${collection}），编号 ${reference}`,
    serial: '序列号',
    madeIn: '制造年份',
    status: '状态',
    itemStatus: { in_stock: '库存中', sold: '已售出', stolen: '已报失窃', lost: '已报遗失', destroyed: '已销毁' },
    stolen: (date) => `已于 ${date} 报失窃：请联系警方和品牌`,
    firstSold: '首次售出',
    owners: '登记的物主人数',
    ownersValue: (count, since) => `${count}${since ? `，现任物主自 ${since} 起` : ''}`,
    careHeading: '保修与保养',
    warranty: '保修',
    warrantyValue: (status, until) => `${status}，至 ${until}（转手后仍随腕表保留）`,
    warrantyStatus: { active: '有效', expired: '已到期', pending_confirmation: '待确认', void: '无效' },
    nextServiceDue: '下次保养日期',
    services: '品牌保养记录',
    servicesValue: (count, last) => (count === 0 ? '暂无记录' : `${count} 次，最近一次于 ${last}`),
    modifications: '授权零售商的改装',
    checkHeading: '如何验证本档案',
    checkIntro: (fileName) =>
      `本 PDF 供阅读。证明其真实性的是作为文件 ${fileName} 附在其中的签名 JSON` +
      '（请打开 PDF 的附件；物主也可以在其个人空间下载，同一天下载的文件相同）。' +
      '其事件记录是一条哈希链，品牌对最后一个哈希进行了签名，品牌也对上述信息进行了签名；' +
      '更改任何信息都会使签名失效。',
    sha256: 'JSON 文件的 SHA-256',
    chainHead: '最后一个事件的哈希（链头）',
    signingKey: '品牌的签名密钥（Ed25519）：密钥 ID，然后是 x',
    steps: (keyUrl, page) =>
      `1. 请从品牌本身而非本页面获取品牌的公钥：${keyUrl}（其 signingKey），密钥 ID 见上。` +
      '2. 使用品牌的开源客户端验证 JSON：@atelier/client 中的 verifyProvenanceRecord(dossier, signingKey) ' +
      '仅在每个事件、哈希链和两个签名都有效时返回 { verified: true }。' +
      (page ? `3. 与腕表当前的公开历史进行比对：${page}` : ''),
    footer: '档案格式：atelier-resale-dossier/1。日期均为 UTC。',
    attachment: (serial) => `${serial} 的签名转售档案`,
  },
  'zh-Hant': {
    separator: '：',
    documentTitle: (serial) => `轉售檔案 ${serial}`,
    subject: (model, reference, serial) => `${model} ${reference}，序號 ${serial}`,
    title: (brand) => `${brand} — 轉售檔案`,
    issued: (date) => `簽發於 ${date}。以下資訊為品牌截至當日的紀錄，不含任何個人姓名。`,
    pieceHeading: '腕錶',
    model: '型號',
    modelValue: (name, collection, reference) => `${name}（${collection}），編號 ${reference}`,
    serial: '序號',
    madeIn: '製造年份',
    status: '狀態',
    itemStatus: { in_stock: '庫存中', sold: '已售出', stolen: '已報失竊', lost: '已報遺失', destroyed: '已銷毀' },
    stolen: (date) => `已於 ${date} 報失竊：請聯絡警方與品牌`,
    firstSold: '首次售出',
    owners: '登記的物主人數',
    ownersValue: (count, since) => `${count}${since ? `，現任物主自 ${since} 起` : ''}`,
    careHeading: '保固與保養',
    warranty: '保固',
    warrantyValue: (status, until) => `${status}，至 ${until}（轉手後仍隨腕錶保留）`,
    warrantyStatus: { active: '有效', expired: '已到期', pending_confirmation: '待確認', void: '無效' },
    nextServiceDue: '下次保養日期',
    services: '品牌保養紀錄',
    servicesValue: (count, last) => (count === 0 ? '尚無紀錄' : `${count} 次，最近一次於 ${last}`),
    modifications: '授權零售商的改裝',
    checkHeading: '如何驗證本檔案',
    checkIntro: (fileName) =>
      `本 PDF 供閱讀。證明其真實性的是作為檔案 ${fileName} 附於其中的簽章 JSON` +
      '（請開啟 PDF 的附件；物主也可以在其個人空間下載，同一天下載的檔案相同）。' +
      '其事件紀錄是一條雜湊鏈，品牌對最後一個雜湊進行了簽章，品牌也對上述資訊進行了簽章；' +
      '變更任何資訊都會使簽章失效。',
    sha256: 'JSON 檔案的 SHA-256',
    chainHead: '最後一個事件的雜湊（鏈頭）',
    signingKey: '品牌的簽章金鑰（Ed25519）：金鑰 ID，接著是 x',
    steps: (keyUrl, page) =>
      `1. 請從品牌本身而非本頁面取得品牌的公鑰：${keyUrl}（其 signingKey），金鑰 ID 見上。` +
      '2. 使用品牌的開源用戶端驗證 JSON：@atelier/client 中的 verifyProvenanceRecord(dossier, signingKey) ' +
      '僅在每個事件、雜湊鏈與兩個簽章皆有效時回傳 { verified: true }。' +
      (page ? `3. 與腕錶目前的公開歷史進行比對：${page}` : ''),
    footer: '檔案格式：atelier-resale-dossier/1。日期皆為 UTC。',
    attachment: (serial) => `${serial} 的簽章轉售檔案`,
  },
};

export function dossierPdfTexts(locale: Locale): DossierPdfTexts {
  return texts[locale];
}
