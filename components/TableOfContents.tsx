import type { Heading } from "../lib/markdown/headings";

/**
 * Shown for posts with at least `min` headings; links to the heading ids. On
 * wide screens a sticky side column, always open (see app/globals.css .toc);
 * elsewhere a collapsible block above the text. The article script marks the
 * section being read with aria-current.
 */
export function TableOfContents({ headings, min = 3 }: { headings: Heading[]; min?: number }) {
  if (headings.length < min) return null;
  return (
    <nav aria-labelledby="toc-heading" data-toc className="toc mb-8 rounded-lg border border-stone-200 text-sm dark:border-stone-700">
      <h2 id="toc-heading" className="toc-title px-4 pt-3 font-bold">
        目次
      </h2>
      <details className="toc-details">
        <summary className="cursor-pointer px-4 py-3 font-bold">目次</summary>
        <ol className="space-y-1 px-4 pb-4">
          {headings.map((h) => (
            <li key={h.id} className={h.depth === 3 ? "ml-4" : undefined}>
              <a href={`#${encodeURIComponent(h.id)}`} className="toc-link text-teal-800 hover:underline dark:text-teal-300" suppressHydrationWarning>
                {h.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
