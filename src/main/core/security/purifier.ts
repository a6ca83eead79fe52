import DOMPurify from 'dompurify';

let purifier: Promise<ReturnType<typeof DOMPurify>> | undefined;

/**
 * DOMPurify on a jsdom window, for the core (SVG logos, exported HTML). jsdom is slow to load and
 * large: only the first sanitising call pays for it, never the worker's start-up.
 */
export function corePurifier(): Promise<ReturnType<typeof DOMPurify>> {
  purifier ??= import('jsdom').then(({ JSDOM }) => DOMPurify(new JSDOM('').window as Parameters<typeof DOMPurify>[0]));
  return purifier;
}
