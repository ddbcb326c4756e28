export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
}

/** Page `page` of `items`; undefined for a page that does not exist (page 1 always exists). */
export function paginate<T>(items: T[], page: number, size: number): Page<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages };
}

/** Page numbers 2..n as route params (page 1 lives at the list's own URL). */
export function extraPageNumbers(count: number, size: number): string[] {
  const totalPages = Math.max(1, Math.ceil(count / size));
  return Array.from({ length: totalPages - 1 }, (_, i) => String(i + 2));
}

/** Strict parse of a `page` route param: `2` → 2; `02`, `1`, `x` → undefined. */
export function parsePageParam(param: string): number | undefined {
  return /^[1-9]\d*$/.test(param) && param !== "1" ? Number(param) : undefined;
}
