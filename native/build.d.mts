export function nativeFileName(platform?: string, arch?: string): string;
export function buildNative(options?: { outDir?: string; quiet?: boolean }): string | null;
