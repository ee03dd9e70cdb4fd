import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../src", import.meta.url).pathname;

/** Every regular-expression literal in src/, found through the TypeScript syntax tree. */
function regexLiterals(): { where: string; source: string; flags: string }[] {
  const found: { where: string; source: string; flags: string }[] = [];
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) =>
    f.endsWith(".ts"),
  );
  for (const file of files.sort()) {
    const path = join(SRC, file);
    const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const cut = text.lastIndexOf("/");
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({
          where: `${relative(SRC, path)}:${line}`,
          source: text.slice(1, cut),
          flags: text.slice(cut + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

describe("regular expressions in src/", () => {
  const literals = regexLiterals();

  it("are found (the scan itself works)", () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it("all carry the u flag", () => {
    expect(literals.filter((r) => !r.flags.includes("u")).map((r) => r.where)).toEqual([]);
  });

  it.each(literals)(
    "$where is not super-linear (recheck)",
    ({ source, flags }) => {
      // A fixed seed keeps the fuzzing part of recheck deterministic.
      const result = checkSync(source, flags, { timeout: 20_000, randomSeed: 42 });
      const verdict =
        result.status === "vulnerable"
          ? `${result.complexity.type}: ${result.attack.pattern}`
          : result.status;
      expect(verdict).toBe("safe");
    },
    30_000,
  );
});
