/**
 * Callouts: Zenn's `:::message`, `:::message alert`, `:::details タイトル`
 * containers (./container-syntax.ts) and GitHub's alerts (`> [!NOTE]` …), as
 * mdast nodes that carry their HTML shape; rehype-sanitize then checks it.
 *
 * - message: `<div class="callout callout-message" role="note">`, alert: `callout-alert`
 * - details: `<details class="callout-details"><summary>タイトル</summary><div class="callout-body">…`
 * - alert: `<div class="markdown-alert markdown-alert-note" role="note"><p class="markdown-alert-title">注記</p>…`
 * - Qiita's `:::note info|warn|alert`: the alert of that colour (note, warning, caution) labelled 補足, 注意, 警告
 * - an unknown `:::name` keeps its content in a plain `<div class="callout">`
 *   (the content check reports it).
 */
import type { Blockquote, Paragraph, Root, RootContent, Text } from "mdast";
import { visit } from "unist-util-visit";
import { ALERT_LABELS, alertKind, qiitaNote } from "../notation-text";
import type { NotationContainer } from "./container-mdast";

function containerShape(node: NotationContainer) {
  if (node.name === "message") {
    const alert = node.args.split(/\s+/).includes("alert");
    return { hName: "div", hProperties: { className: ["callout", alert ? "callout-alert" : "callout-message"], role: "note" } };
  }
  if (node.name === "details") return { hName: "details", hProperties: { className: ["callout-details"] } };
  if (node.name === "note") return { hName: "div", hProperties: { className: ["markdown-alert", `markdown-alert-${qiitaNote(node.args).kind}`], role: "note" } };
  return { hName: "div", hProperties: { className: ["callout"] } };
}

function detailsChildren(node: NotationContainer): RootContent[] {
  const summary = { type: "calloutSummary", data: { hName: "summary", hChildren: [{ type: "text", value: node.args || "詳細" }] } };
  const body = { type: "calloutBody", children: node.children, data: { hName: "div", hProperties: { className: ["callout-body"] } } };
  return [summary, body] as unknown as RootContent[];
}

/** The alert kind when the blockquote starts with `[!KIND]` alone on its first line; the marker is removed. */
function takeAlertMarker(quote: Blockquote) {
  const first = quote.children[0];
  if (first?.type !== "paragraph") return undefined;
  const text = first.children[0];
  if (text?.type !== "text") return undefined;
  const [line, ...rest] = text.value.split("\n");
  const kind = alertKind(line);
  if (!kind) return undefined;
  // Only the marker on its line: `[!NOTE] text` is no alert (as on GitHub).
  if (rest.length === 0 && first.children.length > 1 && first.children[1].type !== "break") return undefined;
  if (rest.length > 0) text.value = rest.join("\n");
  else first.children.shift();
  if (first.children[0]?.type === "break") first.children.shift();
  if (first.children.length === 0) quote.children.shift();
  return kind;
}

const alertTitle = (label: string): Paragraph => ({
  type: "paragraph",
  children: [{ type: "text", value: label } as Text],
  data: { hProperties: { className: ["markdown-alert-title"] } },
});

export function remarkCallouts() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === "notationContainer") {
        const container = node as NotationContainer;
        container.data = { ...container.data, ...containerShape(container) };
        if (container.name === "details") container.children = detailsChildren(container) as NotationContainer["children"];
        if (container.name === "note") container.children.unshift(alertTitle(qiitaNote(container.args).label));
        return;
      }
      if (node.type !== "blockquote") return;
      const kind = takeAlertMarker(node);
      if (!kind) return;
      node.children.unshift(alertTitle(ALERT_LABELS[kind]));
      node.data = { ...node.data, hName: "div", hProperties: { className: ["markdown-alert", `markdown-alert-${kind}`], role: "note" } };
    });
  };
}
