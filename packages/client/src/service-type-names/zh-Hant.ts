/** Traditional Chinese names of the service types. */
import type { ServiceTypeNames } from './index.ts';

const traditionalChinese: ServiceTypeNames = {
  full_service: '全面保養',
  partial_service: '部分保養',
  battery: '更換電池',
  water_resistance_test: '防水測試',
  polishing: '拋光',
  bracelet_strap: '錶鏈或錶帶',
  strap_and_bracelet: '錶帶與錶鏈',
  crystal: '更換錶鏡',
  malfunction_repair: '故障維修',
  restoration: '修復',
  cleaning: '清潔',
  resizing: '調整尺寸',
  restringing: '重新串線',
  stone_setting: '鑲嵌寶石',
};

export default traditionalChinese;
