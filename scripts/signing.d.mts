/** Types for scripts/signing.mjs (imported by its test). */
export function signingPlan(env: Record<string, string | undefined>, platform: NodeJS.Platform): string[];
