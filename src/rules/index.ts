import { common } from "./common.js";
import { en } from "./en.js";
import type { RulePack } from "./types.js";

export { common } from "./common.js";
export { en } from "./en.js";

/**
 * Every built-in rule pack, language packs first and the language-independent pack last.
 *
 * @internal
 */
export const builtinPacks: readonly RulePack[] = [en, common];
