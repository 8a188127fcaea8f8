// Vite plugin for the CDN build: a terser pass over each chunk after Rolldown's own minifier.
// Why not `build.minify: 'terser'`: in Vite 8 that replaces the Oxc minifier instead of following
// it, and Oxc's compressor is what drops the zod schemas the bundle never uses, so terser alone
// ships ~2 KiB (gzip) more. Oxc first and terser second is smaller than either alone. By
// `generateBundle` Rolldown has already appended the source-map comment and emitted the `.map`
// file as an asset, so both are carried over and the map is chained to still name the sources.
import { minify } from 'terser';

const sourceMapComment = /\n\/\/# sourceMappingURL=[^\n]*\n?$/;

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
        const result = await minify(chunk.code.slice(0, chunk.code.length - comment.length), {
          ...options,
          module: true,
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
