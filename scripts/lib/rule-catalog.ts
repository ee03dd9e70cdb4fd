/**
 * The rule catalog: one Markdown page per rule pack, generated from the rule tables, so that
 * every `removed[].rule` id a user meets is documented with its kind, scope, an example it
 * matches and one it does not. `npm run docs:rules` writes docs/rules/; a test checks the files
 * are fresh.
 */
import { builtinPacks } from "../../src/rules/index.js";
import {
  COMMENT_THREAD_RULE,
  DATE_ONLY_RULE,
  STRUCTURE_IDS,
  TEASER_LIST_RULE,
} from "../../src/rules/structure.js";
import type { Rule, RulePack } from "../../src/rules/types.js";

const NAMES: Readonly<Record<string, string>> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  pl: "Polish",
  ru: "Russian",
  el: "Greek",
  zh: "Chinese",
  "*": "Language-independent",
};

/** The file name of a pack's page: `<lang>.md`, `common.md` for the language-independent pack. */
export function catalogFile(pack: RulePack): string {
  return `${pack.lang === "*" ? "common" : pack.lang}.md`;
}

/** Markdown table cell text: pipes and newlines would break the table. */
function cell(text: string): string {
  return text
    .replaceAll("\\", "\\\\")
    .replaceAll("|", "\\|")
    .replaceAll("\n", " ")
    .replaceAll("`", "'");
}

function row(rule: Rule): string {
  const example = rule.examples[0] ?? "";
  const counter = rule.nonExamples[0] ?? "";
  return `| \`${rule.id}\` | ${rule.kind} | ${rule.scope ?? "line"} | ${cell(example)} | ${cell(counter)} |`;
}

/** One pack's catalog page. */
export function catalogPage(pack: RulePack): string {
  const name = NAMES[pack.lang] ?? pack.lang;
  const kinds = [...new Set(pack.rules.map((r) => r.kind))].sort();
  return [
    `# ${name} rules (\`${pack.lang}\`)`,
    "",
    "Generated from `src/rules/` by `npm run docs:rules`; do not edit by hand. Each id is what",
    "`removed[].rule` holds when the rule took a line. Scope `line` removes the line, `section` a",
    "heading and the list under it, `tail` everything after it, `boundary` marks an edge the",
    "article never crosses. Every rule is tested against all its examples and counter-examples;",
    "one of each is shown.",
    "",
    `${pack.rules.length} rules; kinds: ${kinds.join(", ")}.`,
    "",
    "| id | kind | scope | matches | does not match |",
    "| --- | --- | --- | --- | --- |",
    ...pack.rules.map(row),
    "",
  ].join("\n");
}

/** The index page listing every pack. */
export function catalogIndex(): string {
  return [
    "# Rule catalog",
    "",
    "Generated from `src/rules/` by `npm run docs:rules`; do not edit by hand.",
    "",
    "| pack | rules |",
    "| --- | --- |",
    ...builtinPacks.map(
      (pack) =>
        `| [${NAMES[pack.lang] ?? pack.lang}](${catalogFile(pack)}) | ${pack.rules.length} |`,
    ),
    "",
    "Structure ids (assigned from the page's structure, not by a pack):",
    "",
    ...[
      ...Object.values(STRUCTURE_IDS),
      DATE_ONLY_RULE.id,
      COMMENT_THREAD_RULE.id,
      TEASER_LIST_RULE.id,
    ].map((id) => `- \`${id}\``),
    "",
  ].join("\n");
}

/** Every catalog file, by path relative to docs/rules/. */
export function catalogFiles(): Map<string, string> {
  const files = new Map<string, string>([["README.md", catalogIndex()]]);
  for (const pack of builtinPacks) files.set(catalogFile(pack), catalogPage(pack));
  return files;
}
