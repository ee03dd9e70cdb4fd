import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Where the bundle goes: next to docs/playground/index.html, which loads it (git-ignored). */
export const PLAYGROUND_BUNDLE: string = fileURLToPath(
  new URL("../../docs/playground/newsclean.global.js", import.meta.url),
);

/**
 * Builds the playground's browser bundle: a classic script (IIFE, global `newsclean`), since
 * Chromium refuses module scripts on `file://` pages. linkedom is pure JavaScript and bundles
 * for the browser; its optional `canvas` require sits in a try/catch and falls back to a stub.
 *
 * @returns The absolute path of the bundle.
 */
export async function buildPlaygroundBundle(): Promise<string> {
  await build({
    entryPoints: [fileURLToPath(new URL("./playground-entry.ts", import.meta.url))],
    outfile: PLAYGROUND_BUNDLE,
    bundle: true,
    format: "iife",
    globalName: "newsclean",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "eof",
    logLevel: "warning",
  });
  return PLAYGROUND_BUNDLE;
}
