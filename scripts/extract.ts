import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runExtraction, type RunSummary } from '@/lib/extract/io/run';
import { writeFileAtomic } from '@/lib/extract/io/atomic-write';
import { STANCES } from '@/lib/schema/stance';

const DEFAULT_ARTICLES = 'data/articles';
const DEFAULT_OUT = 'data/positions.geojson';

function printSummary(s: RunSummary): void {
  const mb = s.bytes / 1048576;
  console.log(`articles   ${s.articles} (${s.sentences} sentences, ${(s.bytes / 1024).toFixed(1)} KB)`);
  console.log(`countries  ${s.countries} with a position`);
  console.log(`positions  ${s.positions} (${s.reviewed} reviewed by hand)`);
  for (const stance of STANCES) console.log(`  ${stance.padEnd(18)} ${s.byStance[stance]}`);
  console.log(`figures    ${s.figures} defence-spending figures`);
  if (s.unmapped.length) console.log(`unmapped   ${s.unmapped.join(', ')} (named but not on the map)`);
  console.log(
    `time       ${(s.seconds * 1000).toFixed(0)} ms in all; extraction ${(s.extractSeconds * 1000).toFixed(0)} ms (${(mb / s.extractSeconds).toFixed(2)} MB/s, cold)`,
  );
}

/** --store: extract the store's articles again, keep the reviews, and publish the public files from the store. */
async function fromStore(quiet: boolean): Promise<number> {
  const { openStore, importWhenEmpty } = await import('@/lib/store/open');
  const { reextractStore } = await import('@/lib/store/reextract');
  const { publish } = await import('@/lib/store/publish');
  const store = await openStore();
  try {
    await importWhenEmpty(store);
    const s = await reextractStore(store, quiet ? undefined : (line) => console.error(line));
    console.log(
      `articles   ${s.articles} extracted again: ${s.added} added, ${s.updated} updated, ${s.removed} removed, ${s.kept} reviewed kept`,
    );
    const result = await publish(store, 'extract');
    console.log(
      `published  ${result.articles} articles, ${result.positions} positions, ${result.figures} figures (data version ${result.dataVersion}, ${result.ms} ms)`,
    );
  } finally {
    await store.close();
  }
  return 0;
}

function main(): number | Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: DEFAULT_ARTICLES },
      out: { type: 'string', default: DEFAULT_OUT },
      base: { type: 'string', default: 'data/countries.geojson' },
      corrections: { type: 'string' },
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      store: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.store) {
    if (values.check) throw new Error('--check compares the files with the corpus; it does not go with --store');
    return fromStore(values.quiet!);
  }
  const articlesDir = values.articles!;
  const out = values.out!;
  // The shipped corrections refer to the shipped articles; another folder gets them only when asked.
  const correctionsFile = values.corrections ?? (articlesDir === DEFAULT_ARTICLES ? 'data/corrections.json' : null);
  const result = runExtraction({
    articlesDir,
    baseFile: values.base!,
    correctionsFile,
    onProgress: values.quiet ? undefined : (line) => console.error(line),
  });
  if (values.check) {
    if (!existsSync(out) || readFileSync(out, 'utf8') !== result.geojson) {
      console.error(`error: ${out} is stale: run \`npm run extract\` and commit the result`);
      return 1;
    }
    console.log(`${out} is up to date (${result.summary.positions} positions)`);
    return 0;
  }
  writeFileAtomic(out, result.geojson);
  printSummary(result.summary);
  console.log(`wrote      ${out}`);
  return 0;
}

Promise.resolve()
  .then(main)
  .then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`error: ${(e as Error).message}`);
      process.exitCode = 2;
    },
  );
