/**
 * Where a list card says 既読 once the reader has read the article to the end:
 * an empty slot that lib/client/read-marks.ts fills in the browser (React does
 * not hydrate the inside of an element with dangerouslySetInnerHTML, so the
 * script's text never conflicts with it under `next start`).
 */
export function ReadMark({ slug }: { slug: string }) {
  return <span data-read-mark={slug} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />;
}
