/**
 * Entry of the playground's browser bundle (global `newsclean`): the public API of `newsclean`,
 * plus two internals the page needs: `sniffInput` (which reader "auto" picks, as `parseArticle`
 * does) and `decodedInput` (the text that `removed[].start`/`end` refer to).
 */

export { sniffInput } from "../../src/decode/sniff-input.js";
export * from "../../src/index.js";
export { decodedInput } from "./decoded-input.js";
