// Extension pages (popup, answer tab, settings) follow the theme setting: the <html>
// element carries `data-theme` when the user chose light or dark over the system's.

import type { SettingsStore } from '../lib/state/settings';

export function followThemeSetting(settings: SettingsStore, root: HTMLElement = document.documentElement): () => void {
  const apply = () => {
    const { theme } = settings.getState().value;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  };
  apply();
  return settings.subscribe(apply);
}
