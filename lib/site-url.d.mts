export declare const PLACEHOLDER_SITE_URL: string;
export declare function siteUrlFromEnv(env?: Record<string, string | undefined>): string | undefined;
export declare function siteUrlProblem(url: string, env?: Record<string, string | undefined>): { fatal: boolean; message: string } | undefined;
