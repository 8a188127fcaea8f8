/** Japanese names of the service types. */
import type { ServiceTypeNames } from './index.ts';

const japanese: ServiceTypeNames = {
  full_service: 'オーバーホール',
  partial_service: '部分メンテナンス',
  battery: '電池交換',
  water_resistance_test: '防水検査',
  polishing: '研磨仕上げ',
  bracelet_strap: 'ブレスレット・ストラップ',
  strap_and_bracelet: 'ストラップ・ブレスレット',
  crystal: '風防交換',
  malfunction_repair: '不具合の修理',
  restoration: 'レストア',
  cleaning: 'クリーニング',
  resizing: 'サイズ直し',
  restringing: '糸替え',
  stone_setting: '石留め',
};

export default japanese;
