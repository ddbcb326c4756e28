export interface SiteDefinition {
  content: string;
  mode: "static" | "server";
  port: number;
  basePath?: string;
  generate?: string[];
  /** Environment variables of its build and server (ZENN_USER). */
  env?: Record<string, string>;
}
export declare const sites: Record<string, SiteDefinition>;
export declare const workDir: string;
export declare const corpusDir: string;
export declare const seedsLikeDir: string;
export declare const zennRepoDir: string;
export declare const qiitaRepoDir: string;
export declare function urlOf(name: string): string;
export declare function contentOf(name: string): string;
export declare function outputOf(name: string): string;
