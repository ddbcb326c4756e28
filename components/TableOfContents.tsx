import type { Heading } from "../lib/markdown/headings";

/** Shown for posts with at least `min` headings; links to the heading ids. */
export function TableOfContents({ headings, min = 3 }: { headings: Heading[]; min?: number }) {
  if (headings.length < min) return null;
  return (
    <nav aria-labelledby="toc-heading" className="mb-8 rounded-lg border border-stone-200 p-4 text-sm dark:border-stone-700">
      <h2 id="toc-heading" className="mb-2 font-bold">
        目次
      </h2>
      <ol className="space-y-1">
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? "ml-4" : undefined}>
            <a href={`#${encodeURIComponent(h.id)}`} className="text-teal-800 hover:underline dark:text-teal-300">
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
