// Writes schema/*.schema.json from the zod schemas (run: npm run schema). tests/core/json-schema.test.ts
// fails when the checked-in files are out of date.
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../core/validate/json-schema.js';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = new URL(`../schema/${name}.schema.json`, import.meta.url);
  writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote schema/${name}.schema.json`);
}
