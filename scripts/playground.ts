/** Builds docs/playground/newsclean.global.js, the playground's browser bundle (`npm run playground`). */
import { statSync } from "node:fs";
import { relative } from "node:path";
import { buildPlaygroundBundle } from "./lib/playground-bundle.js";

const out = await buildPlaygroundBundle();
const kB = Math.round(statSync(out).size / 1024);
console.log(`playground bundle: ${relative(process.cwd(), out)} (${kB} kB)`);
