import { searchUrl, withBasePath } from "../lib/urls";

/**
 * The search box in the header of every page: a plain GET form to /search/, so
 * it works without JavaScript and ships none (the search page does the rest).
 * On a phone it has a row of its own, the width of the window.
 */
export function SearchForm() {
  return (
    <form role="search" aria-label="サイト内検索" action={withBasePath(searchUrl())} method="get" className="flex w-full items-center gap-1 sm:w-auto">
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
        className="min-w-0 flex-1 rounded border sm:w-40 sm:flex-none border-stone-300 bg-white px-2 py-1 text-base sm:text-sm text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100 dark:placeholder:text-stone-400"
      />
      <button
        type="submit"
        className="shrink-0 rounded bg-teal-800 px-2 py-1 text-sm font-medium text-white hover:bg-teal-900 dark:bg-teal-700 dark:hover:bg-teal-800"
      >
        検索
      </button>
    </form>
  );
}
