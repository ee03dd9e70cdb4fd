import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CommonJS, with declarations. (`npm run build` empties dist/ first;
    // the two builds run side by side, so neither may clean.)
    entry: { index: "src/index.ts", text: "src/text.ts" },
    format: ["esm", "cjs"],
    dts: {
      entry: { index: "src/index.ts", text: "src/text.ts" },
      // tsup 8 forces `baseUrl` into the dts compiler options; TypeScript 6 rejects that (TS5101).
      compilerOptions: { ignoreDeprecations: "6.0" },
    },
    target: "node20",
    platform: "node",
    sourcemap: false,
    clean: false,
    splitting: false,
  },
  {
    // The CLI and the batch worker (started in worker threads, next to dist/cli.js): ESM only,
    // since they use `import.meta`; package.json's `bin` points at dist/cli.js.
    entry: { cli: "src/cli.ts", "cli-batch-worker": "src/cli/batch-worker.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: false,
    clean: false,
    splitting: false,
  },
]);
