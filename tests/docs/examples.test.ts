import { readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { transform } from "esbuild";
import { describe, expect, it } from "vitest";
import * as newsclean from "../../src/index.js";
import { resolveOptions } from "../../src/options.js";
import * as newscleanText from "../../src/text.js";
import { moduleGraph, RELATIVE_RE_EXPORTS, SRC } from "../helpers/module-graph.js";

/**
 * Runs every `@example` of the public API, as the API docs show it.
 *
 * The examples are read from the TSDoc comments of the modules that `src/index.ts` and
 * `src/text.ts` re-export (comments marked `@internal` are skipped), transpiled with esbuild, and
 * run with `newsclean` and `newsclean/text` bound to the source entries. A statement followed by
 * `//=> value` (on the same line, or alone on the line after the statement) is an assertion: the
 * statement's value must deep-equal `value`. An example that throws, or states a wrong value,
 * fails. (`// → value` is accepted as well.)
 *
 * The ```ts blocks of the hand-written guides (`docs/*.md`) run the same way; blocks in other
 * languages (```js, ```sh) are not run.
 */

const DOCS = resolve(new URL("../../docs", import.meta.url).pathname);
const ENTRIES = ["index.ts", "text.ts"];
const MODULES: Readonly<Record<string, unknown>> = {
  newsclean,
  "newsclean/text": newscleanText,
};
const DOC_COMMENT = /\/\*\*(?<body>[\s\S]*?)\*\/\s*(?<next>[^\n]*)/gu;
const FENCE = /```ts\n(?<code>[\s\S]*?)```/gu;
// `statement; //=> value` or `const name = …; //=> value`.
const ASSERTION = /^(?<code>.*?\S)\s*\/\/(?:=>|\s*→)\s*(?<value>.+)$/u;
const LONE_ASSERTION = /^\s*\/\/(?:=>|\s*→)\s*(?<value>.+)$/u;
const DECLARES = /^(?:export\s+(?:function|const|interface|type)\s|readonly\s)/u;
const DECLARATION = /^(?:const|let|var)\s+(?<name>[A-Za-z_$][\w$]*)\b/u;

interface DocComment {
  readonly where: string;
  /** Whether it documents an exported declaration or a field (not a file-private helper). */
  readonly declares: boolean;
  readonly examples: readonly Example[];
}

interface Example {
  /** Where it is: `types.ts:142 readonly title` */
  readonly where: string;
  readonly code: string;
}

/** The source files whose exports the entries re-export, following `export … from` chains. */
function publicFiles(): string[] {
  return [...moduleGraph(ENTRIES, RELATIVE_RE_EXPORTS)].sort();
}

/** The public doc comments of a file, each with the ```ts blocks of its `@example` tags. */
function commentsOf(file: string): DocComment[] {
  const source = readFileSync(file, "utf8");
  const comments: DocComment[] = [];
  for (const comment of source.matchAll(DOC_COMMENT)) {
    const body = (comment.groups?.body ?? "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/u, ""))
      .join("\n");
    if (/^@internal\b/mu.test(body)) continue;
    const next = (comment.groups?.next ?? "").trim();
    const line = source.slice(0, comment.index).split("\n").length;
    const where = `${relative(SRC, file)}:${line} ${next}`;
    const examples: Example[] = [];
    for (const section of body.split(/^(?=@\w)/mu)) {
      if (!section.startsWith("@example")) continue;
      for (const fence of section.matchAll(FENCE)) {
        examples.push({ where, code: fence.groups?.code ?? "" });
      }
    }
    comments.push({ where, declares: DECLARES.test(next), examples });
  }
  return comments;
}

/** How far `value` leaves brackets open (strings skipped): 0 when it is a complete literal. */
function openBrackets(value: string): number {
  let depth = 0;
  for (const token of value.matchAll(/"(?:[^"\\]|\\.)*"|[[{(]|[\]})]/gu)) {
    if (token[0].length > 1 || token[0] === '"') continue;
    depth += "[{(".includes(token[0]) ? 1 : -1;
  }
  return depth;
}

/**
 * Turns every `//=> value` comment into a call of `__expect(actual, expected, source)`. A value
 * that opens a bracket continues on the following `// ` lines until the bracket closes.
 */
function withAssertions(code: string): { code: string; assertions: number } {
  const out: string[] = [];
  const lines = code.split("\n");
  let assertions = 0;
  const valueFrom = (first: string, at: number): { value: string; next: number } => {
    let value = first;
    let next = at + 1;
    while (openBrackets(value) > 0 && next < lines.length) {
      const more = /^\s*\/\/ ?(?<rest>.*)$/u.exec(lines[next] ?? "");
      if (!more) throw new Error(`unclosed //=> value: ${value}`);
      value += `\n${more.groups?.rest ?? ""}`;
      next += 1;
    }
    return { value, next };
  };
  const check = (statement: string, value: string): string => {
    assertions += 1;
    const source = JSON.stringify(`${statement} //=> ${value}`);
    const declared = DECLARATION.exec(statement)?.groups?.name;
    if (declared !== undefined)
      return `${statement}\n__expect(${declared}, (${value}), ${source});`;
    const expression = statement.replace(/;\s*$/u, "");
    return `__expect((${expression}), (${value}), ${source});`;
  };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? "";
    const lone = LONE_ASSERTION.exec(line);
    const inline = lone ? null : ASSERTION.exec(line);
    if (!lone && !inline) {
      out.push(line);
      i += 1;
      continue;
    }
    const { value, next } = valueFrom((lone ?? inline)?.groups?.value ?? "", i);
    if (lone) {
      // The statement before it: the lines back to where its brackets balance.
      let statement = out.pop() ?? "";
      while (openBrackets(statement) < 0 && out.length > 0)
        statement = `${out.pop()}\n${statement}`;
      if (openBrackets(statement) !== 0 || !statement.trimEnd().endsWith(";")) {
        throw new Error(`"${line.trim()}" must follow a statement ending with ";"`);
      }
      out.push(check(statement.trim(), value));
    } else out.push(check(inline?.groups?.code ?? "", value));
    i = next;
  }
  return { code: out.join("\n"), assertions };
}

/** Transpiles and runs one example; returns the number of `//=>` assertions it checked. */
async function run(example: Example): Promise<number> {
  const { code, assertions } = withAssertions(example.code);
  const { code: js } = await transform(code, { loader: "ts", format: "cjs", target: "es2022" });
  const require = (spec: string): unknown => {
    const found = MODULES[spec];
    if (found === undefined) {
      throw new Error(`examples import only "newsclean" or "newsclean/text", not "${spec}"`);
    }
    return found;
  };
  const __expect = (actual: unknown, expected: unknown, source: string): void => {
    expect(actual, `${example.where}: ${source}`).toEqual(expected);
  };
  const quiet = { ...console, log: () => {}, info: () => {} };
  new Function("require", "__expect", "console", js)(require, __expect, quiet);
  return assertions;
}

/** The ```ts blocks of the guides in docs/ (not the generated or separately owned subfolders). */
function guideExamples(): Example[] {
  const guides = readdirSync(DOCS).filter((name) => name.endsWith(".md"));
  return guides.flatMap((name) => {
    const text = readFileSync(resolve(DOCS, name), "utf8");
    return [...text.matchAll(FENCE)].map((fence) => ({
      where: `docs/${name}:${text.slice(0, fence.index).split("\n").length}`,
      code: fence.groups?.code ?? "",
    }));
  });
}

const files = publicFiles();
const comments = files.flatMap(commentsOf);
const examples = comments.flatMap((c) => c.examples);
const guides = guideExamples();

describe("@example blocks of the public API", () => {
  it("are present on every public declaration and field", () => {
    const names = files.map((f) => relative(SRC, f));
    for (const name of ["from-text.ts", "from-html.ts", "types.ts", "options.ts", "rules/en.ts"]) {
      expect(names).toContain(name);
    }
    const missing = comments.filter((c) => c.declares && c.examples.length === 0);
    expect(missing.map((c) => c.where)).toEqual([]);
  });

  it.each(examples.map((e) => [e.where, e] as const))("%s runs as documented", async (_, e) => {
    await run(e);
  });

  it("state their results: the main functions' examples assert at least one value each", async () => {
    for (const name of ["fromText", "fromHtml", "parseArticle", "toMarkdown"]) {
      const own = examples.filter((e) => e.where.includes(`export function ${name}(`));
      expect(own.length, `${name} has an @example`).toBeGreaterThan(0);
      let asserted = 0;
      for (const e of own) asserted += await run(e);
      expect(asserted, `${name}'s examples state a value with //=>`).toBeGreaterThan(0);
    }
  });
});

describe("```ts blocks of the guides in docs/", () => {
  it("exist", () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it.each(guides.map((e) => [e.where, e] as const))("%s runs as documented", async (_, e) => {
    await run(e);
  });
});

describe("@defaultValue of ParseOptions", () => {
  it("matches the defaults resolveOptions fills in", () => {
    const source = readFileSync(resolve(SRC, "options.ts"), "utf8");
    const body = source.slice(source.indexOf("export interface ParseOptions"));
    const block = body.slice(0, body.indexOf("\n}"));
    const documented = new Map<string, unknown>();
    const FIELD = /@defaultValue\s+`(?<value>[^`]+)`[\s\S]*?\*\/\s*readonly\s+(?<name>\w+)\?/gu;
    for (const m of block.matchAll(FIELD)) {
      documented.set(m.groups?.name ?? "", new Function(`return (${m.groups?.value});`)());
    }
    const defaults = resolveOptions(undefined);
    expect([...documented.keys()].sort()).toEqual(Object.keys(defaults).sort());
    for (const [name, value] of documented) {
      expect(value, `@defaultValue of ${name}`).toEqual(defaults[name as keyof typeof defaults]);
    }
  });
});
