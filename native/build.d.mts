export function buildNative(options?: { outDir?: string; quiet?: boolean }): string | null;
