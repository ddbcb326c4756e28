import { Fragment } from "react";
import { phrases } from "../lib/text/phrases";

/**
 * A title that breaks between phrases: <wbr> between them (lib/text/phrases.ts).
 * The element around it sets `word-break: keep-all` (Tailwind's `break-keep`),
 * so lines break only there. Server-rendered only: the phrase model stays out of the browser.
 */
export function Phrases({ text }: { text: string }) {
  return (
    <>
      {phrases(text).map((phrase, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {phrase}
        </Fragment>
      ))}
    </>
  );
}
