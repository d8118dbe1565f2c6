// Extension pages (popup, answer tab, settings) follow the theme setting: the <html>
// element carries `data-theme` when the user (or the organisation) chose light or dark over
// the system's.

import { followEffectiveSettings } from '@/lib/state/effective-settings';
import type { ManagedPolicyStore } from '@/lib/state/managed-store';
import type { SettingsStore } from '@/lib/state/settings';

export function followThemeSetting(
  settings: SettingsStore,
  root: HTMLElement = document.documentElement,
  managed?: ManagedPolicyStore,
): () => void {
  return followEffectiveSettings(settings, managed, ({ settings: { theme } }) => {
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  });
}
