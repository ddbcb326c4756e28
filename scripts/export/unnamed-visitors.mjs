/**
 * unist-util-visit-parents names every visitor function it makes after the node it visits
 * (`Object.defineProperty(visit, "name", …)` with a coloured label), for stack traces. A page's
 * Markdown is walked by about twenty plugins, so that naming runs for every node of every walk:
 * a profile of a cold build puts it at about a seventh of a render thread's time. The renderer
 * bundle leaves it out; the walk itself is unchanged. When the library changes its code so that
 * the statement is not found, the bundle fails to build rather than silently keep the cost.
 */
const NAMING = /\n([ \t]*)if \(typeof value\.type === ['"]string['"]\) \{\n[\s\S]*?Object\.defineProperty\(visit, ['"]name['"], \{[\s\S]*?\n\1\}\n/;

export function dropVisitorNames(code, id) {
  if (!NAMING.test(code)) throw new Error(`${id}: unist-util-visit-parents no longer names its visitors as scripts/export/unnamed-visitors.mjs expects; update that file`);
  return code.replace(NAMING, "\n");
}

export const unnamedVisitors = () => ({
  name: "yomu-unnamed-visitors",
  transform: {
    filter: { id: /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js$/ },
    handler: (code, id) => ({ code: dropVisitorNames(code, id) }),
  },
});
