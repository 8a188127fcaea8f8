// Vite plugin for the CDN build: a terser pass over each chunk after Rolldown's own minifier.
// Why not `build.minify: 'terser'`: in Vite 8 that replaces the Oxc minifier instead of following
// it, and Oxc's compressor is what drops the zod schemas the bundle never uses, so terser alone
// ships ~2 KiB (gzip) more. Oxc first and terser second is smaller than either alone. By
// `generateBundle` Rolldown has already appended the source-map comment and emitted the `.map`
// file as an asset, so both are carried over and the map is chained to still name the sources.
import { minify } from 'terser';

const sourceMapComment = /\n\/\/# sourceMappingURL=[^\n]*\n?$/;

// Words that can name an export (`export { x as do }`) but never a local binding.
const reservedWords = new Set(
  'await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(' '),
);
const bindings = (list) => list.split(',').map((item) => item.trim().split(/\s+as\s+/));

/**
 * The names a chunk's locals could take so that they equal the names they are exported or imported
 * under. Rolldown names a shared chunk's exports `a`, `b`, … while its minifier names the locals
 * differently, so every export is written `Xt as $` and every import `$ as e`: with dozens of
 * bindings between the runtime and each widget, bytes every page downloads. Given as terser's name
 * cache, the locals are mangled to those names and the `as` goes. A name already taken in the
 * chunk (imported from two chunks, or also exported) keeps its alias.
 */
function exportImportNames(code) {
  const names = new Map();
  const taken = new Set();
  const take = (local, name) => {
    if (!name || local === name || taken.has(name) || reservedWords.has(name) || names.has(local)) return;
    taken.add(name);
    names.set(local, name);
  };
  for (const [, list] of code.matchAll(/export\s*\{([^}]*)\}/g)) for (const [local, name] of bindings(list)) take(local, name);
  for (const [, list] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"\.\/[^"]+"/g)) for (const [name, local] of bindings(list)) take(local, name);
  return { vars: { props: Object.fromEntries([...names].map(([local, name]) => [`$${local}`, name])) } };
}

/** @param {import('terser').MinifyOptions} options @returns {import('vite').Plugin} */
export function terserPass(options) {
  return {
    name: 'atelier:terser-pass',
    apply: 'build',
    async generateBundle(_outputOptions, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const comment = sourceMapComment.exec(chunk.code)?.[0] ?? '';
        const mapAsset = bundle[`${chunk.fileName}.map`];
        const code = chunk.code.slice(0, chunk.code.length - comment.length);
        const result = await minify(code, {
          ...options,
          module: true,
          nameCache: exportImportNames(code),
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map) } : false,
        });
        chunk.code = `${result.code}${comment}`;
        if (!chunk.map || typeof result.map !== 'string') continue;
        const map = JSON.parse(result.map);
        // terser's chained map keeps neither the sources' text nor which sources debuggers should
        // skip (the dependencies): carry both over by source name, as the order may change.
        const { sources, sourcesContent = [], ignoreList = [] } = chunk.map;
        const contentOf = new Map(sources.map((source, index) => [source, sourcesContent[index] ?? null]));
        const ignored = new Set(ignoreList.map((index) => sources[index]));
        Object.assign(chunk.map, {
          mappings: map.mappings,
          names: map.names,
          sources: map.sources,
          sourcesContent: map.sources.map((source) => contentOf.get(source) ?? null),
          ignoreList: map.sources.flatMap((source, index) => (ignored.has(source) ? [index] : [])),
        });
        if (mapAsset?.type === 'asset') mapAsset.source = JSON.stringify(chunk.map);
      }
    },
  };
}
