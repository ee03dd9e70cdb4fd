/**
 * Checks one rule pack in isolation: compiles it, tests every rule's examples and counter-examples,
 * and runs recheck (ReDoS) over every pattern. Usage: npx tsx scripts/check-pack.ts <lang>
 */
import { checkSync } from "recheck";
import { compileRules } from "../src/rules/compile.js";
import type { RulePack } from "../src/rules/types.js";

const lang = process.argv[2];
if (!lang) {
  console.error("usage: npx tsx scripts/check-pack.ts <lang>");
  process.exit(2);
}
const mod = (await import(`../src/rules/${lang}.ts`)) as Record<string, RulePack>;
const pack = mod[lang];
if (!pack) {
  console.error(`src/rules/${lang}.ts must export a RulePack named \`${lang}\``);
  process.exit(2);
}
let problems = 0;
const report = (msg: string): void => {
  problems++;
  console.log(`FAIL ${msg}`);
};
try {
  compileRules([pack]);
} catch (error) {
  report((error as Error).message);
}
for (const rule of pack.rules) {
  if (rule.examples.length === 0 || rule.nonExamples.length === 0)
    report(`${rule.id}: needs examples and nonExamples`);
  for (const ex of rule.examples)
    if (!rule.pattern.test(ex)) report(`${rule.id} does not match example ${JSON.stringify(ex)}`);
  for (const ex of rule.nonExamples)
    if (rule.pattern.test(ex)) report(`${rule.id} matches counter-example ${JSON.stringify(ex)}`);
  const verdict = checkSync(rule.pattern.source, rule.pattern.flags, {
    timeout: 20_000,
    randomSeed: 42,
  });
  if (verdict.status !== "safe") {
    report(
      `${rule.id} ReDoS ${verdict.status}${verdict.status === "vulnerable" ? `: ${verdict.attack.pattern}` : ""}`,
    );
  }
}
if (pack.stopWords.length < 40)
  report(`stopWords has ${pack.stopWords.length} entries; give at least 40`);
if (Object.keys(pack.months).length < 12) report("months must cover all 12 months");
console.log(
  `${pack.rules.length} rules, ${pack.stopWords.length} stop words, ${Object.keys(pack.months).length} month names: ${problems} problem(s)`,
);
process.exit(problems === 0 ? 0 : 1);
