/** Writes packages/client/openapi.json from the contract. Run: pnpm --filter @atelier/client generate:openapi */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatOpenApiDocument } from '../src/openapi.ts';

const outputPath = fileURLToPath(new URL('../openapi.json', import.meta.url));
writeFileSync(outputPath, formatOpenApiDocument());
console.log(`Wrote ${outputPath}`);
