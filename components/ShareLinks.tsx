import { shareLinks } from "../lib/reader/share";

/**
 * Share: plain links to X, はてなブックマーク and LINE (no widget, nothing loads
 * from them until followed), リンクをコピー, and the system share sheet where the
 * browser has one (the article script shows that button).
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const item =
    "inline-flex items-center rounded-full border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";
  return (
    <section aria-labelledby="share-heading" className="share mt-12">
      <h2 id="share-heading" className="text-base font-bold">
        この記事を共有
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {shareLinks(url, title).map((link) => (
          <li key={link.service}>
            <a href={link.href} target="_blank" rel="noopener noreferrer" data-share={link.service} className={item}>
              {link.label}
            </a>
          </li>
        ))}
        <li data-needs-js>
          <button type="button" data-copy-link data-url={url} className={item}>
            リンクをコピー
          </button>
        </li>
        <li>
          <button type="button" data-web-share data-url={url} data-title={title} hidden className={item} suppressHydrationWarning>
            ほかのアプリで共有
          </button>
        </li>
      </ul>
    </section>
  );
}
