/**
 * Markdown → the plain text search indexes, read through the one block reading
 * (lib/reading): only the words and their order matter; link targets and HTML
 * tags are not searchable; code stays (it is on the page), a diagram by its labels.
 */
import { replaceHtmlComments } from "../text/html-comments";
import { splitBlocks, type Block } from "../reading/blocks";
import { collapseWhitespace, decodeEntities, stripTags } from "../reading/inline";
import { isTitleRepeat } from "../text/title-repeat";
import { diagramText, isDiagramFence } from "../markdown/notation-text";

function searchText(block: Block): string {
  switch (block.kind) {
    case "code":
      // A diagram is searched by its labels, not its syntax.
      return isDiagramFence(block.raw) ? diagramText(block.code ?? "") : (block.code ?? "").trim();
    case "math":
      return (block.code ?? "").trim();
    case "html":
      return collapseWhitespace(decodeEntities(stripTags(replaceHtmlComments(block.raw, " "))));
    case "rule":
    case "definition":
    case "marker":
    case "embed":
      return "";
    default:
      return block.text;
  }
}

/**
 * Plain text of a Markdown body, blocks separated by blank lines. A first block
 * that only repeats `title` is left out, as the article page leaves it out.
 */
export function markdownToSearchText(markdown: string, title?: string): string {
  const texts = splitBlocks(markdown.replace(/\r\n?/g, "\n"))
    .map(searchText)
    .filter((text) => text !== "");
  if (title !== undefined && texts.length > 0 && isTitleRepeat(texts[0], title)) texts.shift();
  return texts.join("\n\n");
}
