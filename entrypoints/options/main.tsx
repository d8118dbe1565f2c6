// The settings page (the extension's options).

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/options/options.css';
import { followThemeSetting } from '@/components/document-theme';
import { SettingsPage } from '@/components/options/SettingsPage';
import { localizeDocument, t } from '@/lib/i18n';
import { createManagedPolicyStore } from '@/lib/state/managed-store';
import { createLearnedStore, createPanelPrefsStore, createRecentSearchesStore, createSettingsStore } from '@/lib/state/stores';

const settings = createSettingsStore();
localizeDocument(t('settings.title'));
const managed = createManagedPolicyStore();
document.documentElement.classList.add('theme');
followThemeSetting(settings, document.documentElement, managed);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SettingsPage
      settings={settings}
      managed={managed}
      prefs={createPanelPrefsStore()}
      recent={createRecentSearchesStore()}
      learned={createLearnedStore()}
    />
  </StrictMode>,
);
