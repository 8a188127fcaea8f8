/** What the brand settings page calls: the brand's network settings, read and changed. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { getBrandSettings, updateBrandSettings } from '@atelier/client/contract';
import type { BrandSettings, BrandSettingsUpdate, Received } from '@atelier/client/contract';

export interface BrandSettingsClient {
  settings(options?: CallOptions): Promise<Received<BrandSettings>>;
  update(update: BrandSettingsUpdate, options?: CallOptions): Promise<Received<BrandSettings>>;
}

export function createBrandSettingsClient(call: CallFunction): BrandSettingsClient {
  return {
    settings: (options) => call(getBrandSettings, {}, options),
    update: (update, options) => call(updateBrandSettings, { body: update }, options),
  };
}
