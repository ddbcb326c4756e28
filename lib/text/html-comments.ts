/**
 * Replaces each `<!-- … -->` with `by`; an unclosed `<!--` stays as written.
 * One forward pass: a regular expression would rescan the rest of the text from
 * every unclosed `<!--`.
 */
export function replaceHtmlComments(text: string, by = ""): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("<!--"); open >= 0; open = text.indexOf("<!--", from)) {
    const close = text.indexOf("-->", open + 4);
    if (close < 0) break;
    out += text.slice(from, open) + by;
    from = close + 3;
  }
  return out + text.slice(from);
}
