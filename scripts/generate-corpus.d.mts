export declare function generateCorpus(outDir: string, count: number, seed?: number): { slug: string; title: string; date: string; tags: string[]; categories: string[] }[];
