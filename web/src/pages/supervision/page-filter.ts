// The dashboard's filters, kept in the address (a reload or a shared link shows the same lists), changed together
// and without the jump to the top of the page that a new address otherwise brings: the reader stays at the list.
import { navigate, useLocation } from '../../app/router.tsx';

export function usePageFilters(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const { path, query } = useLocation();
  return [
    query,
    (changes) => {
      const next = new URLSearchParams(query);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null) next.delete(name);
        else next.set(name, value);
      }
      const y = window.scrollY;
      const q = next.toString();
      navigate(`${path}${q ? `?${q}` : ''}`, { replace: true });
      window.scrollTo(0, y);
    },
  ];
}
