import { common } from "./common.js";
import { de } from "./de.js";
import { el } from "./el.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { pl } from "./pl.js";
import { ru } from "./ru.js";
import type { RulePack } from "./types.js";
import { zh } from "./zh.js";

export { common } from "./common.js";
export { de } from "./de.js";
export { el } from "./el.js";
export { en } from "./en.js";
export { es } from "./es.js";
export { fr } from "./fr.js";
export { pl } from "./pl.js";
export { ru } from "./ru.js";
export { zh } from "./zh.js";

/**
 * Every built-in rule pack, language packs first and the language-independent pack last.
 *
 * @internal
 */
export const builtinPacks: readonly RulePack[] = [en, de, fr, es, pl, ru, el, zh, common];
