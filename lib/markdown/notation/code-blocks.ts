/**
 * Fenced code blocks as Zenn and Qiita write them (see ../notation-text.ts `codeInfo`):
 *
 *   <div class="code-block">
 *     <div class="code-block-title">path/to/file.ts</div>   (with `ts:path/to/file.ts`)
 *     <button type="button" class="code-copy">コピー</button>
 *     <pre><code class="language-ts">…</code></pre>
 *   </div>
 *
 * A ```` ```math ```` block (Qiita) is display math instead.
 * `diff ts` gets `language-diff-ts`; ./diff-lines.ts highlights it as ts after
 * sanitizing and marks its added and removed lines. The button is hidden until
 * the copy script (lib/client/copy-code.ts) marks the page ready.
 */
import type { Code, Parent, Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { codeInfo } from "../notation-text";
import { markFeature } from "./features";

export const COPY_LABEL = "コピー";

/** Qiita's ```` ```math ```` fence: display math, not code. */
export const isMathCode = (node: Code) => node.lang === "math" && !node.meta;

export function remarkCodeBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, "code", (node: Code, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      if (isMathCode(node)) {
        // Qiita's ```math block is display math (./math.ts renders it).
        parent.children[index] = { type: "math", value: node.value, position: node.position } as unknown as Parent["children"][number];
        return SKIP;
      }
      const info = codeInfo([node.lang, node.meta].filter(Boolean).join(" "));
      node.lang = info.diff ? (info.lang ? `diff-${info.lang}` : "diff") : info.lang || null;
      node.meta = null;
      const title = info.filename
        ? [{ type: "codeBlockTitle", data: { hName: "div", hProperties: { className: ["code-block-title"] }, hChildren: [{ type: "text", value: info.filename }] } }]
        : [];
      const button = {
        type: "codeCopyButton",
        data: { hName: "button", hProperties: { type: "button", className: ["code-copy"] }, hChildren: [{ type: "text", value: COPY_LABEL }] },
      };
      const block = { type: "codeBlock", children: [...title, button, node], data: { hName: "div", hProperties: { className: ["code-block"] } } };
      parent.children[index] = block as unknown as Parent["children"][number];
      markFeature(file, "code");
      return SKIP;
    });
  };
}
