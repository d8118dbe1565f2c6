// The settings page: where help appears (in the page or the browser's side panel), where the
// in-page panel docks, what it does on arrival on each kind of page, the theme, and clearing
// what EMS Help remembers. Every change is saved at once and
// reaches open EMS tabs through storage, without a reload.

import { useId, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { plural, t } from '../../lib/i18n';
import { PAGE_KINDS, type PageKind } from '../../lib/page/detect';
import type { LearnedStore } from '../../lib/state/learned';
import { sharedSearchLearning } from '../../lib/state/search-learning';
import type { PanelPrefsStore } from '../../lib/state/panel-prefs';
import type { RecentSearchesStore } from '../../lib/state/recent-searches';
import type { ArrivalMode, PanelSide, Placement, SettingsStore, ThemeSetting } from '../../lib/state/settings';

export interface SettingsPageProps {
  settings: SettingsStore;
  prefs: PanelPrefsStore;
  recent: RecentSearchesStore;
  learned: LearnedStore;
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

export function SettingsPage({ settings, prefs, recent, learned }: SettingsPageProps) {
  const value = useStore(settings, (s) => s.value);
  const recentCount = useStore(recent, (s) => s.value.length);
  const learnedCount = useStore(learned, (s) => Object.values(s.value).reduce((n, forKind) => n + Object.keys(forKind ?? {}).length, 0));
  const [status, setStatus] = useState('');

  const setArrival = (kind: PageKind, mode: ArrivalMode) => {
    settings.getState().update((s) => ({ ...s, arrival: { ...s.arrival, [kind]: mode } }));
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

      <Fieldset legend={t('settings.placement')}>
        <RadioGroup<Placement>
          name="placement"
          value={value.placement}
          options={[
            ['page', t('settings.placementPage')],
            ['sidepanel', t('settings.placementSidePanel')],
          ]}
          onChange={(placement) => settings.getState().update((s) => ({ ...s, placement }))}
        />
        <p className="hint">{t('settings.sideHint')}</p>
      </Fieldset>

      <Fieldset legend={t('settings.panelSide')}>
        <RadioGroup<PanelSide>
          name="panel-side"
          value={value.panelSide}
          options={[
            ['right', t('settings.sideRight')],
            ['left', t('settings.sideLeft')],
          ]}
          onChange={(panelSide) => settings.getState().update((s) => ({ ...s, panelSide }))}
        />
      </Fieldset>

      <Fieldset legend={t('settings.arrival')}>
        <div className="arrival-grid">
          {PAGE_KINDS.map((kind) => (
            <ArrivalSelect key={kind} kind={kind} value={value.arrival[kind]} onChange={(mode) => setArrival(kind, mode)} />
          ))}
        </div>
      </Fieldset>

      <Fieldset legend={t('settings.theme')}>
        <RadioGroup<ThemeSetting>
          name="theme"
          value={value.theme}
          options={[
            ['system', t('settings.themeSystem')],
            ['light', t('settings.themeLight')],
            ['dark', t('settings.themeDark')],
          ]}
          onChange={(theme) => settings.getState().update((s) => ({ ...s, theme }))}
        />
      </Fieldset>

      <Fieldset legend={t('settings.remembers')}>
        <p className="hint">{t('settings.remembersHint')}</p>
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

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="setting">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function RadioGroup<T extends string>({
  name,
  value,
  options,
  onChange,
}: {
  name: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  return (
    <div className="radio-group">
      {options.map(([option, label]) => (
        <label key={option} className="radio">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {label}
        </label>
      ))}
    </div>
  );
}

function ArrivalSelect({ kind, value, onChange }: { kind: PageKind; value: ArrivalMode; onChange: (mode: ArrivalMode) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{KIND_NAMES()[kind]}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as ArrivalMode)}>
        {Object.entries(ARRIVAL_NAMES()).map(([mode, name]) => (
          <option key={mode} value={mode}>
            {name}
          </option>
        ))}
      </select>
    </>
  );
}
