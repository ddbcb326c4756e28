import type { ChangeEventHandler, FormEventHandler, Ref } from "react";

/** The query field of the search page (also its server-rendered, script-less form). */
export function SearchBox({
  value,
  defaultValue,
  onChange,
  onSubmit,
  inputRef,
  action,
}: {
  value?: string;
  defaultValue?: string;
  onChange?: ChangeEventHandler<HTMLInputElement>;
  onSubmit?: FormEventHandler<HTMLFormElement>;
  inputRef?: Ref<HTMLInputElement>;
  /** Where the form goes without JavaScript. */
  action?: string;
}) {
  return (
    <form role="search" aria-label="記事を検索" action={action} method="get" onSubmit={onSubmit} className="mt-4">
      <label htmlFor="search-query" className="block text-sm font-medium text-stone-700 dark:text-stone-300">
        キーワード（スペースで区切ると、すべてを含む記事を探します）
      </label>
      <div className="mt-1 flex gap-2">
        <input
          ref={inputRef}
          id="search-query"
          name="q"
          type="search"
          value={value}
          defaultValue={defaultValue}
          onChange={onChange}
          autoComplete="off"
          enterKeyHint="search"
          spellCheck={false}
          className="w-full rounded border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 dark:border-stone-500 dark:bg-stone-800 dark:text-stone-100"
        />
        <button
          type="submit"
          className="shrink-0 rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 dark:bg-teal-700 dark:hover:bg-teal-800"
        >
          検索
        </button>
      </div>
    </form>
  );
}
