// Where a screenshot for the user guide goes: test-results/ on every run (the checkout stays
// clean), docs/images/ only when UPDATE_DOCS_IMAGES=1 regenerates the guide's pictures.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DOCS = fileURLToPath(new URL('../../../docs/images/', import.meta.url));
const RESULTS = fileURLToPath(new URL('../../../test-results/docs-images/', import.meta.url));

export function docImage(name: string): string {
  const dir = process.env.UPDATE_DOCS_IMAGES === '1' ? DOCS : RESULTS;
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}`;
}
