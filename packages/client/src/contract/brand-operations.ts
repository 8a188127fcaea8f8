/**
 * The brand operation, in its own module (re-exported by `operations.ts`) so a widget bundle that
 * imports it does not also reach the schemas of every other operation: bundlers split chunks by
 * module, so one module holding every operation would put the provenance and item schemas in
 * the chunk the warranty widget downloads.
 */
import { BrandConfig } from './brand.ts';
import { operation, publicAccess } from './operation.ts';

export const getBrand = operation({
  id: 'getBrand',
  method: 'GET',
  path: '/v1/brand',
  access: publicAccess,
  summary: "The brand's public configuration: name, locales, warranty policy and authorized retailers.",
  tags: ['brand'],
  response: BrandConfig,
});
