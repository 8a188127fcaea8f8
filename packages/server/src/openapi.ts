/** The OpenAPI document served at /v1/openapi.json: generated from the contract, built once. */
import { buildOpenApiDocument, type OpenApiDocument } from '@atelier/client/openapi';

let cached: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
