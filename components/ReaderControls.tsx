import { TEXT_SIZES } from "../lib/reader/prefs";

/**
 * Text size and 縦書き. They need the article script, so they show only when
 * scripts run (`html[data-js]`, set in <head> by lib/client/prefs-boot.ts);
 * which button looks pressed comes from the preferences on <html>, right from
 * the first paint, and the script keeps aria-pressed in step.
 */
export function ReaderControls() {
  const button =
    "reader-button rounded border border-stone-300 px-2.5 py-1 text-sm leading-tight hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";
  return (
    <div data-needs-js className="reader-controls mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      <div role="group" aria-labelledby="text-size-label" className="flex items-center gap-1">
        <span id="text-size-label" className="mr-1 text-sm text-stone-600 dark:text-stone-400">
          文字サイズ
        </span>
        {TEXT_SIZES.map((size) => (
          <button key={size.id} type="button" data-text-size={size.id} aria-pressed={size.id === "m"} className={button} suppressHydrationWarning>
            {size.label}
          </button>
        ))}
      </div>
      <button type="button" data-writing-toggle aria-pressed={false} className={button} suppressHydrationWarning>
        縦書き
      </button>
    </div>
  );
}
