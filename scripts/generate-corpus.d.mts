export declare function generateCorpus(
  outDir: string,
  count: number,
  seed?: number,
  options?: { realSize?: boolean },
): { slug: string; title: string; date: string; tags: string[]; categories: string[] }[];
