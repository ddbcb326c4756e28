import { searchUrl, withBasePath } from "../lib/urls";

/**
 * The search box in the header of every page: a plain GET form to /search/, so
 * it works without JavaScript and ships none (the search page does the rest).
 */
export function SearchForm() {
  return (
    <form role="search" aria-label="サイト内検索" action={withBasePath(searchUrl())} method="get" className="flex items-center gap-1">
      <label htmlFor="site-search" className="sr-only">
        サイト内検索
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="記事を検索"
        autoComplete="off"
        enterKeyHint="search"
        className="w-40 rounded border border-stone-300 bg-white px-2 py-1 text-base sm:text-sm text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100 dark:placeholder:text-stone-400"
      />
      <button
        type="submit"
        className="rounded bg-teal-800 px-2 py-1 text-sm font-medium text-white hover:bg-teal-900 dark:bg-teal-700 dark:hover:bg-teal-800"
      >
        検索
      </button>
    </form>
  );
}
