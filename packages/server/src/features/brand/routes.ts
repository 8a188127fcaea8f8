/** /v1/brand: the calling key's brand (public), and its settings (staff). */
import { getBrand, getBrandSettings, updateBrandSettings } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { getBrandConfig } from './service.ts';
import { brandSettingsForStaff, changeBrandSettings } from './settings.ts';

export function brandRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(getBrand, ({ caller }) => getBrandConfig(deps.db, caller.brandId)),
    route(getBrandSettings, ({ caller }) => brandSettingsForStaff(deps.db, caller.brandId)),
    route(updateBrandSettings, ({ body, caller }) => changeBrandSettings(deps.db, caller.brandId, body, deps.clock.now())),
  ];
}
