/** Simplified Chinese names of the service types. */
import type { ServiceTypeNames } from './index.ts';

const simplifiedChinese: ServiceTypeNames = {
  full_service: '全面保养',
  partial_service: '部分保养',
  battery: '更换电池',
  water_resistance_test: '防水测试',
  polishing: '抛光',
  bracelet_strap: '表链或表带',
  strap_and_bracelet: '表带与表链',
  crystal: '更换表镜',
  malfunction_repair: '故障维修',
  restoration: '修复',
  cleaning: '清洁',
  resizing: '调整尺寸',
  restringing: '重新串线',
  stone_setting: '镶嵌宝石',
};

export default simplifiedChinese;
