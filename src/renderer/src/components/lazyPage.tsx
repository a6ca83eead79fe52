import { Center, Loader } from '@mantine/core';
import { createElement, lazy, Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A lazily loaded page that can be asked to load ahead of its first showing. */
export type LazyPage<Props> = ComponentType<Props> & { preload: () => Promise<void> };

/**
 * A page loaded when it is first shown, from its own chunk of JavaScript: the sign-in screen
 * then needs only its own code (a fraction of the app), and each section arrives when someone
 * opens it — once, then it is cached like any file. `name` is the module's export.
 *
 * `preload()` fetches it ahead (the signed-in app preloads every section once it is idle): a
 * page already loaded renders at once, not through Suspense — whose fallback React shows for at
 * least 300 ms once it has shown it, however fast the chunk then arrives.
 */
export function lazyPage<
  // `any` props: React's own bound for what lazy() loads; the page keeps its real props type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Module extends Record<Name, ComponentType<any>>,
  Name extends keyof Module,
>(load: () => Promise<Module>, name: Name): LazyPage<ComponentProps<Module[Name]>> {
  let loaded: Module[Name] | undefined;
  const fetchPage = async () => {
    loaded ??= (await load())[name];
    return loaded;
  };
  const Lazy = lazy(async () => ({ default: await fetchPage() }));
  const Page = (props: ComponentProps<Module[Name]>) => createElement(loaded ?? Lazy, props);
  Page.preload = async () => {
    await fetchPage();
  };
  return Page;
}

/** Where a lazy page shows while its code arrives (a few milliseconds from disk). */
export function PageLoading({ children, height = 240 }: { children: ReactNode; height?: number | string }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center h={height}>
          <Loader aria-label={t('app.loading')} />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}
