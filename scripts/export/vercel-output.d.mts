export interface VercelRoute {
  src?: string;
  headers?: Record<string, string>;
  continue?: boolean;
  handle?: string;
  status?: number;
  dest?: string;
}
export declare const vercelStaticDir: (root: string, basePath: string) => string;
export declare function vercelOutputConfig(options?: { embedHosts?: readonly string[]; basePath?: string }): { version: 3; routes: VercelRoute[] };
