import { ScriptSlot } from "./ScriptSlot";

/** Where a list card says 既読 once the reader has read the article to the end (lib/client/read-marks.ts). */
export function ReadMark({ slug }: { slug: string }) {
  return <ScriptSlot as="span" data-read-mark={slug} />;
}
