/**
 * Which browser scripts a page needs, declared by the components that need
 * them (`<PageScript name="search" />`), never read from the rendered HTML:
 * a post's text can contain any markup-looking string.
 *
 * The static exporter renders one page at a time per thread with the
 * synchronous `renderToString`, so it takes the names requested during that
 * render right after it. Under `next dev`/`next start` Next.js loads a page's
 * client components itself and nothing reads this.
 *
 * These are the scripts that hydrate React components (the search page). The
 * framework-free enhancements (article reader, read marks) are declared with
 * <EnhancementScript> instead, which works the same way in both renderers
 * (lib/client-scripts.ts).
 */
export const PAGE_SCRIPTS = ["search"] as const;
export type PageScriptName = (typeof PAGE_SCRIPTS)[number];

const requested = new Set<PageScriptName>();

export function requestPageScript(name: PageScriptName): void {
  requested.add(name);
}

/** The names requested since the last call, in request order; clears them. */
export function takeRequestedScripts(): PageScriptName[] {
  const names = [...requested];
  requested.clear();
  return names;
}
