// The settings page: where help appears (in the page or the browser's side panel), where the
// in-page panel docks, what it does on arrival on each kind of page, the theme, and clearing
// what EMS Help remembers (whether it keeps anything at all, and clearing it). A setting the
// organisation locked (lib/state/managed.ts) shows its value, cannot be changed, and says
// "Set by your organisation". Every change is saved at once and
// reaches open EMS tabs through storage, without a reload.

import { useId, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { plural, t } from '@/lib/i18n';
import { PAGE_KINDS, type PageKind } from '@/lib/page/detect';
import type { LearnedStore } from '@/lib/state/learned';
import type { LockableSetting } from '@/lib/state/managed';
import type { ManagedPolicyStore } from '@/lib/state/managed-store';
import { useEffectiveSettings } from '../use-effective-settings';
import type { PanelPrefsStore } from '@/lib/state/panel-prefs';
import type { RecentSearchesStore } from '@/lib/state/recent-searches';
import { choose, chooseArrival, type ArrivalMode, type PanelSide, type Placement, type SettingsStore, type ThemeSetting } from '@/lib/state/settings';
import { sharedSearchLearning } from '@/lib/state/stores';

export interface SettingsPageProps {
  settings: SettingsStore;
  prefs: PanelPrefsStore;
  recent: RecentSearchesStore;
  learned: LearnedStore;
  /** The organisation's policy; none: no policy. */
  managed?: ManagedPolicyStore;
}

// Read when drawn: the interface language is known only once the browser's i18n is there.
const KIND_NAMES = (): Record<PageKind, string> => ({
  hosting: t('page.hosting'),
  billing: t('page.billing'),
  account: t('page.account'),
  support: t('page.support'),
  other: t('page.other'),
});

const ARRIVAL_NAMES = (): Record<ArrivalMode, string> => ({
  open: t('settings.arrivalOpen'),
  launcher: t('settings.arrivalLauncher'),
  off: t('settings.arrivalOff'),
});

export function SettingsPage({ settings, prefs, recent, learned, managed }: SettingsPageProps) {
  const effective = useEffectiveSettings(settings, managed);
  const value = effective.settings;
  const locked = (name: LockableSetting) => effective.locked.has(name);
  const recentCount = useStore(recent, (s) => s.value.length);
  const learnedCount = useStore(learned, (s) => Object.values(s.value).reduce((n, forKind) => n + Object.keys(forKind ?? {}).length, 0));
  const [status, setStatus] = useState('');

  const setArrival = (kind: PageKind, mode: ArrivalMode) => {
    settings.getState().update((s) => chooseArrival(s, kind, mode));
    // The new default applies from now on: forget whether the panel was folded there.
    prefs.getState().update((p) => {
      const collapsed = { ...p.collapsed };
      delete collapsed[kind];
      return { collapsed };
    });
  };

  return (
    <main className="settings">
      <h1>{t('settings.title')}</h1>
      <p className="lede">{t('settings.lede')}</p>

      <Fieldset legend={t('settings.placement')} locked={locked('placement')}>
        <RadioGroup<Placement>
          name="placement"
          disabled={locked('placement')}
          value={value.placement}
          options={[
            ['page', t('settings.placementPage')],
            ['sidepanel', t('settings.placementSidePanel')],
          ]}
          onChange={(placement) => settings.getState().update((s) => choose(s, 'placement', placement))}
        />
        <p className="hint">{t('settings.sideHint')}</p>
      </Fieldset>

      <Fieldset legend={t('settings.panelSide')} locked={locked('panelSide')}>
        <RadioGroup<PanelSide>
          name="panel-side"
          disabled={locked('panelSide')}
          value={value.panelSide}
          options={[
            ['right', t('settings.sideRight')],
            ['left', t('settings.sideLeft')],
          ]}
          onChange={(panelSide) => settings.getState().update((s) => choose(s, 'panelSide', panelSide))}
        />
      </Fieldset>

      <Fieldset legend={t('settings.arrival')} locked={locked('arrival')}>
        <div className="arrival-grid">
          {PAGE_KINDS.map((kind) => (
            <ArrivalSelect key={kind} kind={kind} disabled={locked('arrival')} value={value.arrival[kind]} onChange={(mode) => setArrival(kind, mode)} />
          ))}
        </div>
      </Fieldset>

      <Fieldset legend={t('settings.theme')} locked={locked('theme')}>
        <RadioGroup<ThemeSetting>
          name="theme"
          disabled={locked('theme')}
          value={value.theme}
          options={[
            ['system', t('settings.themeSystem')],
            ['light', t('settings.themeLight')],
            ['dark', t('settings.themeDark')],
          ]}
          onChange={(theme) => settings.getState().update((s) => choose(s, 'theme', theme))}
        />
      </Fieldset>

      <Fieldset legend={t('settings.remembers')}>
        <p className="hint">{t('settings.remembersHint')}</p>
        <Switch
          label={t('settings.keepRecent')}
          checked={value.keepRecentSearches}
          locked={locked('keepRecentSearches')}
          onChange={(keepRecentSearches) => {
            settings.getState().update((s) => choose(s, 'keepRecentSearches', keepRecentSearches));
            // Off: what is kept goes too (the background removes it as well).
            if (!keepRecentSearches) recent.getState().reset();
          }}
        />
        <Switch
          label={t('settings.keepLearned')}
          checked={value.keepLearnedSuggestions}
          locked={locked('keepLearnedSuggestions')}
          onChange={(keepLearnedSuggestions) => {
            settings.getState().update((s) => choose(s, 'keepLearnedSuggestions', keepLearnedSuggestions));
            if (!keepLearnedSuggestions) {
              learned.getState().reset();
              sharedSearchLearning().getState().reset();
            }
          }}
        />
        <ClearRow
          label={t('settings.clearRecent')}
          count={plural('settings.searchCount', recentCount)}
          disabled={recentCount === 0}
          onClear={() => {
            recent.getState().reset();
            setStatus(t('settings.recentCleared'));
          }}
        />
        <ClearRow
          label={t('settings.clearLearned')}
          count={plural('settings.rememberedCount', learnedCount)}
          disabled={learnedCount === 0}
          onClear={() => {
            learned.getState().reset();
            sharedSearchLearning().getState().reset();
            setStatus(t('settings.learnedCleared'));
          }}
        />
        <p role="status" className="status">
          {status}
        </p>
      </Fieldset>
    </main>
  );
}

function ClearRow({ label, count, disabled, onClear }: { label: string; count: string; disabled: boolean; onClear: () => void }) {
  return (
    <div className="clear-row">
      <button type="button" className="button" disabled={disabled} onClick={onClear}>
        {label}
      </button>
      <span className="count">{count}</span>
    </div>
  );
}

/** Shown beside a setting the organisation locked. */
function SetByOrganisation() {
  return <p className="hint managed-note">{t('settings.setByOrg')}</p>;
}

function Fieldset({ legend, locked = false, children }: { legend: string; locked?: boolean; children: ReactNode }) {
  return (
    <fieldset className="setting">
      <legend>{legend}</legend>
      {children}
      {locked ? <SetByOrganisation /> : null}
    </fieldset>
  );
}

function Switch({
  label,
  checked,
  locked,
  onChange,
}: {
  label: string;
  checked: boolean;
  locked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const noteId = useId();
  return (
    <div className="switch-row">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={locked}
          aria-describedby={locked ? noteId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {locked ? (
        <span id={noteId} className="hint managed-note">
          {t('settings.setByOrg')}
        </span>
      ) : null}
    </div>
  );
}

function RadioGroup<T extends string>({
  name,
  value,
  options,
  onChange,
  disabled = false,
}: {
  name: string;
  disabled?: boolean;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  return (
    <div className="radio-group">
      {options.map(([option, label]) => (
        <label key={option} className="radio">
          <input type="radio" name={name} value={option} checked={value === option} disabled={disabled} onChange={() => onChange(option)} />
          {label}
        </label>
      ))}
    </div>
  );
}

function ArrivalSelect({
  kind,
  value,
  disabled,
  onChange,
}: {
  kind: PageKind;
  value: ArrivalMode;
  disabled: boolean;
  onChange: (mode: ArrivalMode) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{KIND_NAMES()[kind]}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as ArrivalMode)}>
        {Object.entries(ARRIVAL_NAMES()).map(([mode, name]) => (
          <option key={mode} value={mode}>
            {name}
          </option>
        ))}
      </select>
    </>
  );
}
