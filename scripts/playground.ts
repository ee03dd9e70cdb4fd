/**
 * Builds docs/playground/newsclean.global.js, the playground's browser bundle (`npm run playground`,
 * also the last step of `npm run docs`).
 *
 * typedoc copies a linked `docs/playground/index.html` into the API site as `media/index.html`
 * but not the files that page loads; when that copy exists, they are put beside it, so the
 * playground also works from the generated site.
 */
import { copyFileSync, existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { buildPlaygroundBundle } from "./lib/playground-bundle.js";

const out = await buildPlaygroundBundle();
const kB = Math.round(statSync(out).size / 1024);
console.log(`playground bundle: ${relative(process.cwd(), out)} (${kB} kB)`);

const source = dirname(out);
const copy = join("docs", "api", "media", "index.html");
if (
  existsSync(copy) &&
  readFileSync(copy, "utf8") === readFileSync(join(source, "index.html"), "utf8")
) {
  for (const file of ["playground.css", "playground.js", "newsclean.global.js"]) {
    copyFileSync(join(source, file), join(dirname(copy), file));
  }
  console.log(`playground: copied beside ${copy} for the API site`);
}
