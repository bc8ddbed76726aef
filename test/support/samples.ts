import { readFileSync } from 'node:fs';

const dir = new URL('../../apps/server/samples/', import.meta.url);

/** A sample UN document's bytes (see apps/server/samples/README.md). */
export const sampleBytes = (
  name: 'conceptNote' | 'report2006' | 'report2011' | 'article' | 'report2020',
): Uint8Array => {
  const files = {
    conceptNote: '000_c04e87125c8fdf9b.txt',
    report2006: '001_ab5ec06419877e47.txt',
    report2011: '002_152554e5fab3c98f.txt',
    article: '003_4e2620be06bd6a9f.txt',
    report2020: '004_0e4775ef41d0f159.txt',
  };
  return new Uint8Array(readFileSync(new URL(files[name], dir)));
};
