// Data for a page: loaded for its address, reloaded on demand, and a late answer for an address the user has
// already left is dropped (the request is aborted), so a quick click never shows one page's data on another.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type CallOptions } from './client.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
  /** Replaces the data with what an action answered, without another round trip. */
  set(data: T): void;
}

export function useApi<T>(path: string | null, query?: CallOptions['query']): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: path !== null });
  const [tick, setTick] = useState(0);
  const key = path === null ? null : JSON.stringify([path, query ?? {}]);
  const keyRef = useRef(key);
  keyRef.current = key;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    api
      .get<T>(path, { query, signal: controller.signal })
      .then((data) => setState({ data, loading: false }))
      .catch((error: Error) => {
        if (!controller.signal.aborted) setState({ error, loading: false });
      });
    return () => controller.abort();
    // The key stands for path and query: a new object for the same query loads nothing again.
  }, [key, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ data, loading: false }), []);
  return { data: state.data, error: state.error, loading: state.loading, reload, set };
}
