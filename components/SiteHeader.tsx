import { siteConfig } from "../site.config";
import { archiveUrl, booksUrl, categoriesUrl, homeUrl, seriesIndexUrl, tagsUrl, withBasePath } from "../lib/urls";
import { SearchForm } from "./SearchForm";

/** The lists a site has besides its posts (lib/content siteSections): books (Zenn) and series get a link when there are any. */
export interface SiteSections {
  books: boolean;
  series: boolean;
}

function navItems({ books, series }: SiteSections) {
  return [
    { href: homeUrl(), label: "ホーム" },
    ...(books ? [{ href: booksUrl(), label: "本" }] : []),
    ...(series ? [{ href: seriesIndexUrl(), label: "シリーズ" }] : []),
    { href: categoriesUrl(), label: "カテゴリー" },
    { href: tagsUrl(), label: "タグ" },
    { href: archiveUrl(), label: "アーカイブ" },
  ];
}

// Plain links, not next/link: the static export has no RSC payloads, and
// next/link on the hydrated search page would prefetch them (404s on every search).
export function SiteHeader({ sections }: { sections: SiteSections }) {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <p className="text-2xl font-bold tracking-wide">
          <a href={withBasePath(homeUrl())}>{siteConfig.title}</a>
        </p>
        <nav aria-label="サイト">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {navItems(sections).map((item) => (
              <li key={item.href}>
                <a href={withBasePath(item.href)} className="hover:underline">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm />
      </div>
    </header>
  );
}
