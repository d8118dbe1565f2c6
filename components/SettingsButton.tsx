// "Settings", in the header or footer of every surface (panel, popup, answer tab): the only
// other way to reach them was the browser's extensions page.

import { openSettings } from '@/lib/extension-pages';
import { t } from '@/lib/i18n';

/** A gear icon button (the panel's header), or the word as a text button. */
export function SettingsButton({ variant, onOpened }: { variant: 'icon' | 'text'; onOpened?: () => void }) {
  const open = () => void openSettings().then(() => onOpened?.());
  if (variant === 'text') {
    return (
      <button type="button" className="text-button settings-button" onClick={open}>
        {t('common.settings')}
      </button>
    );
  }
  return (
    <button type="button" className="icon-button" aria-label={t('common.settings')} title={t('common.settings')} onClick={open}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="2.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M8 1.75v1.5M8 12.75v1.5M1.75 8h1.5M12.75 8h1.5M3.6 3.6l1.06 1.06M11.34 11.34l1.06 1.06M3.6 12.4l1.06-1.06M11.34 4.66l1.06-1.06"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </svg>
    </button>
  );
}
