export function nodePackageName(platform?: string, arch?: string): string;
export function node24Binary(): string;
