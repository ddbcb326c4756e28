export function loadRenderer(file: string): { exports: Record<string, unknown>; saveCodeCache(): void };
