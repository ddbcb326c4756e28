/** The remark plugin that teaches the Markdown reader the notation's syntax: containers and math. */
import { mathFromMarkdown } from "mdast-util-math";
import type { Processor } from "unified";
import { containerFromMarkdown } from "./container-mdast";
import { containerSyntax } from "./container-syntax";
import { mathSyntax } from "./math-syntax";

/** `qiita`: inline math ends where it does on Qiita (./math-syntax.ts). */
export function remarkNotationSyntax(this: Processor, options: { qiita?: boolean } = {}) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(containerSyntax(), mathSyntax({ qiita: options?.qiita }));
  (data.fromMarkdownExtensions ??= []).push(containerFromMarkdown(), mathFromMarkdown());
}
