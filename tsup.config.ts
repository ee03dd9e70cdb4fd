import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", text: "src/text.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: {
    entry: { index: "src/index.ts", text: "src/text.ts" },
    // tsup 8 forces `baseUrl` into the dts compiler options; TypeScript 6 rejects that (TS5101).
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  target: "node20",
  platform: "node",
  sourcemap: true,
  clean: true,
  splitting: false,
});
