// The settings page: where help appears (in the page or the browser's side panel), where the
// in-page panel docks, what it does on arrival on each kind of page, the theme, and clearing
// what EMS Help remembers. Every change is saved at once and
// reaches open EMS tabs through storage, without a reload.

import { useId, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
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

const KIND_NAMES: Record<PageKind, string> = {
  hosting: 'Hosting',
  billing: 'Billing',
  account: 'Account',
  support: 'Support',
  other: 'Other EMS pages',
};

const ARRIVAL_NAMES: Record<ArrivalMode, string> = {
  open: 'Open the panel',
  launcher: 'Show the launcher only',
  off: 'Off',
};

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
      <h1>EMS Help settings</h1>
      <p className="lede">Changes are saved at once and apply to open EMS tabs.</p>

      <Fieldset legend="Where help appears">
        <RadioGroup<Placement>
          name="placement"
          value={value.placement}
          options={[
            ['page', 'In the EMS page'],
            ['sidepanel', 'In the browser’s side panel'],
          ]}
          onChange={(placement) => settings.getState().update((s) => ({ ...s, placement }))}
        />
        <p className="hint">
          The side panel follows the tab you are on; open it from the toolbar button’s “Open in side panel” or with the
          keyboard shortcut.
        </p>
      </Fieldset>

      <Fieldset legend="Panel side">
        <RadioGroup<PanelSide>
          name="panel-side"
          value={value.panelSide}
          options={[
            ['right', 'Right edge of the page'],
            ['left', 'Left edge of the page'],
          ]}
          onChange={(panelSide) => settings.getState().update((s) => ({ ...s, panelSide }))}
        />
      </Fieldset>

      <Fieldset legend="When you arrive on a page">
        <div className="arrival-grid">
          {PAGE_KINDS.map((kind) => (
            <ArrivalSelect key={kind} kind={kind} value={value.arrival[kind]} onChange={(mode) => setArrival(kind, mode)} />
          ))}
        </div>
      </Fieldset>

      <Fieldset legend="Theme">
        <RadioGroup<ThemeSetting>
          name="theme"
          value={value.theme}
          options={[
            ['system', 'Same as the system'],
            ['light', 'Light'],
            ['dark', 'Dark'],
          ]}
          onChange={(theme) => settings.getState().update((s) => ({ ...s, theme }))}
        />
      </Fieldset>

      <Fieldset legend="What EMS Help remembers">
        <p className="hint">Kept in this browser only. Nothing is ever sent anywhere.</p>
        <ClearRow
          label="Clear recent searches"
          count={recentCount === 1 ? '1 search' : `${recentCount} searches`}
          disabled={recentCount === 0}
          onClear={() => {
            recent.getState().reset();
            setStatus('Recent searches cleared.');
          }}
        />
        <ClearRow
          label="Clear learned suggestions"
          count={`${learnedCount === 1 ? '1 answer' : `${learnedCount} answers`} remembered`}
          disabled={learnedCount === 0}
          onClear={() => {
            learned.getState().reset();
            sharedSearchLearning().getState().reset();
            setStatus('Learned suggestions cleared.');
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
      <label htmlFor={id}>{KIND_NAMES[kind]}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as ArrivalMode)}>
        {(Object.keys(ARRIVAL_NAMES) as ArrivalMode[]).map((mode) => (
          <option key={mode} value={mode}>
            {ARRIVAL_NAMES[mode]}
          </option>
        ))}
      </select>
    </>
  );
}
