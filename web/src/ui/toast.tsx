// Feedback after an action: a short message that says what happened, read out by screen readers (role=status), gone
// after a few seconds or when dismissed.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

interface Toast {
  id: number;
  text: string;
  tone: 'success' | 'error';
}

const Ctx = createContext<(text: string, tone?: Toast['tone']) => void>(() => {});

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = (id: number) => setToasts((all) => all.filter((x) => x.id !== id));
  const show = useCallback((text: string, tone: Toast['tone'] = 'success') => {
    const id = Date.now() + Math.random();
    setToasts((all) => [...all.slice(-2), { id, text, tone }]);
    setTimeout(() => dismiss(id), tone === 'error' ? 10_000 : 5_000);
  }, []);
  return (
    <Ctx.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((x) => (
          <div key={x.id} className={`toast toast-${x.tone}`}>
            <span>{x.text}</span>
            <button type="button" className="link" onClick={() => dismiss(x.id)} aria-label={t('dismiss')}>
              ×
            </button>
          </div>
        ))}
      </div>
    </Ctx.Provider>
  );
}

export const useToast = () => useContext(Ctx);
