/** Shown only in development, where drafts and scheduled posts are visible. */
export function StatusBadge({ draft, scheduled }: { draft: boolean; scheduled: boolean }) {
  if (!draft && !scheduled) return null;
  return (
    <span className="ml-2 inline-block rounded bg-amber-200 px-1.5 py-0.5 align-middle text-xs font-bold text-amber-950">
      {draft ? "下書き" : "予約"}
    </span>
  );
}
