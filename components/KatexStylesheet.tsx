import { katexStylesheetPath } from "../lib/katex-assets";
import { withBasePath } from "../lib/urls";

/** KaTeX's stylesheet, for a page with math; React puts it into the page's <head>. */
export function KatexStylesheet() {
  return <link rel="stylesheet" href={withBasePath(katexStylesheetPath())} precedence="katex" />;
}
