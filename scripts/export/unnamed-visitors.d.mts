export function dropVisitorNames(code: string, id: string): string;
export function unnamedVisitors(): { name: string; transform: unknown };
