/** Writes docs/rules/ from the rule tables (`npm run docs:rules`). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalogFiles } from "./lib/rule-catalog.js";

const dir = join(import.meta.dirname, "..", "docs", "rules");
mkdirSync(dir, { recursive: true });
for (const [name, text] of catalogFiles()) writeFileSync(join(dir, name), text);
console.log(`rule catalog: ${catalogFiles().size} files written to docs/rules/`);
